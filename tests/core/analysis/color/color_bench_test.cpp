// Per-frame costs of the colour metrics. Hidden: run with  test_core_color "[.bench]"
#include "analysis/color/color_shot_accumulator.h"

#include <catch2/catch.hpp>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <ctime>
#include <iostream>

using namespace diptych::analysis;
using namespace diptych::analysis::color;

namespace {

template <typename F>
double millisecondsPerCall(int repeats, F&& call)
{
    // Thread CPU time, not wall time: the build machine is shared, and with
    // cv::setNumThreads(1) all the work runs on this thread.
    const auto now = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) * 1e-6;
    };
    call(); // warm-up
    const double start = now();
    for (int i = 0; i < repeats; ++i)
        call();
    return (now() - start) / repeats;
}

} // namespace

TEST_CASE("Colour per-frame cost", "[.bench]")
{
    cv::setNumThreads(1);
    cv::Mat bgr(180, 320, CV_8UC3, cv::Scalar(60, 80, 100));
    cv::RNG rng(42);
    for (int i = 0; i < 60; ++i)
        cv::circle(bgr, cv::Point(rng.uniform(0, 320), rng.uniform(0, 180)), rng.uniform(4, 50),
                   cv::Scalar(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256)),
                   cv::FILLED);
    cv::Mat noise(bgr.size(), CV_8UC3);
    rng.fill(noise, cv::RNG::UNIFORM, 0, 12);
    bgr += noise;

    const double frame = millisecondsPerCall(300, [&] { (void)measureColor(bgr); });
    const double lab = millisecondsPerCall(300, [&] { (void)bgrToLab(bgr); });
    AnalysisFrame analysisFrame;
    analysisFrame.bgr = bgr;
    analysisFrame.isSample = true;
    const ColorFrameStats stats = measureColor(bgr);
    ColorShotAccumulator shot;
    const double add = millisecondsPerCall(300, [&] { shot.add(analysisFrame, stats); });
    const double finish = millisecondsPerCall(5, [&] { (void)shot.finish(); });
    std::cout << "color measureColor: " << frame << " ms (bgrToLab " << lab << " ms)\n"
              << "color accumulator add (sampled frame): " << add << " ms\n"
              << "color finish (k-means on full pool): " << finish << " ms\n";
    CHECK(frame > 0);
}
