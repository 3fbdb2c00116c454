#include "exchange/xml_reader.h"

#include "common/error.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <climits>

namespace diptych::exchange::xml {

namespace {

constexpr std::string_view kNoDtd = "DTDs and entity declarations are not allowed";

[[noreturn]] void fail(std::string_view source, std::string_view reason)
{
    throw InputError(std::string(source) + ": " + std::string(reason));
}

/// Refuses a DOCTYPE (and with it every entity declaration, internal or external) by looking
/// at the prolog's bytes, before libxml2 parses anything: entity bombs and external entities
/// are then impossible whatever libxml2's own defences. The parser reads the bytes as UTF-8
/// whatever the document declares (see parse()), so this byte scan sees what it will see.
void rejectDtd(std::string_view bytes, std::string_view source)
{
    for (std::size_t at = 0;;) {
        at = bytes.find('<', at);
        if (at == std::string_view::npos)
            return; // no root element: libxml2 reports that
        const auto rest = bytes.substr(at);
        std::size_t end = std::string_view::npos;
        if (rest.starts_with("<?"))
            end = bytes.find("?>", at + 2); // the XML declaration or a processing instruction
        else if (rest.starts_with("<!--"))
            end = bytes.find("-->", at + 4);
        else if (rest.starts_with("<!"))
            fail(source, kNoDtd); // <!DOCTYPE, <!ENTITY or anything else markup-declaring
        else
            return; // the root element's start tag: the prolog is over
        if (end == std::string_view::npos)
            return; // unterminated: malformed, libxml2 reports it
        at = end + 2;
    }
}

/// A cheap upper bound on the number of elements ("<" not followed by "/", "!" or "?"), so
/// a document too large to hold as a tree is refused before the tree is built.
void rejectTooManyElements(std::string_view bytes, std::string_view source, std::size_t maxElements)
{
    std::size_t count = 0;
    for (std::size_t at = bytes.find('<'); at != std::string_view::npos;
         at = bytes.find('<', at + 1)) {
        const char next = at + 1 < bytes.size() ? bytes[at + 1] : '/';
        if (next != '/' && next != '!' && next != '?' && ++count > maxElements)
            fail(source, "the document has more than " + std::to_string(maxElements) +
                             " elements; it is too large to import");
    }
}

/// The first error libxml2 reports while parsing (fatal errors preferred), collected through
/// a structured handler installed on our own parser context rather than the process-wide
/// one, so parses on several threads do not see each other's errors.
struct ErrorCapture
{
    std::string message;
    int line = 0;
    bool fatal = false;
    bool any = false;
};

void captureError(void* userData, xmlErrorPtr error)
{
    // For the default SAX handler the user data is the parser context itself.
    const auto* context = static_cast<xmlParserCtxtPtr>(userData);
    auto* capture = context ? static_cast<ErrorCapture*>(context->_private) : nullptr;
    if (!capture || !error || error->level < XML_ERR_ERROR || capture->fatal)
        return;
    const bool fatal = error->level == XML_ERR_FATAL;
    if (capture->any && !fatal)
        return;
    std::string message = error->message ? error->message : "unknown error";
    for (auto& c : message)
        if (c == '\n' || c == '\r')
            c = ' ';
    while (!message.empty() && message.back() == ' ')
        message.pop_back();
    capture->message = std::move(message);
    capture->line = error->line;
    capture->fatal = fatal;
    capture->any = true;
}

struct FreeContext
{
    void operator()(xmlParserCtxtPtr context) const noexcept { xmlFreeParserCtxt(context); }
};

void initLibxml()
{
    // xmlInitParser() is not safe to race with itself: run it once (a magic static is).
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    (void)initialised;
}

} // namespace

std::string_view Element::name() const noexcept
{
    return reinterpret_cast<const char*>(m_node->name);
}

std::optional<std::string> Element::attribute(const char* name) const
{
    xmlChar* value = xmlGetNoNsProp(m_node, reinterpret_cast<const xmlChar*>(name));
    if (!value)
        return std::nullopt;
    std::string result(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return result;
}

std::string Element::attributeOr(const char* name, std::string_view fallback) const
{
    auto value = attribute(name);
    return value ? std::move(*value) : std::string(fallback);
}

std::vector<Element> Element::children(std::string_view name) const
{
    std::vector<Element> result;
    for (xmlNode* node = m_node->children; node; node = node->next)
        if (node->type == XML_ELEMENT_NODE &&
            (name.empty() || name == reinterpret_cast<const char*>(node->name)))
            result.emplace_back(node);
    return result;
}

std::optional<Element> Element::child(std::string_view name) const
{
    for (xmlNode* node = m_node->children; node; node = node->next)
        if (node->type == XML_ELEMENT_NODE && name == reinterpret_cast<const char*>(node->name))
            return Element(node);
    return std::nullopt;
}

std::string Element::text() const
{
    xmlChar* content = xmlNodeGetContent(m_node);
    if (!content)
        return {};
    std::string result(reinterpret_cast<const char*>(content));
    xmlFree(content);
    return result;
}

long Element::line() const noexcept
{
    const long line = xmlGetLineNo(m_node);
    return line > 0 ? line : 0;
}

void Document::Free::operator()(_xmlDoc* doc) const noexcept
{
    xmlFreeDoc(doc);
}

Document::Document(_xmlDoc* doc) noexcept
    : m_doc(doc)
{}

Document::~Document() = default;
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;

Element Document::root() const
{
    return Element(xmlDocGetRootElement(m_doc.get()));
}

Document Document::parse(std::string_view bytes, std::string_view source, std::size_t maxElements)
{
    // XML 1.0 forbids NUL anywhere; its presence means UTF-16/32 (or not XML at all), which
    // the byte-level DTD check below could not see through.
    if (bytes.find('\0') != std::string_view::npos)
        fail(source, "not a UTF-8 XML document");
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        fail(source, "the document is too large to import");
    rejectDtd(bytes, source);
    rejectTooManyElements(bytes, source, maxElements);

    initLibxml();
    std::unique_ptr<xmlParserCtxt, FreeContext> context(xmlNewParserCtxt());
    if (!context)
        fail(source, "out of memory while parsing XML");
    ErrorCapture capture;
    context->_private = &capture;
    context->sax->serror = captureError;
    // No NOENT (entities stay unexpanded), no DTDLOAD/DTDATTR/DTDVALID, no HUGE; NONET so
    // nothing is ever fetched. The encoding is forced to UTF-8 and the declaration ignored,
    // so the bytes checked above are the characters the parser reads.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                        XML_PARSE_BIG_LINES | XML_PARSE_IGNORE_ENC;
    xmlDocPtr doc = xmlCtxtReadMemory(context.get(), bytes.data(), static_cast<int>(bytes.size()),
                                      nullptr, "UTF-8", options);
    context->_private = nullptr;
    Document document(doc);
    if (!doc) {
        std::string where = capture.line > 0 ? "line " + std::to_string(capture.line) + ": " : "";
        fail(source, where + "malformed XML (" +
                         (capture.any ? capture.message : std::string("unreadable document")) +
                         ")");
    }
    // Belt and braces: the prolog scan makes a DTD impossible here.
    if (doc->intSubset || doc->extSubset)
        fail(source, kNoDtd);
    if (!xmlDocGetRootElement(doc))
        fail(source, "malformed XML (no root element)");
    return document;
}

} // namespace diptych::exchange::xml
