// The pipeline's building blocks: ordered parallel work, shot lists and film statistics.
#include "analysis/film_statistics.h"
#include "analysis/pipeline/analysis_settings.h"
#include "analysis/pipeline/frame_measurer.h"
#include "analysis/pipeline/ordered_work_queue.h"
#include "analysis/segmentation/shot_list.h"
#include "common/error.h"

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

#include <chrono>
#include <cmath>
#include <random>
#include <stdexcept>
#include <thread>

using namespace diptych;

namespace {
struct Context
{
    int calls = 0;
};
} // namespace

TEST_CASE("the work queue returns results in submission order whatever order workers finish",
          "[analysis][pipeline]")
{
    analysis::OrderedWorkQueue<Context, int, int> queue(
        3, 4, [] { return std::make_unique<Context>(); },
        [](Context& context, const int& input) {
            ++context.calls;
            // Uneven work so that later items often finish first.
            std::this_thread::sleep_for(std::chrono::microseconds((input * 7919) % 3000));
            return input * input;
        });
    std::vector<int> out;
    for (int i = 0; i < 40; ++i) {
        while (queue.inFlightCount() >= 4)
            out.push_back(*queue.take());
        queue.submit(i);
    }
    while (auto value = queue.take())
        out.push_back(*value);
    REQUIRE(out.size() == 40);
    for (int i = 0; i < 40; ++i)
        CHECK(out[std::size_t(i)] == i * i);
    CHECK_FALSE(queue.tryTake());
}

TEST_CASE("a worker's exception reaches the submitting thread", "[analysis][pipeline]")
{
    analysis::OrderedWorkQueue<Context, int, int> queue(
        2, 2, [] { return std::make_unique<Context>(); },
        [](Context&, const int& input) -> int {
            if (input == 3)
                throw std::runtime_error("bad frame 3");
            return input;
        });
    const auto run = [&] {
        for (int i = 0; i < 10; ++i) {
            while (queue.inFlightCount() >= 2)
                (void)queue.take();
            queue.submit(i);
        }
        while (queue.take()) {
        }
    };
    REQUIRE_THROWS_WITH(run(), "bad frame 3");
}

TEST_CASE("boundaries become a gap-free shot list", "[analysis][pipeline]")
{
    using analysis::ShotBoundary;
    using model::TransitionKind;
    const std::vector<ShotBoundary> boundaries = {
        {30, 31, TransitionKind::Cut},
        {50, 60, TransitionKind::Dissolve}, // midpoint 55
        {55, 56, TransitionKind::Cut},      // same frame as the previous split: ignored
        {100, 101, TransitionKind::Cut},    // at the end: ignored
    };
    const auto shots = analysis::shotsFromBoundaries(boundaries, 100);
    REQUIRE(shots.size() == 3);
    CHECK(shots[0].startFrame == 0);
    CHECK(shots[0].endFrame == 30);
    CHECK(shots[0].transition == TransitionKind::None);
    CHECK(shots[1].endFrame == 55);
    CHECK(shots[2].startFrame == 55);
    CHECK(shots[2].transition == TransitionKind::Dissolve);
    CHECK(shots[2].transitionFrames == 10);
    CHECK(shots[2].endFrame == 100);
    CHECK(analysis::shotsFromBoundaries({}, 0).empty());
}

TEST_CASE("film statistics follow Cinemetrics conventions", "[analysis][pipeline]")
{
    const auto s = analysis::computeFilmStatistics({1.0, 2.0, 3.0, 4.0, 10.0}, 5);
    CHECK(s.shotCount == 5);
    CHECK(s.durationSeconds == Approx(20.0));
    CHECK(s.averageShotLength == Approx(4.0));
    CHECK(s.medianShotLength == Approx(3.0));
    CHECK(s.q25 == Approx(2.0));
    CHECK(s.q75 == Approx(4.0));
    CHECK(s.interquartileRange == Approx(2.0));
    CHECK(s.standardDeviation == Approx(std::sqrt(50.0 / 4.0)));
    CHECK(s.lognormalMu ==
          Approx((std::log(1.0) + std::log(2.0) + std::log(3.0) + std::log(4.0) + std::log(10.0)) /
                 5.0));
    CHECK(s.histogram == std::vector<int>{0, 1, 1, 1, 2}); // 10 s lands in the last bin
    const auto empty = analysis::computeFilmStatistics({});
    CHECK(empty.shotCount == 0);
}

TEST_CASE("analysis settings round-trip and reject bad values", "[analysis][pipeline]")
{
    analysis::AnalysisSettings settings;
    settings.samplesPerSecond = 3;
    settings.segmentation.minShotFrames = 12;
    const auto back = analysis::AnalysisSettings::fromJson(settings.toJson());
    CHECK(back.toJson() == settings.toJson());
    CHECK(analysis::AnalysisSettings::fromJson(nlohmann::json::object()).toJson() ==
          analysis::AnalysisSettings{}.toJson());
    CHECK_THROWS_AS(analysis::AnalysisSettings::fromJson({{"samples_per_second", 0}}), Error);
    CHECK_THROWS_AS(analysis::AnalysisSettings::fromJson({{"samples_per_second", "x"}}), Error);
    CHECK_THROWS_AS(analysis::AnalysisSettings::fromJson(nlohmann::json::array()), Error);
}

TEST_CASE("composition is measured on every second frame and on every sampled frame",
          "[analysis][pipeline]")
{
    cv::Mat bgr(180, 320, CV_8UC3, cv::Scalar(40, 90, 160));
    cv::rectangle(bgr, cv::Rect(30, 40, 90, 60), cv::Scalar(220, 220, 220), cv::FILLED);
    analysis::FrameMeasurer measurer;
    const auto measure = [&](model::Frame index, bool sample) {
        analysis::FrameTask task;
        task.frame.index = index;
        task.frame.bgr = bgr;
        cv::cvtColor(bgr, task.frame.gray, cv::COLOR_BGR2GRAY);
        task.frame.isSample = sample;
        task.fps = 24;
        return measurer.measure(task).composition;
    };
    CHECK(std::isfinite(measure(4, false).edgeDensity));
    CHECK(std::isfinite(measure(4, false).symmetryLr));
    CHECK(std::isnan(measure(5, false).edgeDensity));
    CHECK(std::isnan(measure(5, false).symmetryLr));
    const auto sampledOdd = measure(7, true);
    CHECK(std::isfinite(sampledOdd.edgeDensity));
    CHECK(sampledOdd.sampled);
    CHECK(std::isfinite(sampledOdd.clutter));
}
