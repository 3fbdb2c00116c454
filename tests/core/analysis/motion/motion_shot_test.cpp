#include "analysis/motion/motion_estimator.h"
#include "analysis/motion/motion_shot_accumulator.h"

#include "motion_test_clips.h"

#include <catch2/catch.hpp>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>
#include <set>
#include <string>
#include <thread>

using diptych::analysis::MotionFrameStats;
using diptych::analysis::MotionShotAccumulator;
using namespace diptych::test;

namespace {

/// Picture positions of a smooth pan: the speed rises and falls as a raised cosine,
/// 0 -> peakSpeed (%W/s) -> 0 over `seconds`; sampled at `fps`.
std::vector<cv::Point2d> smoothPan(double fps, double seconds, double peakSpeed)
{
    const int frames = static_cast<int>(std::lround(fps * seconds)) + 1;
    const double peakPx = peakSpeed * kMotionWidth / 100.0; // px per second
    std::vector<cv::Point2d> shifts;
    for (int k = 0; k < frames; ++k) {
        const double t = k / fps;
        // Integral of peakPx·(1 − cos(2πt/T))/2.
        const double x =
            peakPx / 2 *
            (t - seconds / (2 * std::numbers::pi) * std::sin(2 * std::numbers::pi * t / seconds));
        shifts.emplace_back(x, 0.3 * x);
    }
    return shifts;
}

/// The same positions, each frame shaken by a seeded random offset (a jittery copy).
std::vector<cv::Point2d> jittered(std::vector<cv::Point2d> shifts, double sigmaPx)
{
    cv::RNG rng(1234);
    for (auto& s : shifts)
        s += cv::Point2d(rng.gaussian(sigmaPx), rng.gaussian(sigmaPx));
    return shifts;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

bool sameStats(const MotionFrameStats& a, const MotionFrameStats& b)
{
    bool same = sameBits(a.meanSpeed, b.meanSpeed) && sameBits(a.p90Speed, b.p90Speed) &&
                sameBits(a.cameraSpeed, b.cameraSpeed) &&
                sameBits(a.subjectSpeed, b.subjectSpeed) && sameBits(a.pan, b.pan) &&
                sameBits(a.tilt, b.tilt) && sameBits(a.zoom, b.zoom) && sameBits(a.roll, b.roll) &&
                sameBits(a.inlierRatio, b.inlierRatio);
    for (std::size_t i = 0; i < a.subjectDirections.size(); ++i)
        same = same && sameBits(a.subjectDirections[i], b.subjectDirections[i]);
    return same;
}

} // namespace

TEST_CASE("the motion metrics are named and documented once", "[motion]")
{
    const auto& specs = MotionShotAccumulator::specs();
    std::set<std::string> names;
    for (const auto& spec : specs) {
        names.emplace(spec.name);
        CHECK_FALSE(spec.description.empty());
        CHECK_FALSE(spec.isText);
    }
    CHECK(names.size() == specs.size());
    for (const char* required : {"motion_mean", "motion_p90", "camera_motion", "subject_motion",
                                 "camera_pan", "camera_tilt", "camera_zoom", "camera_roll",
                                 "motion_smoothness", "impacts_per_min", "direction_entropy"})
        CHECK(names.count(required) == 1);

    // finish() reports exactly the specs, in order.
    MotionShotAccumulator accumulator;
    const auto values = accumulator.finish(24);
    REQUIRE(values.numbers.size() == specs.size());
    for (std::size_t i = 0; i < specs.size(); ++i)
        CHECK(values.numbers[i].first == specs[i].name);

    const auto provenance = MotionShotAccumulator::provenance();
    CHECK(provenance.at("algorithm") == "motion");
    CHECK(provenance.at("version").get<int>() >= 1);
}

TEST_CASE("a one-frame shot has no motion metrics; a short one no smoothness", "[motion]")
{
    MotionShotAccumulator empty;
    for (const auto& [name, value] : empty.finish(24).numbers) {
        INFO(name);
        CHECK(std::isnan(value));
    }

    // 6 frame pairs at 24 fps = 0.25 s: speeds yes, smoothness and impacts no.
    const auto stats = estimateAll(pannedClip(makeTexture(7), smoothPan(24, 0.25, 20)), 24);
    const auto values = shotMetrics(stats, 24);
    CHECK_FALSE(std::isnan(metric(values, "motion_mean")));
    CHECK(std::isnan(metric(values, "motion_smoothness")));
    CHECK(std::isnan(metric(values, "impacts_per_min")));
}

TEST_CASE("a static shot has no motion", "[motion]")
{
    const cv::Mat frame = viewOf(makeTexture(8), {0, 0});
    const std::vector<cv::Mat> frames(24, frame);
    const auto values = shotMetrics(estimateAll(frames, 24), 24);
    CHECK(metric(values, "motion_mean") < 0.05);
    CHECK(metric(values, "camera_motion") < 0.05);
    CHECK(metric(values, "subject_motion") < 0.05);
    CHECK(metric(values, "impacts_per_min") == 0.0);
    // Nothing moves: there is no motion whose smoothness or direction could be judged.
    CHECK(std::isnan(metric(values, "motion_smoothness")));
    CHECK(std::isnan(metric(values, "direction_entropy")));
}

TEST_CASE("a jittered copy is less smooth and has more impacts than the original", "[motion]")
{
    const double fps = 24;
    const cv::Mat texture = makeTexture(9);
    const auto positions = smoothPan(fps, 3.0, 30.0);
    const auto original = shotMetrics(estimateAll(pannedClip(texture, positions), fps), fps);
    const auto shaken =
        shotMetrics(estimateAll(pannedClip(texture, jittered(positions, 1.0)), fps), fps);

    const double smoothOriginal = metric(original, "motion_smoothness");
    const double smoothShaken = metric(shaken, "motion_smoothness");
    const double impactsOriginal = metric(original, "impacts_per_min");
    const double impactsShaken = metric(shaken, "impacts_per_min");
    INFO("smoothness " << smoothOriginal << " vs " << smoothShaken << "; impacts/min "
                       << impactsOriginal << " vs " << impactsShaken);
    CHECK(smoothOriginal > smoothShaken + 2.0);
    CHECK(impactsShaken > impactsOriginal);
    CHECK(impactsOriginal == 0.0);
    // The pan itself is unchanged by the jitter (zero-mean offsets).
    CHECK(metric(shaken, "camera_pan") == Approx(metric(original, "camera_pan")).epsilon(0.1));
}

TEST_CASE("24 fps and 60 fps copies of one motion give the same speeds", "[motion]")
{
    const cv::Mat texture = makeTexture(10);
    const auto at24 =
        shotMetrics(estimateAll(pannedClip(texture, smoothPan(24, 2.0, 25.0)), 24), 24);
    const auto at60 =
        shotMetrics(estimateAll(pannedClip(texture, smoothPan(60, 2.0, 25.0)), 60), 60);
    // Mean of the raised cosine = half its peak; the pan is leftwards camera motion.
    const double expectedMean = std::hypot(25.0, 0.3 * 25.0) / 2;
    for (const auto* values : {&at24, &at60}) {
        CHECK(metric(*values, "motion_mean") == Approx(expectedMean).epsilon(0.05));
        CHECK(metric(*values, "camera_pan") == Approx(-25.0 / 2).epsilon(0.05));
    }
    CHECK(metric(at60, "motion_mean") == Approx(metric(at24, "motion_mean")).epsilon(0.03));
    CHECK(metric(at60, "camera_motion") == Approx(metric(at24, "camera_motion")).epsilon(0.03));
    CHECK(metric(at60, "camera_pan") == Approx(metric(at24, "camera_pan")).epsilon(0.03));
    CHECK(metric(at60, "camera_tilt") == Approx(metric(at24, "camera_tilt")).epsilon(0.05));
    // Smoothness is read on a common 24 Hz time base.
    CHECK(std::abs(metric(at60, "motion_smoothness") - metric(at24, "motion_smoothness")) < 1.0);
    CHECK(metric(at24, "impacts_per_min") == 0.0);
    CHECK(metric(at60, "impacts_per_min") == 0.0);
}

TEST_CASE("motion is deterministic across objects, threads and call order", "[motion]")
{
    const double fps = 24;
    const auto frames = pannedClip(makeTexture(11), jittered(smoothPan(fps, 1.5, 20.0), 0.7));
    const auto reference = estimateAll(frames, fps);

    // Two threads with their own estimators, each taking every other pair, in reverse order.
    std::vector<MotionFrameStats> parallel(reference.size());
    const auto worker = [&](std::size_t parity) {
        diptych::analysis::MotionEstimator estimator;
        for (std::size_t t = frames.size() - 1; t >= 1; --t)
            if (t % 2 == parity)
                parallel[t - 1] = estimator.estimate(frames[t - 1], frames[t], fps);
    };
    std::thread even(worker, 0);
    std::thread odd(worker, 1);
    even.join();
    odd.join();

    for (std::size_t i = 0; i < reference.size(); ++i) {
        INFO("pair " << i);
        CHECK(sameStats(reference[i], parallel[i]));
    }
    const auto a = shotMetrics(reference, fps);
    const auto b = shotMetrics(parallel, fps);
    REQUIRE(a.numbers.size() == b.numbers.size());
    for (std::size_t i = 0; i < a.numbers.size(); ++i) {
        INFO(a.numbers[i].first);
        CHECK((sameBits(a.numbers[i].second, b.numbers[i].second) ||
               (std::isnan(a.numbers[i].second) && std::isnan(b.numbers[i].second))));
    }
}

TEST_CASE("subject motion in one direction has a low direction entropy", "[motion]")
{
    const double fps = 24;
    const cv::Mat background = viewOf(makeTexture(12), {0, 0});
    const std::vector<cv::Mat> objects{makeTexture(13, 40, 40), makeTexture(14, 40, 40),
                                       makeTexture(15, 40, 40), makeTexture(16, 40, 40)};
    // Four squares, each moving 3 px/frame; `spread` sends them right, down, left and up,
    // otherwise they all move right.
    const auto clip = [&](bool spread) {
        const cv::Point start[4] = {{20, 20}, {200, 20}, {200, 120}, {100, 120}};
        const cv::Point spreadStep[4] = {{3, 0}, {0, 3}, {-3, 0}, {0, -3}};
        std::vector<cv::Mat> frames;
        for (int k = 0; k < 13; ++k) {
            cv::Mat frame = background.clone();
            for (int i = 0; i < 4; ++i) {
                const cv::Point step = spread ? spreadStep[i] : cv::Point(3, 0);
                const cv::Point at = start[i] + k * step;
                objects[static_cast<std::size_t>(i)].copyTo(frame(cv::Rect(at, cv::Size(40, 40))));
            }
            frames.push_back(frame);
        }
        return shotMetrics(estimateAll(frames, fps), fps);
    };
    const auto oneWay = clip(false);
    const auto fourWays = clip(true);
    INFO("entropy " << metric(oneWay, "direction_entropy") << " vs "
                    << metric(fourWays, "direction_entropy"));
    CHECK(metric(oneWay, "direction_entropy") < 0.4);
    CHECK(metric(fourWays, "direction_entropy") > 0.6);
    for (const auto* values : {&oneWay, &fourWays}) {
        CHECK(metric(*values, "subject_motion") > 1.0);
        CHECK(metric(*values, "camera_motion") < 0.2 * metric(*values, "subject_motion"));
    }
}
