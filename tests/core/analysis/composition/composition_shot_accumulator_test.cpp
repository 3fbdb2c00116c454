#include "analysis/composition/composition_shot_accumulator.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace diptych;
using namespace diptych::analysis;
using namespace diptych::analysis::composition;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

CompositionFrameStats everyFrame(double symmetry)
{
    CompositionFrameStats stats;
    stats.symmetryLr = symmetry;
    stats.saliencyX = 0.25;
    stats.saliencyY = 0.75;
    stats.saliencyCenterDist = 0.3;
    stats.saliencyThirdsDist = 0.1;
    stats.edgeDensity = 0.05;
    stats.dofProxy = 0.5;
    stats.clutter = kNaN;
    stats.faceCount = kNaN;
    stats.faceSize = kNaN;
    return stats;
}

CompositionFrameStats sampledFrame(double faces, double size, double clutter)
{
    CompositionFrameStats stats = everyFrame(0.5);
    stats.sampled = true;
    stats.faceCount = faces;
    stats.faceSize = size;
    stats.clutter = clutter;
    return stats;
}

struct Result
{
    std::map<std::string, double> numbers;
    std::string scale;
};

Result finish(const CompositionShotAccumulator& shot)
{
    const ShotMetricValues values = shot.finish();
    Result result;
    for (const auto& [name, value] : values.numbers)
        result.numbers[name] = value;
    result.scale = values.texts.at(0).second;
    return result;
}

} // namespace

TEST_CASE("Composition specs match the reported values", "[analysis][composition][shot]")
{
    CompositionShotAccumulator shot;
    shot.add({}, sampledFrame(1, 0.4, 2.0));
    const ShotMetricValues values = shot.finish();
    std::vector<std::string> reported, specified;
    for (const auto& [name, value] : values.numbers)
        reported.push_back(name);
    for (const auto& [name, value] : values.texts)
        reported.push_back(name);
    for (const auto& spec : CompositionShotAccumulator::specs()) {
        specified.emplace_back(spec.name);
        CHECK(spec.isText == (spec.name == "shot_scale"));
    }
    CHECK(reported == specified);
    for (const char* name :
         {"symmetry_lr", "saliency_x", "saliency_y", "saliency_center_dist", "saliency_thirds_dist",
          "edge_density", "clutter", "face_count", "face_size", "dof_proxy", "shot_scale"})
        CHECK(std::set<std::string>(specified.begin(), specified.end()).count(name) == 1);
    const auto provenance = CompositionShotAccumulator::provenance();
    CHECK(provenance.at("algorithm") == "diptych.composition");
    CHECK(provenance.at("version").get<int>() >= 1);
}

TEST_CASE("Every-frame metrics are means; NaN frames are skipped", "[analysis][composition][shot]")
{
    CompositionShotAccumulator shot;
    shot.add({}, everyFrame(0.2));
    shot.add({}, everyFrame(0.6));
    shot.add({}, everyFrame(kNaN)); // a flat frame has no symmetry
    const Result result = finish(shot);
    CHECK(result.numbers.at("symmetry_lr") == Approx(0.4));
    CHECK(result.numbers.at("saliency_x") == Approx(0.25));
    CHECK(result.numbers.at("edge_density") == Approx(0.05));
    CHECK(std::isnan(result.numbers.at("clutter"))); // no sampled frame
    CHECK(std::isnan(result.numbers.at("face_count")));
    CHECK(result.scale == "unknown");
}

TEST_CASE("Face count is the median over sampled frames and sets the shot scale",
          "[analysis][composition][shot]")
{
    CompositionShotAccumulator shot;
    shot.add({}, sampledFrame(1, 0.40, 2.0));
    shot.add({}, everyFrame(0.5));
    shot.add({}, sampledFrame(2, 0.36, 3.0));
    shot.add({}, sampledFrame(1, 0.30, 4.0));
    shot.add({}, sampledFrame(0, 0.0, 5.0));
    shot.add({}, sampledFrame(1, 0.44, 6.0));
    const Result result = finish(shot);
    CHECK(result.numbers.at("face_count") == 1.0);
    CHECK(result.numbers.at("face_size") == Approx(0.38)); // median of .30 .36 .40 .44
    CHECK(result.numbers.at("clutter") == Approx(4.0));
    CHECK(result.scale == "CU");
}

TEST_CASE("Rare face detections do not set a shot scale", "[analysis][composition][shot]")
{
    CompositionShotAccumulator shot;
    shot.add({}, sampledFrame(1, 0.2, 2.0));
    for (int k = 0; k < 3; ++k)
        shot.add({}, sampledFrame(0, 0.0, 2.0));
    const Result result = finish(shot);
    CHECK(result.numbers.at("face_count") == 0.0);
    CHECK(result.numbers.at("face_size") == Approx(0.2));
    CHECK(result.scale == "unknown");

    CompositionShotAccumulator even;
    even.add({}, sampledFrame(1, 0.2, 2.0));
    even.add({}, sampledFrame(0, 0.0, 2.0));
    const Result half = finish(even);
    CHECK(half.numbers.at("face_count") == 0.5);
    CHECK(half.scale == "MS");
}

TEST_CASE("A face detector that did not run leaves face metrics NaN",
          "[analysis][composition][shot]")
{
    CompositionShotAccumulator shot;
    shot.add({}, sampledFrame(kNaN, kNaN, 3.0));
    const Result result = finish(shot);
    CHECK(std::isnan(result.numbers.at("face_count")));
    CHECK(std::isnan(result.numbers.at("face_size")));
    CHECK(result.scale == "unknown");
    CHECK(result.numbers.at("clutter") == 3.0);
}
