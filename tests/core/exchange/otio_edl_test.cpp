#include "exchange_fixture.h"

#include "common/timecode.h"
#include "exchange/edl_export.h"
#include "exchange/import_support.h"
#include "exchange/otio_export.h"
#include "exchange/project_snapshot.h"
#include "temp_dir.h"
#include "test_media.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace diptych;
using nlohmann::json;

namespace {

using FieldsBySchema = std::map<std::string, std::set<std::string>>;

/// The field list of every schema in OTIO's generated otio-serialized-schema.md:
/// "### Clip.2" headings, each followed by "- *field*: description" lines.
FieldsBySchema documentedFields(const std::string& markdown)
{
    FieldsBySchema fields;
    std::istringstream lines(markdown);
    std::string schema;
    static const std::regex heading(R"(^### (\w+\.\d+)\s*$)");
    static const std::regex field(R"(^- \*(\w+)\*:)");
    std::smatch match;
    for (std::string line; std::getline(lines, line);) {
        if (std::regex_match(line, match, heading))
            fields[schema = match[1]];
        else if (!schema.empty() && std::regex_search(line, match, field))
            fields[schema].insert(match[1]);
    }
    return fields;
}

/// Every object with an OTIO_SCHEMA, depth first, with the keys it has.
void collectSchemas(const json& value, FieldsBySchema& out)
{
    if (value.is_object()) {
        if (const auto it = value.find("OTIO_SCHEMA"); it != value.end())
            for (const auto& [key, _] : value.items())
                if (key != "OTIO_SCHEMA")
                    out[it->get<std::string>()].insert(key);
        for (const auto& [_, child] : value.items())
            collectSchemas(child, out);
    } else if (value.is_array()) {
        for (const auto& child : value)
            collectSchemas(child, out);
    }
}

std::vector<const json*> childrenOf(const json& composition, const std::string& schema)
{
    std::vector<const json*> children;
    for (const auto& child : composition.at("children"))
        if (child.at("OTIO_SCHEMA") == schema)
            children.push_back(&child);
    return children;
}

double rtValue(const json& time)
{
    return time.at("value").get<double>();
}

/// Film frames [start, end) of a clip's source range or a marker's marked range.
std::pair<double, double> framesOf(const json& range)
{
    const double start = rtValue(range.at("start_time"));
    return {start, start + rtValue(range.at("duration"))};
}

/// One CMX 3600 event line: number, reel, then source in/out and record in/out.
const std::regex
    kEventLine(R"(^(\d{3,})  (\w{1,8}) +V {5}C {8}(\d\d:\d\d:\d\d:\d\d) )"
               R"((\d\d:\d\d:\d\d:\d\d) (\d\d:\d\d:\d\d:\d\d) (\d\d:\d\d:\d\d:\d\d) ?$)");

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

/// The event lines' fields: [0] the whole line, [1] the number, [2] the reel, [3]-[6] the
/// timecodes.
using Event = std::vector<std::string>;

std::vector<Event> eventsOf(const std::vector<std::string>& lines)
{
    std::vector<Event> events;
    for (const auto& line : lines) {
        std::smatch match;
        if (std::regex_match(line, match, kEventLine))
            events.emplace_back(match.begin(), match.end());
    }
    return events;
}

/// The column at which each of a line's fields starts (a field: a run of non-blanks).
std::vector<std::size_t> fieldColumns(const std::string& line)
{
    std::vector<std::size_t> columns;
    for (std::size_t i = 0; i < line.size(); ++i)
        if (line[i] != ' ' && (i == 0 || line[i - 1] == ' '))
            columns.push_back(i);
    return columns;
}

/// A hand-made snapshot of one film per path, each with shots `spans` at 25 fps.
exchange::ProjectSnapshot snapshotOf(const std::vector<std::string>& paths,
                                     const std::vector<std::pair<int, int>>& spans)
{
    exchange::ProjectSnapshot snapshot;
    snapshot.projectName = "hand";
    model::ShotId nextShot = 1;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        exchange::FilmSnapshot film;
        film.film.id = static_cast<model::FilmId>(i + 1);
        film.film.path = paths[i];
        film.film.fps = 25;
        film.film.frameCount = spans.back().second;
        for (const auto& [start, end] : spans)
            film.shots.push_back(
                {nextShot++, film.film.id, start, end, model::TransitionKind::Cut, "", 0});
        snapshot.films.push_back(std::move(film));
    }
    return snapshot;
}

} // namespace

TEST_CASE("the OTIO export has one track per film and one clip per shot", "[exchange][otio]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    test::addAnnotatedProject(store);
    const auto snapshot = exchange::takeSnapshot(store);
    const auto doc = json::parse(exchange::otioDocument(snapshot));

    CHECK(doc.at("OTIO_SCHEMA") == "Timeline.1");
    CHECK(doc.at("name") == "study");
    CHECK(doc.at("global_start_time").is_null());
    const auto& stack = doc.at("tracks");
    CHECK(stack.at("OTIO_SCHEMA") == "Stack.1");
    const auto tracks = childrenOf(stack, "Track.1");
    REQUIRE(tracks.size() == 2);
    CHECK(tracks[0]->at("name") == "Original");
    CHECK(tracks[1]->at("name") == "Remake (AI)");

    for (std::size_t t = 0; t < tracks.size(); ++t) {
        const auto& film = snapshot.films[t];
        const auto& track = *tracks[t];
        CHECK(track.at("kind") == "Video");
        const auto clips = childrenOf(track, "Clip.2");
        REQUIRE(clips.size() == film.shots.size());
        double total = 0;
        for (std::size_t i = 0; i < clips.size(); ++i) {
            const auto& clip = *clips[i];
            const auto& range = clip.at("source_range");
            CHECK(range.at("start_time").at("rate") == 25.0);
            CHECK(range.at("duration").at("rate") == 25.0);
            CHECK(framesOf(range) ==
                  std::pair<double, double>(film.shots[i].startFrame, film.shots[i].endFrame));
            total += rtValue(range.at("duration"));
            CHECK(clip.at("active_media_reference_key") == "DEFAULT_MEDIA");
            const auto& media = clip.at("media_references").at("DEFAULT_MEDIA");
            CHECK(media.at("OTIO_SCHEMA") == "ExternalReference.1");
            CHECK(media.at("target_url") == exchange::fileUrl(film.film.path));
            CHECK(framesOf(media.at("available_range")) ==
                  std::pair<double, double>(0, film.film.frameCount));
            const auto& diptych = clip.at("metadata").at("diptych");
            CHECK(diptych.at("shot_index") == i);
            CHECK(diptych.at("shot_id") == film.shots[i].id);
            CHECK(diptych.at("metrics").contains("mean_luma"));
        }
        CHECK(total == film.film.frameCount);
    }

    // Original shot 1 (frames 0-100): two codes on the shot and the text note at 10-60.
    const auto& first = *childrenOf(*tracks[0], "Clip.2")[0];
    const auto& meta = first.at("metadata").at("diptych");
    CHECK(meta.at("transition") == "cut");
    CHECK(meta.at("metrics").at("mean_luma") == Approx(0.1));
    CHECK(meta.at("metrics").at("palette").is_array());
    REQUIRE(meta.at("codes").size() == 2);
    CHECK(meta["codes"][0]["code"] == "Color & light/Teal, orange");
    CHECK(meta["codes"][0]["coder"] == "alice");
    CHECK(meta["codes"][1]["coder"] == "Bob \"B\" Kim");
    const auto& markers = first.at("markers");
    REQUIRE(markers.size() == 3);
    std::map<std::string, const json*> byName;
    for (const auto& marker : markers) {
        CHECK(marker.at("OTIO_SCHEMA") == "Marker.3");
        CHECK(marker.at("color").at("OTIO_SCHEMA") == "Color.1");
        byName[marker.at("name").get<std::string>()] = &marker;
    }
    const auto& teal = *byName.at("Color & light/Teal, orange");
    CHECK(teal.at("comment") == "Teal shadows, orange skin;\nsee \"grading\", scene 1");
    CHECK(teal.at("metadata").at("diptych").at("coder") == "alice");
    CHECK(teal.at("color").at("r") == Approx(0x1f / 255.0));               // the code's own colour
    CHECK(byName.at("Color & light")->at("color").at("name") == "ORANGE"); // nearest to #d9822b
    const auto& text = *byName.at("Ünïcode — text, with a comma");
    CHECK(framesOf(text.at("marked_range")) == std::pair<double, double>(10, 60));
    CHECK(text.at("metadata").at("diptych").at("tier") == "Notes");

    // The original's third shot has no defined mean luma: null, not NaN (not JSON).
    const auto& third = *childrenOf(*tracks[0], "Clip.2")[2];
    CHECK(third.at("metadata").at("diptych").at("metrics").at("mean_luma").is_null());
    // The whip pan (130-170) is a marker of the second shot (100-250), in film frames.
    const auto& second = *childrenOf(*tracks[0], "Clip.2")[1];
    const auto whip = std::find_if(second.at("markers").begin(), second.at("markers").end(),
                                   [](const json& m) { return m.at("comment") == "whip pan"; });
    REQUIRE(whip != second.at("markers").end());
    CHECK(framesOf(whip->at("marked_range")) == std::pair<double, double>(130, 170));
    CHECK(second.at("metadata").at("diptych").at("transition") == "dissolve");
}

TEST_CASE("the OTIO export writes only fields OTIO's schema documents", "[exchange][otio]")
{
    const auto formats = test::sharedFormatsDirectory();
    if (!formats) {
        WARN("$DIPTYCH_SHARED_DIR/formats is absent: OTIO schema check skipped");
        return;
    }
    const auto documented =
        documentedFields(test::readFile(*formats / "otio/otio-serialized-schema.md"));
    REQUIRE(documented.count("Clip.2") == 1);

    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    test::addAnnotatedProject(store);
    FieldsBySchema written;
    collectSchemas(json::parse(exchange::otioDocument(exchange::takeSnapshot(store))), written);
    // Gaps appear only where shots leave frames uncovered.
    collectSchemas(json::parse(exchange::otioDocument(snapshotOf({"/a/x.mov"}, {{10, 20}}))),
                   written);
    for (const char* schema : {"Timeline.1", "Stack.1", "Track.1", "Clip.2", "Gap.1", "TimeRange.1",
                               "RationalTime.1", "Marker.3", "Color.1", "ExternalReference.1"})
        CHECK(written.count(schema) == 1);

    for (const auto& [schema, keys] : written) {
        INFO("schema " << schema);
        REQUIRE(documented.count(schema) == 1);
        for (const auto& key : keys) {
            INFO("field " << key);
            // The generated page lists each class's own properties; a Composition's children
            // are serialized too (OTIO's own sample files hold them) but not listed.
            const bool children = key == "children" && (schema == "Stack.1" || schema == "Track.1");
            CHECK((documented.at(schema).count(key) == 1 || children));
        }
    }

    // Every field OTIO itself writes for a schema in its screening sample, we write too.
    FieldsBySchema sample;
    collectSchemas(json::parse(test::readFile(*formats / "otio/screening_example.otio")), sample);
    for (const auto& [schema, keys] : sample) {
        if (!written.count(schema))
            continue;
        INFO("schema " << schema);
        for (const auto& key : keys) {
            INFO("field " << key);
            CHECK(written.at(schema).count(key) == 1);
        }
    }
}

TEST_CASE("the OTIO export fills frames no shot covers with gaps", "[exchange][otio]")
{
    const auto doc =
        json::parse(exchange::otioDocument(snapshotOf({"/a/x.mov"}, {{10, 20}, {30, 50}})));
    const auto& track = doc.at("tracks").at("children").at(0);
    const auto& children = track.at("children");
    REQUIRE(children.size() == 4);
    CHECK(children[0].at("OTIO_SCHEMA") == "Gap.1");
    CHECK(framesOf(children[0].at("source_range")) == std::pair<double, double>(0, 10));
    CHECK(children[1].at("OTIO_SCHEMA") == "Clip.2");
    CHECK(children[2].at("OTIO_SCHEMA") == "Gap.1");
    CHECK(framesOf(children[2].at("source_range")) == std::pair<double, double>(20, 30));
    CHECK(framesOf(children[3].at("source_range")) == std::pair<double, double>(30, 50));
}

TEST_CASE("the EDL export has one CMX 3600 event per shot, films one after another",
          "[exchange][edl]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "study.diptych");
    test::addAnnotatedProject(store);
    const auto snapshot = exchange::takeSnapshot(store);
    const auto text = exchange::edlDocument(snapshot);
    const auto lines = linesOf(text);
    REQUIRE(lines.size() > 2);
    CHECK(lines[0] == "TITLE: study");
    CHECK(lines[1] == "FCM: NON-DROP FRAME");
    CHECK(text.find('\r') == std::string::npos);

    const auto events = eventsOf(lines);
    std::size_t shots = 0;
    for (const auto& film : snapshot.films)
        shots += film.shots.size();
    REQUIRE(events.size() == shots);
    // Every line is an event, a comment or the header.
    for (const auto& line : lines) {
        INFO(line);
        std::smatch match;
        CHECK((std::regex_match(line, match, kEventLine) || line.starts_with("* ") ||
               line.starts_with("TITLE: ") || line.starts_with("FCM: ")));
    }

    std::size_t e = 0;
    std::string recordOut = "00:00:00:00";
    for (const auto& film : snapshot.films) {
        for (const auto& shot : film.shots) {
            const auto& event = events[e++];
            CHECK(std::stoi(event[1]) == static_cast<int>(e));
            CHECK(event[2] == (film.film.id == snapshot.films[0].film.id ? "ORIGINAL" : "REMAKE"));
            CHECK(event[3] == formatTimecode(shot.startFrame, 25));
            CHECK(event[4] == formatTimecode(shot.endFrame, 25));
            // The record side goes on where the previous event stopped, for as long.
            CHECK(event[5] == recordOut);
            const auto in = parseTimecode(event[5], 25);
            const auto out = parseTimecode(event[6], 25);
            REQUIRE(in);
            REQUIRE(out);
            CHECK(*out - *in == shot.length());
            recordOut = event[6];
        }
    }
    CHECK(recordOut == formatTimecode(500 + 310, 25));

    CHECK(text.find("* FROM CLIP NAME:  original.mkv\n") != std::string::npos);
    CHECK(text.find("* SOURCE FILE: /films/remake.mp4\n") != std::string::npos);
    CHECK(text.find("* SHOT 2 (dissolve)\n") != std::string::npos);
    CHECK(text.find("* LOC: 00:00:00:00 RED     Color & light/Teal, orange\n") !=
          std::string::npos);
    CHECK(text.find("* LOC: 00:00:00:10 YELLOW  Ünïcode — text, with a comma\n") !=
          std::string::npos);
    // The remake's first code, on the record side after the original's 500 frames.
    CHECK(text.find("* LOC: 00:00:20:00 RED     Color & light/Teal, orange\n") !=
          std::string::npos);

    const auto formats = test::sharedFormatsDirectory();
    if (!formats) {
        WARN("$DIPTYCH_SHARED_DIR/formats is absent: EDL column check skipped");
        return;
    }
    const auto sample = eventsOf(linesOf(test::readFile(*formats / "edl/screening_example.edl")));
    REQUIRE_FALSE(sample.empty());
    // Same columns as the Avid-style sample (its reel name is 8 characters, as padded ones are).
    CHECK(fieldColumns(events[0][0]) == fieldColumns(sample[0][0]));
}

TEST_CASE("EDL reel names are short, unique per film, and events go past 999", "[exchange][edl]")
{
    const auto snapshot = snapshotOf(
        {"/a/clip.mov", "/b/clip.mov", "/c/a very-long_name.mkv", "/d/影片.mp4"}, {{0, 1}});
    const auto events = eventsOf(linesOf(exchange::edlDocument(snapshot)));
    REQUIRE(events.size() == 4);
    CHECK(events[0][2] == "CLIP");
    CHECK(events[1][2] == "CLIP2");
    CHECK(events[2][2] == "AVERYLON");
    CHECK(events[3][2] == "FILM");

    std::vector<std::pair<int, int>> spans;
    for (int i = 0; i < 1001; ++i)
        spans.emplace_back(i, i + 1);
    const auto many = eventsOf(linesOf(exchange::edlDocument(snapshotOf({"/a/x.mov"}, spans))));
    REQUIRE(many.size() == 1001);
    CHECK(many[998][1] == "999");
    CHECK(many[999][1] == "1000"); // numbering goes on with a fourth digit
    CHECK(many[1000][6] == formatTimecode(1001, 25));
}
