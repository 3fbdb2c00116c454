// Per-frame costs of the colour metrics. Hidden: run with  test_core_color "[.bench]"
#include "analysis/color/color_shot_accumulator.h"

#include "cpu_timer.h"

#include <catch2/catch.hpp>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <iostream>

using namespace diptych::analysis;
using namespace diptych::analysis::color;

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

    const double frame = diptych::test::millisecondsPerCall(300, [&] { (void)measureColor(bgr); });
    const double lab = diptych::test::millisecondsPerCall(300, [&] { (void)bgrToLab(bgr); });
    AnalysisFrame analysisFrame;
    analysisFrame.bgr = bgr;
    analysisFrame.isSample = true;
    const ColorFrameStats stats = measureColor(bgr);
    ColorShotAccumulator shot;
    const double add =
        diptych::test::millisecondsPerCall(300, [&] { shot.add(analysisFrame, stats); });
    const double finish = diptych::test::millisecondsPerCall(5, [&] { (void)shot.finish(); });
    std::cout << "color measureColor: " << frame << " ms (bgrToLab " << lab << " ms)\n"
              << "color accumulator add (sampled frame): " << add << " ms\n"
              << "color finish (k-means on full pool): " << finish << " ms\n";
    CHECK(frame > 0);
}
