#pragma once

// A small, hardened read-only view of an XML document for the importers (ELAN EAF), over
// libxml2's DOM. Hardened means: no network, no DTD (a document that declares one is refused
// before libxml2 sees it, so neither entity expansion bombs nor external entities can happen),
// no "huge" mode (libxml2's default limits on depth and text size stay on), UTF-8 only, and a
// cap on the number of elements checked before the tree is built.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// libxml2's own type names, declared here so its headers stay out of ours.
struct _xmlDoc;  // NOLINT(bugprone-reserved-identifier)
struct _xmlNode; // NOLINT(bugprone-reserved-identifier)

namespace diptych::exchange::xml {

/// The default cap on elements (start tags) in one document: far above any real annotation
/// file, low enough that a hostile one cannot make the DOM eat the machine's memory.
inline constexpr std::size_t kMaxElements = 5'000'000;

/// One element of a Document; a cheap handle, valid while its Document lives.
class Element
{
public:
    explicit Element(_xmlNode* node) noexcept
        : m_node(node)
    {}

    /// The element's (local) name, e.g. "TIER".
    [[nodiscard]] std::string_view name() const noexcept;
    /// The value of the attribute without namespace called `name`, entity references decoded;
    /// nullopt when the element has no such attribute.
    [[nodiscard]] std::optional<std::string> attribute(const char* name) const;
    /// The attribute's value, or `fallback` when it is absent.
    [[nodiscard]] std::string attributeOr(const char* name, std::string_view fallback) const;
    /// The child elements in document order, only those called `name` unless it is empty.
    [[nodiscard]] std::vector<Element> children(std::string_view name = {}) const;
    /// The first child element called `name`.
    [[nodiscard]] std::optional<Element> child(std::string_view name) const;
    /// All the text inside the element (its descendants' text, concatenated).
    [[nodiscard]] std::string text() const;
    /// The line of the element's start tag in the source, for messages (0 if unknown).
    [[nodiscard]] long line() const noexcept;

private:
    _xmlNode* m_node;
};

/// A parsed document. Move-only; frees libxml2's tree when destroyed.
class Document
{
public:
    /// Parses `bytes` (UTF-8 XML). Throws InputError "SOURCE: reason" for a document with a
    /// DOCTYPE or entity declaration ("DTDs and entity declarations are not allowed"), one
    /// with more than `maxElements` elements, or malformed XML
    /// ("SOURCE: line N: malformed XML (libxml2's reason)").
    static Document parse(std::string_view bytes, std::string_view source,
                          std::size_t maxElements = kMaxElements);

    ~Document();
    Document(Document&&) noexcept;
    Document& operator=(Document&&) noexcept;
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    [[nodiscard]] Element root() const;

private:
    struct Free
    {
        void operator()(_xmlDoc* doc) const noexcept;
    };
    explicit Document(_xmlDoc* doc) noexcept;

    std::unique_ptr<_xmlDoc, Free> m_doc;
};

} // namespace diptych::exchange::xml
