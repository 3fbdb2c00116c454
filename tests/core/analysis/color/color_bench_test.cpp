// Per-frame costs of the colour metrics. Hidden: run with  test_core_color "[.bench]"
#include "analysis/color/color_shot_accumulator.h"

#include "cpu_timer.h"
#include "film_like_frame.h"

#include <catch2/catch.hpp>

#include <opencv2/core.hpp>

#include <iostream>

using namespace diptych::analysis;
using namespace diptych::analysis::color;

TEST_CASE("Colour per-frame cost", "[.bench]")
{
    cv::setNumThreads(1);
    const cv::Mat bgr = diptych::test::filmLikeFrame(cv::Size(320, 180));

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
