#include "exchange_fixture.h"

#include "../annotation/code_test_support.h"
#include "common/error.h"
#include "exchange/exchange.h"
#include "exchange/project_json.h"
#include "exchange/project_snapshot.h"
#include "temp_dir.h"
#include "test_media.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace diptych;
using nlohmann::json;

namespace {

// An export without what describes the export itself rather than the data.
json comparable(const std::string& text)
{
    auto document = json::parse(text);
    document.erase("exported_at");
    document.erase("project");
    // When a film or a shot pair entered *this* project: set by the project that imports.
    for (auto& film : document["films"])
        film.erase("added_at");
    for (auto& pair : document["correspondences"])
        pair.erase("created_at");
    return document;
}

void addSeries(store::ProjectStore& store, model::FilmId film)
{
    const auto metric = store.metrics().define({0, "frame_luma", "", "per-frame luma", "{}"});
    store.metrics().putSeries({film, metric.id, 0, 1, {0.1f, 0.30000001f, std::nanf(""), 0.7f}});
}

std::string schemaPath()
{
    return std::string(DIPTYCH_SOURCE_DIR) + "/resources/schemas/diptych-project.schema.json";
}

} // namespace

TEST_CASE("json export round-trips a project exactly", "[exchange][json]")
{
    test::TempDir dir;
    auto original = store::ProjectStore::create(dir / "study.diptych");
    const auto p = test::addAnnotatedProject(original);
    addSeries(original, p.original);
    exchange::exportProject(original, exchange::ExportFormat::Json, dir / "study.json");

    auto copy = store::ProjectStore::create(dir / "copy.diptych");
    const auto summary = exchange::importFile(copy, dir / "study.json");
    CHECK(summary.format == "Diptych JSON 1");
    CHECK(summary.filmsAdded == 2);
    CHECK(summary.annotationsAdded == p.annotationCount);
    CHECK(summary.regionsAdded == p.regionCount);
    CHECK(summary.correspondencesAdded == 2);
    CHECK(test::dumpProjectContent(copy) == test::dumpProjectContent(original));
    // Timestamps and per-frame series come back too.
    const auto before = original.annotations().listByFilm(p.original);
    const auto after =
        copy.annotations().listByFilm(copy.films().findByPath("/films/original.mkv")->id);
    REQUIRE(before.size() == after.size());
    CHECK(before[0].createdAt == after[0].createdAt);
    CHECK(before[0].modifiedAt == after[0].modifiedAt);
    const auto copiedFilm = copy.films().findByPath("/films/original.mkv")->id;
    const auto series = copy.metrics().series(copiedFilm, copy.metrics().find("frame_luma")->id);
    REQUIRE(series);
    REQUIRE(series->values.size() == 4);
    CHECK(series->values[1] == 0.30000001f);
    CHECK(std::isnan(series->values[2]));

    // Exported again, the copy gives the same document (ids are the same in a fresh project).
    exchange::exportProject(copy, exchange::ExportFormat::Json, dir / "copy.json");
    CHECK(comparable(test::readFile(dir / "copy.json")) ==
          comparable(test::readFile(dir / "study.json")));
}

TEST_CASE("importing the same json twice adds nothing the second time", "[exchange][json]")
{
    test::TempDir dir;
    auto original = store::ProjectStore::create(dir / "study.diptych");
    test::addAnnotatedProject(original);
    exchange::exportProject(original, exchange::ExportFormat::Json, dir / "study.json");
    auto copy = store::ProjectStore::create(dir / "copy.diptych");
    exchange::importFile(copy, dir / "study.json");
    const auto once = test::dumpProjectContent(copy);
    const auto again = exchange::importFile(copy, dir / "study.json");
    CHECK(again.annotationsAdded == 0);
    CHECK(again.filmsAdded == 0);
    CHECK(test::dumpProjectContent(copy) == once);
}

TEST_CASE("json export validates against the shipped JSON Schema", "[exchange][json]")
{
    if (test::runCommand("python3 -c 'import jsonschema' 2>/dev/null") != 0) {
        WARN("skipped: python3 with jsonschema is not installed (Debian: python3-jsonschema)");
        return;
    }
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    const auto p = test::addAnnotatedProject(store);
    addSeries(store, p.remake);
    exchange::exportProject(store, exchange::ExportFormat::Json, dir / "study.json");
    const std::string script =
        "import json, sys, jsonschema\n"
        "schema = json.load(open(sys.argv[1]))\n"
        "jsonschema.Draft202012Validator.check_schema(schema)\n"
        "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))\n"
        "bad = json.load(open(sys.argv[2])); bad['films'][0]['shots'][0]['start_frame'] = -1\n"
        "ok = jsonschema.Draft202012Validator(schema).is_valid(bad)\n"
        "print('valid' if not ok else 'schema too loose')\n";
    test::writeText(dir / "check.py", script);
    std::string output;
    CHECK(test::runCommand("python3 " + test::shellQuote((dir / "check.py").string()) + " " +
                               test::shellQuote(schemaPath()) + " " +
                               test::shellQuote((dir / "study.json").string()) + " 2>&1",
                           &output) == 0);
    INFO(output);
    CHECK(output == "valid\n");
}

TEST_CASE("a bad json import says where and imports nothing", "[exchange][json]")
{
    test::TempDir dir;
    auto original = store::ProjectStore::create(dir / "study.diptych");
    test::addAnnotatedProject(original);
    exchange::exportProject(original, exchange::ExportFormat::Json, dir / "study.json");
    const auto good = json::parse(test::readFile(dir / "study.json"));

    auto target = store::ProjectStore::create(dir / "target.diptych");
    test::addTwoFilms(target); // so a half-done import would show
    const auto before = test::dumpProjectContent(target);

    const auto expectFailure = [&](const std::string& text, const std::string& expected) {
        test::writeText(dir / "bad.json", text);
        try {
            exchange::importFile(target, dir / "bad.json");
            FAIL("imported: " << expected);
        } catch (const InputError& e) {
            const std::string message = e.what();
            INFO(message);
            CHECK(message.find(expected) != std::string::npos);
            CHECK(message.find('\n') == std::string::npos);
        }
        CHECK(test::dumpProjectContent(target) == before);
    };
    expectFailure(test::readFile(dir / "study.json").substr(0, 900), "malformed JSON");
    auto newer = good;
    newer["schema_version"] = 99;
    expectFailure(newer.dump(), "unsupported version 99");
    auto dangling = good;
    dangling["films"][1]["annotations"][0]["tier"] = 4242;
    expectFailure(dangling.dump(), "films[1].annotations[0].tier: no tier of this film 4242");
    auto mistyped = good;
    mistyped["films"][0]["shots"][2]["end_frame"] = "250";
    expectFailure(mistyped.dump(), "films[0].shots[2].end_frame: expected an integer");
    auto otherShots = good;
    otherShots["films"][0]["shots"][0]["end_frame"] = 99;
    expectFailure(otherShots.dump(), "with other shots");
    auto lateFailure = good; // fails on the last film, after the first was written
    lateFailure["correspondences"][0]["shot_b"] = 999999;
    expectFailure(lateFailure.dump(), "correspondences[0].shot_b: no shot 999999");
    expectFailure("{\"hello\": 1}", "not a file Diptych imports");
}

TEST_CASE("an enormous or empty file is refused before it is read", "[exchange][json]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    {
        std::ofstream(dir / "huge.eaf") << "<?xml version=\"1.0\"?><ANNOTATION_DOCUMENT>";
    }
    // Sparse: no disk is used, but the size is what an importer would have to read.
    std::filesystem::resize_file(dir / "huge.eaf", exchange::kMaxImportBytes + 1);
    try {
        exchange::importFile(store, dir / "huge.eaf");
        FAIL("imported an enormous file");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).find("too large to import") != std::string::npos);
    }
    {
        std::ofstream empty(dir / "empty.jsonld");
    }
    CHECK_THROWS_WITH(exchange::importFile(store, dir / "empty.jsonld"),
                      Catch::Contains("the file is empty"));
    CHECK(store.annotations().listByFilm(1).empty());
}
