#include "analysis/segmentation/boundary_truth.h"
#include "common/error.h"
#include "temp_dir.h"
#include "test_media.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace diptych;

namespace {

std::filesystem::path write(const test::TempDir& dir, const std::string& text)
{
    const auto path = dir / "labels.json";
    std::ofstream(path) << text;
    return path;
}

} // namespace

TEST_CASE("Boundary labels load with cuts and gradual spans in order", "[analysis][truth]")
{
    test::TempDir dir;
    const auto truth = analysis::loadBoundaryTruth(write(dir, R"({
        "clip": "a.mkv", "frames": 300, "cuts": [200, 40],
        "gradual": [{"start": 100, "end": 112, "kind": "dissolve"}],
        "traps": [{"start": 250, "end": 254, "what": "a flash"}]})"));
    CHECK(truth.clip == "a.mkv");
    CHECK(truth.frames == 300);
    REQUIRE(truth.boundaries.size() == 3);
    CHECK(truth.boundaries[0] == analysis::ShotBoundary{40, 41, analysis::TransitionKind::Cut});
    CHECK(truth.boundaries[1] ==
          analysis::ShotBoundary{100, 112, analysis::TransitionKind::Dissolve});
    CHECK(truth.boundaries[2].start == 200);
    REQUIRE(truth.traps.size() == 1);
    CHECK(truth.traps[0] == std::pair<model::Frame, model::Frame>{250, 254});
}

TEST_CASE("Malformed boundary labels are refused with the file named", "[analysis][truth]")
{
    test::TempDir dir;
    const std::string text = GENERATE(
        as<std::string>{}, "{not json", R"({"frames": 10, "cuts": [1]})",
        R"({"clip": "a", "frames": 10, "cuts": [12]})",
        R"({"clip": "a", "frames": 10, "gradual": [{"start": 5, "end": 5, "kind": "dissolve"}]})",
        R"({"clip": "a", "frames": 10, "gradual": [{"start": 1, "end": 3, "kind": "sparkle"}]})",
        R"({"clip": "a", "frames": 10, "gradual": [{"start": 1, "end": 3, "kind": "cut"}]})",
        R"({"clip": "a", "frames": 10, "traps": [{"start": 6, "end": 4}]})",
        R"({"clip": "a", "frames": 10, "traps": [{"start": 6}]})");
    CAPTURE(text);
    const auto path = write(dir, text);
    try {
        analysis::loadBoundaryTruth(path);
        FAIL("accepted malformed labels");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("labels.json") != std::string::npos);
    }
}

TEST_CASE("The shipped boundary labels are well formed and fit their clips", "[analysis][truth]")
{
    const std::filesystem::path folder = DIPTYCH_SHOT_BOUNDARY_LABELS;
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() != ".json")
            continue;
        ++files;
        CAPTURE(entry.path().filename().string());
        const auto truth = analysis::loadBoundaryTruth(entry.path());
        CHECK(truth.clip == entry.path().stem().string());
        const auto shared = test::sharedMediaDirectory();
        if (shared && std::filesystem::exists(*shared / truth.clip))
            CHECK(truth.frames == test::ffprobeFrameCount(*shared / truth.clip));
    }
    CHECK(files >= 13);
    if (!test::sharedMediaDirectory())
        WARN("DIPTYCH_SHARED_DIR not set: frame counts of the labelled clips not checked");
}
