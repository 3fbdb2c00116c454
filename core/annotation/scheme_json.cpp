#include "annotation/scheme_json.h"

#include "common/error.h"
#include "common/text_file.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace diptych::annotation {

namespace {

using nlohmann::json;

/// Scheme files are small; a file larger than this is not a scheme (and is not read whole).
constexpr std::uintmax_t kMaxSchemeFileBytes = 16u << 20;

class SchemeParser
{
public:
    explicit SchemeParser(std::string_view source)
        : m_source(source)
    {}

    [[noreturn]] void fail(const std::string& reason) const
    {
        throw InputError(std::string(m_source) + ": " + reason);
    }

    std::string text(const json& object, const char* key, bool required,
                     const std::string& where) const
    {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) {
            if (required)
                fail(where + ": \"" + key + "\" is missing");
            return {};
        }
        if (!it->is_string())
            fail(where + ": \"" + key + "\" must be a string");
        return it->get<std::string>();
    }

    ParsedScheme parse(std::string_view text) const;

private:
    std::string_view m_source;
};

struct RawCode
{
    std::string id;
    std::optional<std::string> parent;
    model::Code code;
};

bool isColor(const std::string& color)
{
    if (color.empty())
        return true;
    if (color.size() != 7 || color[0] != '#')
        return false;
    return color.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
}

ParsedScheme SchemeParser::parse(std::string_view text) const
{
    json document;
    try {
        document = json::parse(text);
    } catch (const json::parse_error& e) {
        fail(std::string("not valid JSON: ") + e.what());
    }
    if (!document.is_object())
        fail("not a coding scheme (expected a JSON object)");
    const auto version = document.find("diptych_coding_scheme");
    if (version == document.end() || !version->is_number_integer())
        fail("not a Diptych coding scheme (no \"diptych_coding_scheme\" version)");
    if (version->get<int>() < 1 || version->get<int>() > kSchemeFormatVersion)
        fail("coding scheme format version " + std::to_string(version->get<int>()) +
             " is not supported (this Diptych reads up to " + std::to_string(kSchemeFormatVersion) +
             ")");

    ParsedScheme parsed;
    parsed.scheme.name = this->text(document, "name", true, "scheme");
    if (parsed.scheme.name.empty())
        fail("the scheme's name is empty");
    parsed.scheme.description = this->text(document, "description", false, "scheme");
    const auto codes = document.find("codes");
    if (codes == document.end() || !codes->is_array())
        fail("\"codes\" must be a list");

    std::vector<RawCode> raw;
    std::map<std::string, std::size_t> byId;
    for (std::size_t i = 0; i < codes->size(); ++i) {
        const json& entry = (*codes)[i];
        const std::string where = "code " + std::to_string(i + 1);
        if (!entry.is_object())
            fail(where + ": expected an object");
        RawCode code;
        code.id = this->text(entry, "id", true, where);
        const std::string named = where + " ('" + code.id + "')";
        if (!byId.emplace(code.id, i).second)
            fail(named + ": the id is used twice");
        if (const auto parent = entry.find("parent"); parent != entry.end() && !parent->is_null())
            code.parent = this->text(entry, "parent", true, named);
        code.code.label = this->text(entry, "label", true, named);
        if (code.code.label.empty())
            fail(named + ": the label is empty");
        code.code.description = this->text(entry, "description", false, named);
        code.code.color = this->text(entry, "color", false, named);
        if (!isColor(code.code.color))
            fail(named + ": color '" + code.code.color + "' is not #rrggbb");
        code.code.shortcut = this->text(entry, "shortcut", false, named);
        if (const auto retired = entry.find("retired"); retired != entry.end()) {
            if (!retired->is_boolean())
                fail(named + ": \"retired\" must be true or false");
            code.code.retired = retired->get<bool>();
        }
        raw.push_back(std::move(code));
    }

    // Parents must exist, and following them from any code must end at the top: a code met
    // twice on the way up is a cycle.
    for (const auto& code : raw) {
        std::set<std::string> seen{code.id};
        for (auto parent = code.parent; parent;) {
            const auto it = byId.find(*parent);
            if (it == byId.end())
                fail("code '" + code.id + "': parent '" + *parent + "' is not in the file");
            if (!seen.insert(*parent).second)
                fail("code '" + code.id + "': its parents form a cycle through '" + *parent + "'");
            parent = raw[it->second].parent;
        }
    }

    std::set<std::pair<std::optional<std::string>, std::string>> siblingLabels;
    std::map<std::string, std::string> shortcuts;
    for (const auto& code : raw) {
        if (!siblingLabels.emplace(code.parent, code.code.label).second)
            fail("code '" + code.id + "': another code with the same parent is labelled '" +
                 code.code.label + "'");
        if (code.code.shortcut.empty())
            continue;
        const auto [it, added] = shortcuts.emplace(code.code.shortcut, code.id);
        if (!added)
            fail("codes '" + it->second + "' and '" + code.id + "' have the same shortcut '" +
                 code.code.shortcut + "'");
    }

    // Parents before children, siblings in file order: emit depth-first from the roots.
    std::map<std::optional<std::string>, std::vector<std::size_t>> children;
    for (std::size_t i = 0; i < raw.size(); ++i)
        children[raw[i].parent].push_back(i);
    std::vector<std::pair<std::size_t, std::optional<std::size_t>>> stack; // raw index, parent
    const auto& roots = children[std::nullopt];
    for (auto it = roots.rbegin(); it != roots.rend(); ++it)
        stack.emplace_back(*it, std::nullopt);
    while (!stack.empty()) {
        const auto [index, parent] = stack.back();
        stack.pop_back();
        const std::size_t position = parsed.codes.size();
        parsed.codes.push_back({raw[index].code, parent});
        const auto& kids = children[raw[index].id];
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.emplace_back(*it, position);
    }
    return parsed;
}

std::string readSchemeFile(const std::filesystem::path& path)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error)
        throw InputError(path.string() + ": cannot read the file (" + error.message() + ")");
    if (size > kMaxSchemeFileBytes)
        throw InputError(path.string() + ": too large for a coding scheme (" +
                         std::to_string(size) + " bytes)");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in)
        throw InputError(path.string() + ": cannot read the file");
    return text.str();
}

} // namespace

ParsedScheme parseSchemeJson(std::string_view text, std::string_view source)
{
    return SchemeParser(source).parse(text);
}

std::string schemeToJson(const store::ProjectStore& store, model::SchemeId id)
{
    const auto scheme = store.schemes().get(id);
    if (!scheme)
        throw StoreError(store.path().string() + ": no coding scheme " + std::to_string(id));
    json codes = json::array();
    for (const auto& code : store.schemes().codes(id)) {
        // Ids from the database are stable within a project and unique in the file.
        json entry = {
            {"id", "c" + std::to_string(code.id)},
            {"parent", code.parentId ? json("c" + std::to_string(*code.parentId)) : json(nullptr)},
            {"label", code.label},
            {"description", code.description},
            {"color", code.color},
            {"shortcut", code.shortcut},
            {"retired", code.retired}};
        codes.push_back(std::move(entry));
    }
    const json document = {{"diptych_coding_scheme", kSchemeFormatVersion},
                           {"name", scheme->name},
                           {"description", scheme->description},
                           {"codes", std::move(codes)}};
    return document.dump(2) + "\n";
}

model::CodingScheme importSchemeJson(store::ProjectStore& store, const std::filesystem::path& path,
                                     const std::string& name)
{
    auto parsed = parseSchemeJson(readSchemeFile(path), path.string());
    if (!name.empty())
        parsed.scheme.name = name;
    for (const auto& existing : store.schemes().list())
        if (existing.name == parsed.scheme.name)
            throw StoreError(store.path().string() + ": the project already has a coding scheme '" +
                             parsed.scheme.name + "' (import it under another name)");
    return store.schemes().addScheme(parsed.scheme, parsed.codes);
}

void exportSchemeJson(const store::ProjectStore& store, model::SchemeId id,
                      const std::filesystem::path& path)
{
    writeTextFile(path, schemeToJson(store, id), "the coding scheme");
}

model::CodingScheme installDefaultScheme(store::ProjectStore& store)
{
    auto parsed = parseSchemeJson(defaultSchemeJson(), "built-in default scheme");
    for (const auto& existing : store.schemes().list())
        if (existing.name == parsed.scheme.name)
            return existing;
    return store.schemes().addScheme(parsed.scheme, parsed.codes);
}

} // namespace diptych::annotation
