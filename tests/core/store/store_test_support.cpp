#include "store_test_support.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>

namespace diptych::test {

PopulatedProject populate(store::ProjectStore& store)
{
    PopulatedProject p;
    model::Film original;
    original.path = "/films/original.mkv";
    original.title = "L'Atalante (1934)";
    original.sizeBytes = 5'000'000'123;
    original.fingerprint = "0123456789abcdef";
    original.probeJson = R"({"streams":[{"codec":"h264"}]})";
    original.frameCount = 128'000;
    original.fps = 24000.0 / 1001.0;
    original.width = 1440;
    original.height = 1080;
    original.durationS = 5338.666;
    original.note = "**Restored** print";
    p.original = store.films().add(original);

    model::Film remake = original;
    remake.path = "/films/remake é.mp4"; // non-ASCII survives
    remake.title = "Remake";
    remake.fingerprint = "fedcba9876543210";
    p.remake = store.films().add(remake);

    const std::vector<model::Shot> shots = {
        {0, 0, 0, 100, model::TransitionKind::FadeIn, "opening"},
        {0, 0, 100, 250, model::TransitionKind::Cut, ""},
        {0, 0, 250, 400, model::TransitionKind::Dissolve, "river"},
    };
    p.originalShots = store.shots().replace(p.original.id, shots);
    p.remakeShots = store.shots().replace(p.remake.id, shots);

    p.luma = store.metrics().define({0, "mean_luma", "", "Mean Y' (Rec. 709)", R"({"v":1})"});
    store.metrics().putShotValues(std::vector<model::ShotMetricValue>{
        {p.originalShots[0].id, p.luma.id, 0.25},
        {p.originalShots[1].id, p.luma.id, std::numeric_limits<double>::quiet_NaN()},
        {p.originalShots[2].id, p.luma.id, -1.5e300},
    });
    p.lumaSeries = {p.original.id, p.luma.id, 10, 2, {0.5f, -0.0f, 1e-30f, 3.25f}};
    store.metrics().putSeries(p.lumaSeries);

    p.coder = store.coders().add({0, "Ada", "first pass"});
    p.scheme = store.schemes().add({0, "Camera movement", "after Bordwell & Thompson"});
    const auto parent = store.schemes().addCode(
        {0, p.scheme.id, std::nullopt, "Movement", "", "#ff0000", "Ctrl+1", 0, false});
    const auto pan = store.schemes().addCode(
        {0, p.scheme.id, parent.id, "Pan", "horizontal", "#00ff00", "", 2, false});
    const auto tilt =
        store.schemes().addCode({0, p.scheme.id, parent.id, "Tilt", "", "", "", 1, true});
    p.codes = {parent, tilt, pan}; // tilt sorts first (sortOrder 1 < 2)

    p.tier = store.tiers().add({0, p.original.id, "Camera", p.scheme.id, model::TierKind::Shot, 3});
    p.annotations.push_back(
        store.annotations().add({0, p.tier.id, p.coder.id, p.originalShots[0].id, 0, 100, pan.id,
                                 "slow pan", "note *one*", "", ""}));
    p.annotations.push_back(store.annotations().add(
        {0, p.tier.id, p.coder.id, std::nullopt, 120, 130, std::nullopt, "", "", "", ""}));

    model::Region region;
    region.filmId = p.original.id;
    region.coderId = p.coder.id;
    region.annotationId = p.annotations[0].id;
    region.startFrame = 10;
    region.endFrame = 20;
    region.shape = model::RegionShape::Polygon;
    region.points = {{0, 0}, {1, 0}, {0.123456789, 0.987654321}};
    region.codeId = tilt.id;
    region.note = "face";
    p.region = store.regions().add(region);

    p.correspondence = store.correspondences().add(
        {0, p.originalShots[1].id, p.remakeShots[2].id, 0.75, "same framing", ""});
    return p;
}

void requireHolds(const store::ProjectStore& store, const PopulatedProject& p)
{
    REQUIRE(store.films().list() == std::vector{p.original, p.remake});
    REQUIRE(store.films().get(p.remake.id) == p.remake);
    REQUIRE(store.shots().list(p.original.id) == p.originalShots);
    REQUIRE(store.shots().list(p.remake.id) == p.remakeShots);

    REQUIRE(store.metrics().list() == std::vector{p.luma});
    const auto values = store.metrics().shotValues(p.original.id, p.luma.id);
    REQUIRE(values.size() == 3);
    CHECK(values[0].value == 0.25);
    CHECK(std::isnan(values[1].value));
    CHECK(values[2].value == -1.5e300);
    const auto series = store.metrics().series(p.original.id, p.luma.id);
    REQUIRE(series);
    CHECK(series->startFrame == p.lumaSeries.startFrame);
    CHECK(series->step == p.lumaSeries.step);
    CHECK(series->values == p.lumaSeries.values);
    CHECK(std::signbit(series->values[1])); // bit-exact, not just equal

    REQUIRE(store.coders().list() == std::vector{p.coder});
    REQUIRE(store.schemes().list() == std::vector{p.scheme});
    REQUIRE(store.schemes().codes(p.scheme.id) == p.codes);
    REQUIRE(store.tiers().list(p.original.id) == std::vector{p.tier});
    REQUIRE(store.annotations().listByTier(p.tier.id) == p.annotations);
    REQUIRE(store.regions().listByFilm(p.original.id) == std::vector{p.region});
    REQUIRE(store.correspondences().listBetween(p.original.id, p.remake.id) ==
            std::vector{p.correspondence});
}

std::string readBytes(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    REQUIRE(file);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path& path, std::string_view bytes)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(file);
}

} // namespace diptych::test
