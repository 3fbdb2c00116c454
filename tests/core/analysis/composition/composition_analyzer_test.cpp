#include "analysis/composition/composition_analyzer.h"
#include "analysis/composition/composition_shot_accumulator.h"
#include "analysis/composition/face_detector.h"

#include <catch2/catch.hpp>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <string>

using namespace diptych;
using namespace diptych::analysis;
using namespace diptych::analysis::composition;

namespace {

AnalysisFrame makeFrame(const cv::Mat& bgr, bool isSample)
{
    AnalysisFrame frame;
    frame.bgr = bgr;
    cv::cvtColor(bgr, frame.gray, cv::COLOR_BGR2GRAY);
    frame.isSample = isSample;
    if (isSample)
        cv::resize(bgr, frame.detail, cv::Size(kDetailWidth, bgr.rows * kDetailWidth / bgr.cols), 0,
                   0, cv::INTER_LINEAR);
    return frame;
}

} // namespace

TEST_CASE("The saliency centroid of a single bright blob lands on the blob",
          "[analysis][composition][saliency]")
{
    CompositionAnalyzer analyzer;
    struct Blob
    {
        int x, y;
    };
    const auto blob = GENERATE(Blob{240, 60}, Blob{70, 130}, Blob{160, 90});
    cv::Mat bgr(180, 320, CV_8UC3, cv::Scalar(15, 15, 15));
    cv::circle(bgr, cv::Point(blob.x, blob.y), 12, cv::Scalar(235, 235, 235), cv::FILLED);
    const CompositionFrameStats stats = analyzer.measure(makeFrame(bgr, false));
    CAPTURE(blob.x, blob.y, stats.saliencyX * 320, stats.saliencyY * 180);
    CHECK(stats.saliencyX * 320 == Approx(blob.x).margin(10));
    CHECK(stats.saliencyY * 180 == Approx(blob.y).margin(10));
    CHECK(stats.saliencyCenterDist ==
          Approx(std::hypot(blob.x / 320.0 - 0.5, blob.y / 180.0 - 0.5)).margin(0.05));
}

TEST_CASE("Sampled extras run only on sampled frames", "[analysis][composition]")
{
    CompositionAnalyzer analyzer;
    cv::Mat bgr(180, 320, CV_8UC3);
    cv::RNG(9).fill(bgr, cv::RNG::UNIFORM, 0, 256);
    const CompositionFrameStats every = analyzer.measure(makeFrame(bgr, false));
    CHECK_FALSE(every.sampled);
    CHECK(std::isnan(every.clutter));
    CHECK(std::isnan(every.faceCount));
    CHECK(std::isfinite(every.symmetryLr));
    CHECK(std::isfinite(every.edgeDensity));

    const CompositionFrameStats sampled = analyzer.measure(makeFrame(bgr, true));
    CHECK(sampled.sampled);
    CHECK(sampled.clutter > 0.0);
    CHECK(sampled.symmetryLr == every.symmetryLr); // deterministic, same every-frame values
    CHECK(sampled.saliencyX == every.saliencyX);
}

TEST_CASE("A frame without faces gives face_count 0 and shot scale unknown",
          "[analysis][composition][faces]")
{
    REQUIRE(FaceDetector::locateCascade().has_value()); // Debian opencv-data is a build dep
    CompositionAnalyzer analyzer;
    REQUIRE(analyzer.facesAvailable());
    cv::Mat bgr(180, 320, CV_8UC3, cv::Scalar(40, 70, 90));
    cv::rectangle(bgr, cv::Rect(20, 100, 280, 60), cv::Scalar(30, 120, 60), cv::FILLED);
    CompositionShotAccumulator shot;
    for (int k = 0; k < 6; ++k) {
        const AnalysisFrame frame = makeFrame(bgr, k % 2 == 0);
        const CompositionFrameStats stats = analyzer.measure(frame);
        if (frame.isSample) {
            CHECK(stats.faceCount == 0.0);
            CHECK(stats.faceSize == 0.0);
        }
        shot.add(frame, stats);
    }
    const ShotMetricValues values = shot.finish();
    double faceCount = -1, faceSize = 0;
    for (const auto& [name, value] : values.numbers) {
        if (name == "face_count")
            faceCount = value;
        if (name == "face_size")
            faceSize = value;
    }
    CHECK(faceCount == 0.0);
    CHECK(std::isnan(faceSize));
    REQUIRE(values.texts.size() == 1);
    CHECK(values.texts[0].first == "shot_scale");
    CHECK(values.texts[0].second == "unknown");
}
