#include "../annotation/code_test_support.h"
#include "exchange_fixture.h"

#include "common/error.h"
#include "exchange/import_support.h"
#include "exchange/project_snapshot.h"
#include "exchange/web_annotation.h"
#include "temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

using namespace diptych;
using nlohmann::json;

namespace {

const std::filesystem::path kSource = "/data/annotations.json";

json exportedDocument(const store::ProjectStore& store)
{
    return json::parse(exchange::webAnnotationDocument(exchange::takeSnapshot(store)));
}

/// The texts of the item's bodies with `purpose`.
std::vector<std::string> bodies(const json& item, const std::string& purpose)
{
    std::vector<std::string> values;
    for (const auto& body : item.at("body"))
        if (body.at("purpose") == purpose)
            values.push_back(body.at("value").get<std::string>());
    return values;
}

/// The seconds of a "t=a,b" fragment.
std::pair<double, double> secondsOf(const std::string& fragment)
{
    double start = -1;
    double end = -1;
    REQUIRE(std::sscanf(fragment.c_str(), "t=%lf,%lf", &start, &end) == 2);
    return {start, end};
}

/// The dump's annotation, region and tier lines: what an annotation import must reproduce.
std::string annotationLines(const store::ProjectStore& store)
{
    std::istringstream dump(test::dumpProjectContent(store));
    std::string lines;
    for (std::string line; std::getline(dump, line);)
        if (line.starts_with(" annotation ") || line.starts_with(" region ") ||
            line.starts_with(" tier "))
            lines += line + "\n";
    return lines;
}

/// A project with one 25 fps film "/films/solo.mp4" of 500 frames, 1920x1080 when `sized`.
model::Film addSoloFilm(store::ProjectStore& store, bool sized)
{
    model::Film film;
    film.path = "/films/solo.mp4";
    film.fps = 25;
    film.frameCount = 500;
    if (sized) {
        film.width = 1920;
        film.height = 1080;
    }
    return store.films().add(film);
}

/// The InputError message an import throws; fails the test when it does not throw one.
std::string importError(store::ProjectStore& store, const std::string& text,
                        std::optional<model::FilmId> film = std::nullopt)
{
    try {
        exchange::importWebAnnotation(store, text, kSource, film);
    } catch (const InputError& error) {
        return error.what();
    }
    FAIL("the import did not fail: " << text);
    return {};
}

} // namespace

TEST_CASE("the Web Annotation export is an AnnotationCollection of every annotation and region",
          "[exchange][webanno]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    const auto p = test::addAnnotatedProject(store);
    const auto snapshot = exchange::takeSnapshot(store);
    const auto doc = exportedDocument(store);

    REQUIRE(doc.at("@context").is_array());
    CHECK(doc["@context"][0] == "http://www.w3.org/ns/anno.jsonld");
    CHECK(doc["@context"][1]["diptych"] == "https://diptych.example/ns#");
    CHECK(doc.at("type") == "AnnotationCollection");
    CHECK(doc.at("id") == "urn:diptych:study");
    CHECK(doc.at("label") == "study");
    CHECK(doc.at("total") == p.annotationCount + p.regionCount);
    const auto& page = doc.at("first");
    CHECK(page.at("type") == "AnnotationPage");
    const auto& items = page.at("items");
    REQUIRE(items.size() == static_cast<std::size_t>(p.annotationCount + p.regionCount));

    std::map<std::string, const json*> byId;
    for (const auto& item : items) {
        CHECK(item.at("type") == "Annotation");
        CHECK(item.at("creator").at("type") == "Person");
        const auto& target = item.at("target");
        CHECK(target.at("type") == "SpecificResource");
        CHECK(target.at("source").at("type") == "Video");
        const auto& selector = target.at("selector");
        CHECK(selector.at("type") == "FragmentSelector");
        CHECK(selector.at("conformsTo") == "http://www.w3.org/TR/media-frags/");
        // The time fragment says in seconds what diptych:frames says in frames (25 fps).
        const auto [start, end] = secondsOf(selector.at("value"));
        CHECK(start == Approx(item.at("diptych:frames")[0].get<double>() / 25.0).margin(1e-9));
        CHECK(end == Approx(item.at("diptych:frames")[1].get<double>() / 25.0).margin(1e-9));
        byId[item.at("id").get<std::string>()] = &item;
    }
    CHECK(byId.size() == items.size()); // ids are unique

    for (const auto& film : snapshot.films) {
        for (const auto& a : film.annotations) {
            const auto it = byId.find("urn:diptych:study:annotation:" + std::to_string(a.id));
            REQUIRE(it != byId.end());
            const auto& item = *it->second;
            CHECK(item["target"]["source"]["id"] == exchange::fileUrl(film.film.path));
            CHECK(item["creator"]["name"] == snapshot.coder(a.coderId)->name);
            CHECK(item["diptych:tier"] == film.tier(a.tierId)->name);
            CHECK(item["created"] == a.createdAt);
            if (a.codeId) {
                CHECK(item["motivation"] == "tagging");
                CHECK(bodies(item, "tagging") ==
                      std::vector<std::string>{snapshot.codePath(*a.codeId)});
            } else {
                CHECK(item["motivation"] == "describing");
                CHECK(bodies(item, "describing") == std::vector<std::string>{a.value});
            }
            CHECK(bodies(item, "commenting") ==
                  (a.note.empty() ? std::vector<std::string>{} : std::vector{a.note}));
        }
    }
    const auto creatorOf = [&](const json& item) { return item["creator"]["name"]; };
    CHECK(std::any_of(items.begin(), items.end(),
                      [&](const json& item) { return creatorOf(item) == "Bob \"B\" Kim"; }));

    const auto& original = *snapshot.film(p.original);
    const auto& rect =
        *byId.at("urn:diptych:study:region:" + std::to_string(original.regions.at(0).id));
    CHECK(rect["target"]["selector"]["value"] == "t=0,4");
    CHECK(rect["target"]["selector"]["refinedBy"]["type"] == "FragmentSelector");
    CHECK(rect["target"]["selector"]["refinedBy"]["value"] == "xywh=percent:25,12.5,50,37.5");
    CHECK(bodies(rect, "tagging") == std::vector<std::string>{"Color & light/Teal, orange"});
    CHECK(bodies(rect, "commenting") == std::vector<std::string>{"the face"});
    CHECK(rect["diptych:annotation"] ==
          "urn:diptych:study:annotation:" + std::to_string(*original.regions[0].annotationId));

    const auto& remake = *snapshot.film(p.remake);
    const auto& polygon =
        *byId.at("urn:diptych:study:region:" + std::to_string(remake.regions.at(0).id));
    const auto& svg = polygon["target"]["selector"]["refinedBy"];
    CHECK(svg["type"] == "SvgSelector");
    CHECK(svg["value"] == "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1920 1080\">"
                          "<polygon points=\"192,108 960,216 576,648\"/></svg>");
    CHECK(polygon["target"]["selector"]["value"] == "t=0.4,1.6");
}

TEST_CASE("a Web Annotation export imports back into a project with the same films",
          "[exchange][webanno]")
{
    test::TempDir dir;
    auto original = store::ProjectStore::create(dir / "study.diptych");
    const auto p = test::addAnnotatedProject(original);
    const auto text = exchange::webAnnotationDocument(exchange::takeSnapshot(original));

    auto copy = store::ProjectStore::create(dir / "copy.diptych");
    test::addTwoFilms(copy);
    const auto summary = exchange::importWebAnnotation(copy, text, kSource, std::nullopt);
    CHECK(summary.format == "W3C Web Annotation");
    CHECK(summary.annotationsAdded == p.annotationCount);
    CHECK(summary.regionsAdded == p.regionCount);
    CHECK(summary.tiersCreated == 4);
    CHECK(summary.codersCreated == 2);
    CHECK(summary.schemesCreated == 1);
    CHECK(summary.remarks.empty());
    // Tiers, annotations (frames, coder, code path, shot, text, note) and regions (frames,
    // coder, shape, exact points, code, link, note) all come back; ids and timestamps are new.
    CHECK(annotationLines(copy) == annotationLines(original));
}

TEST_CASE("a third-party Web Annotation goes to a 'Web annotations' tier", "[exchange][webanno]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    const auto film = addSoloFilm(store, true);

    SECTION("a plain string body, its film found by file name")
    {
        const auto summary = exchange::importWebAnnotation(store, R"({
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": "http://example.org/anno1",
            "type": "Annotation",
            "body": "A striking match cut",
            "target": {
                "source": "file:///somewhere/else/solo.mp4",
                "selector": {"type": "FragmentSelector",
                             "conformsTo": "http://www.w3.org/TR/media-frags/",
                             "value": "t=1.5,3"}
            }
        })",
                                                           kSource, std::nullopt);
        CHECK(summary.annotationsAdded == 1);
        CHECK(summary.tiersCreated == 1);
        CHECK(summary.codersCreated == 1);
        const auto tiers = store.tiers().list(film.id);
        REQUIRE(tiers.size() == 1);
        CHECK(tiers[0].name == "Web annotations");
        CHECK(tiers[0].kind == model::TierKind::Range);
        CHECK_FALSE(tiers[0].schemeId);
        const auto annotations = store.annotations().listByTier(tiers[0].id);
        REQUIRE(annotations.size() == 1);
        // 1.5 s is frame 37.5 at 25 fps: the nearest frame start, rounding half up.
        CHECK(annotations[0].startFrame == 38);
        CHECK(annotations[0].endFrame == 75);
        CHECK(annotations[0].value == "A striking match cut");
        CHECK(store.coders().list().at(0).name == "Web annotation");
    }

    SECTION("tags, comments, fragment IRIs and pixel areas, the film chosen by the user")
    {
        const auto summary = exchange::importWebAnnotation(store, R"([
            {"type": "Annotation", "motivation": "tagging",
             "creator": {"type": "Person", "nickname": "carol"},
             "body": [{"type": "TextualBody", "value": "Lighting/Low key"},
                      {"type": "TextualBody", "purpose": "commenting", "value": "very dark"}],
             "target": "http://example.org/video.mp4#t=npt:00:15,0:00:22.5"},
            {"type": "Annotation", "bodyValue": "until the end",
             "target": {"source": {"id": "http://example.org/video.mp4", "type": "Video"},
                        "selector": {"type": "FragmentSelector", "value": "t=19"}}},
            {"type": "Annotation", "motivation": "tagging", "body": "Face",
             "target": {"source": "http://example.org/video.mp4",
                        "selector": {"type": "FragmentSelector",
                                     "value": "t=,2&xywh=pixel:480,270,960,540"}}},
            {"type": "Annotation", "body": "Triangle",
             "target": {"source": "http://example.org/video.mp4",
                        "selector": [{"type": "FragmentSelector", "value": "t=2,4"},
                                     {"type": "SvgSelector", "value":
                                      "<svg><polygon points='0,0 960,0 960,1080'/></svg>"}]}}
        ])",
                                                           kSource, film.id);
        CHECK(summary.annotationsAdded == 2);
        CHECK(summary.regionsAdded == 2);
        CHECK(summary.schemesCreated == 1);
        CHECK(summary.codesCreated == 3); // Lighting, Lighting/Low key, Face
        const auto tiers = store.tiers().list(film.id);
        REQUIRE(tiers.size() == 1);
        REQUIRE(tiers[0].schemeId);
        CHECK(store.schemes().get(*tiers[0].schemeId)->name == "Web annotation tags");
        const auto annotations = store.annotations().listByTier(tiers[0].id);
        REQUIRE(annotations.size() == 2);
        CHECK(annotations[0].startFrame == 375); // 00:15 at 25 fps
        CHECK(annotations[0].endFrame == 500);   // 0:00:22.5, cut at the film's end
        REQUIRE(annotations[0].codeId);
        CHECK(store.schemes().code(*annotations[0].codeId)->label == "Low key");
        CHECK(annotations[0].note == "very dark");
        CHECK(annotations[1].startFrame == 475); // "t=19" runs to the end of the film
        CHECK(annotations[1].endFrame == 500);
        CHECK(annotations[1].value == "until the end");
        const auto regions = store.regions().listByFilm(film.id);
        REQUIRE(regions.size() == 2);
        CHECK(regions[0].shape == model::RegionShape::Rect);
        CHECK(regions[0].startFrame == 0);
        CHECK(regions[0].endFrame == 50);
        CHECK(regions[0].points == std::vector<model::NormalizedPoint>{{0.25, 0.25}, {0.75, 0.75}});
        REQUIRE(regions[0].codeId);
        CHECK(store.schemes().code(*regions[0].codeId)->label == "Face");
        CHECK(regions[1].shape == model::RegionShape::Polygon);
        CHECK(regions[1].points == std::vector<model::NormalizedPoint>{{0, 0}, {0.5, 0}, {0.5, 1}});
        CHECK(regions[1].note == "Triangle");
        const auto coders = store.coders().list();
        CHECK(std::any_of(coders.begin(), coders.end(),
                          [](const model::Coder& c) { return c.name == "carol"; }));
    }
}

TEST_CASE("a bad Web Annotation file is refused with one line and changes nothing",
          "[exchange][webanno]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    test::addAnnotatedProject(store);
    const auto before = test::dumpProjectContent(store);
    const std::string good = R"({"type": "Annotation", "body": "fine",
        "target": {"source": "file:///films/original.mkv",
                   "selector": {"type": "FragmentSelector", "value": "t=1,2"}}})";

    std::string message;
    std::string expected;
    SECTION("malformed JSON")
    {
        message = importError(store, R"({"type": "Annotation", )");
        expected = "/data/annotations.json: not valid JSON: ";
    }
    SECTION("JSON that is not a Web Annotation")
    {
        message = importError(store, R"({"hello": "world"})");
        expected = "/data/annotations.json: not a W3C Web Annotation document";
    }
    SECTION("a time fragment that cannot be read, after a good annotation")
    {
        message = importError(store, "[" + good + R"(,
            {"type": "Annotation", "body": "x",
             "target": {"source": "file:///films/original.mkv",
                        "selector": {"type": "FragmentSelector", "value": "t=abc,3"}}}])");
        expected = "/data/annotations.json: annotation 2: cannot read the time fragment 't=abc,3'";
    }
    SECTION("media that is none of the project's films")
    {
        message = importError(store, R"({"type": "Annotation", "body": "x",
            "target": "file:///nowhere/other.mkv#t=1,2"})");
        expected = "/data/annotations.json: annotation 1: no film of the project matches";
    }
    SECTION("an item that is not an annotation")
    {
        message = importError(store, "[" + good + R"(, {"type": "Note"}])");
        expected = "/data/annotations.json: annotation 2: not an Annotation";
    }
    SECTION("a pixel area on a film of unknown size")
    {
        auto film = store.films().list().at(0);
        film.width = 0;
        film.height = 0;
        store.films().update(film);
        message = importError(store, R"({"type": "Annotation", "body": "x",
            "target": "file:///films/original.mkv#t=1,2&xywh=10,10,20,20"})");
        expected = "/data/annotations.json: annotation 1: its area is in pixels and the film's "
                   "picture size is unknown";
        film.width = 1920;
        film.height = 1080;
        store.films().update(film);
    }
    INFO(message);
    CHECK(message.starts_with(expected));
    CHECK(message.find('\n') == std::string::npos);
    CHECK(test::dumpProjectContent(store) == before);
}
