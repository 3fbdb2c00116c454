// Coding schemes as JSON: the built-in default scheme, export/import round trips, and every
// kind of bad file rejected without a trace in the project.

#include "temp_dir.h"

#include "annotation/scheme_json.h"
#include "common/error.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>

using namespace diptych;
using Catch::Matchers::Contains;

namespace {

void write(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

/// Label paths ("Parent/Child") with each code's fields, in codes() order: what a round trip
/// must keep.
std::vector<std::string> describe(const store::ProjectStore& store, model::SchemeId scheme)
{
    std::map<model::CodeId, std::string> paths;
    std::vector<std::string> lines;
    for (const auto& code : store.schemes().codes(scheme)) {
        const std::string path =
            code.parentId ? paths.at(*code.parentId) + "/" + code.label : code.label;
        paths[code.id] = path;
        lines.push_back(path + "|" + code.description + "|" + code.color + "|" + code.shortcut +
                        "|" + (code.retired ? "retired" : "active"));
    }
    return lines;
}

std::string schemeWith(const std::string& codes, int version = 1)
{
    return R"({"diptych_coding_scheme": )" + std::to_string(version) +
           R"(, "name": "Test", "codes": [)" + codes + "]}";
}

} // namespace

TEST_CASE("The default scheme covers the three dimensions and semiotic codes", "[codes][scheme]")
{
    const auto parsed = annotation::parseSchemeJson(annotation::defaultSchemeJson());
    std::vector<std::string> roots;
    std::set<std::string> shortcuts;
    for (const auto& [code, parent] : parsed.codes) {
        if (!parent)
            roots.push_back(code.label);
        if (!code.shortcut.empty())
            shortcuts.insert(code.shortcut);
        CHECK_FALSE(code.description.empty());
    }
    CHECK(roots == std::vector<std::string>{"Color & light", "Body & motion", "Space & composition",
                                            "Narrative & semiotic"});
    CHECK(shortcuts == std::set<std::string>{"1", "2", "3", "4", "5", "6", "7", "8", "9"});

    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto installed = annotation::installDefaultScheme(store);
    CHECK(installed.name == "Diptych default");
    CHECK(store.schemes().codes(installed.id).size() == parsed.codes.size());
    // Installing again finds it instead of failing or duplicating.
    CHECK(annotation::installDefaultScheme(store).id == installed.id);
    CHECK(store.schemes().list().size() == 1);
}

TEST_CASE("A scheme exported to JSON imports back identical", "[codes][scheme]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto original = annotation::installDefaultScheme(store);
    // Some state the default file does not have: a retired code and an edited one.
    auto codes = store.schemes().codes(original.id);
    codes[2].retired = true;
    codes[3].label = "Renamed, with \"quotes\" and ünïcode";
    store.schemes().updateCode(codes[2]);
    store.schemes().updateCode(codes[3]);

    const auto file = dir / "scheme.json";
    annotation::exportSchemeJson(store, original.id, file);
    const auto copy = annotation::importSchemeJson(store, file, "Copy");
    CHECK(copy.name == "Copy");
    CHECK(copy.description == original.description);
    CHECK(describe(store, copy.id) == describe(store, original.id));

    // Under its own name it is refused: the name is taken.
    REQUIRE_THROWS_AS(annotation::importSchemeJson(store, file), StoreError);
    CHECK(store.schemes().list().size() == 2);
}

TEST_CASE("Children may come before their parents in a scheme file", "[codes][scheme]")
{
    const auto parsed = annotation::parseSchemeJson(schemeWith(
        R"({"id": "b", "parent": "a", "label": "B"}, {"id": "a", "label": "A"},
           {"id": "c", "parent": "a", "label": "C"})"));
    REQUIRE(parsed.codes.size() == 3);
    CHECK(parsed.codes[0].code.label == "A");
    CHECK(parsed.codes[1].code.label == "B"); // siblings keep the file's order
    CHECK(parsed.codes[1].parent == std::optional<std::size_t>(0));
    CHECK(parsed.codes[2].code.label == "C");
}

TEST_CASE("Bad scheme files are rejected with a clear error and import nothing", "[codes][scheme]")
{
    const auto [text, message] = GENERATE(table<std::string, std::string>({
        {"{\"diptych_coding_scheme\": 1, \"name\": ", "not valid JSON"},
        {"[1, 2]", "expected a JSON object"},
        {R"({"name": "x", "codes": []})", "no \"diptych_coding_scheme\" version"},
        {schemeWith("", 2), "version 2 is not supported"},
        {R"({"diptych_coding_scheme": 1, "codes": []})", "\"name\" is missing"},
        {schemeWith(R"({"id": "a", "label": "A", "parent": "b"},
                       {"id": "b", "label": "B", "parent": "a"})"),
         "form a cycle"},
        {schemeWith(R"({"id": "a", "label": "A", "parent": "a"})"), "form a cycle"},
        {schemeWith(R"({"id": "a", "label": "A", "parent": "zz"})"), "parent 'zz' is not"},
        {schemeWith(R"({"id": "a", "label": "A"}, {"id": "a", "label": "B"})"), "used twice"},
        {schemeWith(R"({"id": "a", "label": "A", "shortcut": "1"},
                       {"id": "b", "label": "B", "shortcut": "1"})"),
         "the same shortcut '1'"},
        {schemeWith(R"({"id": "a", "label": "A"}, {"id": "b", "label": "A"})"), "labelled 'A'"},
        {schemeWith(R"({"id": "a", "label": ""})"), "label is empty"},
        {schemeWith(R"({"id": "a", "label": "A", "color": "red"})"), "is not #rrggbb"},
        {schemeWith(R"({"id": "a", "label": "A", "retired": "no"})"), "true or false"},
        {schemeWith(R"({"id": 3, "label": "A"})"), "must be a string"},
    }));
    CAPTURE(text);
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    write(dir / "bad.json", text);
    REQUIRE_THROWS_AS(annotation::importSchemeJson(store, dir / "bad.json"), InputError);
    REQUIRE_THROWS_WITH(annotation::importSchemeJson(store, dir / "bad.json"),
                        Contains(message) && Contains("bad.json"));
    CHECK(store.schemes().list().empty());
}

TEST_CASE("A missing scheme file is a one-line error", "[codes][scheme]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    REQUIRE_THROWS_AS(annotation::importSchemeJson(store, dir / "missing.json"), InputError);
}
