#include "analysis/motion/motion_estimator.h"

#include "motion_test_clips.h"

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

#include <cmath>

using diptych::analysis::MotionEstimator;
using diptych::analysis::MotionFrameStats;
using namespace diptych::test;

namespace {

/// px/frame at analysis width -> %W/s.
double toSpeed(double pxPerFrame, double fps)
{
    return pxPerFrame * fps / kMotionWidth * 100.0;
}

} // namespace

TEST_CASE("a global translation is measured as pan and tilt in %W/s", "[motion]")
{
    const cv::Mat texture = makeTexture(1);
    const double fps = 24;
    // The picture moves 2 px right and 1 px down per frame: the camera pans left, tilts up.
    const cv::Point2d step(2.0, 1.0);
    MotionEstimator estimator;
    const MotionFrameStats s =
        estimator.estimate(viewOf(texture, {0, 0}), viewOf(texture, step), fps);

    const double expectedPan = -toSpeed(step.x, fps); // -15 %W/s
    const double expectedTilt = toSpeed(step.y, fps); // 7.5 %W/s
    CHECK(s.pan == Approx(expectedPan).epsilon(0.03));
    CHECK(s.tilt == Approx(expectedTilt).epsilon(0.03));
    CHECK(std::abs(s.zoom) < 0.5);
    CHECK(std::abs(s.roll) < 0.5);
    const double speed = std::hypot(expectedPan, expectedTilt);
    CHECK(s.cameraSpeed == Approx(speed).epsilon(0.03));
    CHECK(s.meanSpeed == Approx(speed).epsilon(0.05));
    CHECK(s.subjectSpeed < 0.05 * speed);
    CHECK(s.inlierRatio > 0.9);
}

TEST_CASE("a zoom about the centre is measured as a positive zoom rate", "[motion]")
{
    const cv::Mat texture = makeTexture(2);
    const double fps = 25;
    const double scalePerFrame = 1.01;
    MotionEstimator estimator;
    const MotionFrameStats in = estimator.estimate(viewOf(texture, {0, 0}, 1.0),
                                                   viewOf(texture, {0, 0}, scalePerFrame), fps);
    const double expected = 100.0 * std::log(scalePerFrame) * fps; // ≈ 24.9 %/s
    CHECK(in.zoom == Approx(expected).epsilon(0.05));
    CHECK(std::abs(in.pan) < 0.5);
    CHECK(std::abs(in.tilt) < 0.5);
    CHECK(in.cameraSpeed > 2.0);
    CHECK(in.subjectSpeed < 0.2 * in.cameraSpeed);

    const MotionFrameStats out = estimator.estimate(viewOf(texture, {0, 0}, scalePerFrame),
                                                    viewOf(texture, {0, 0}, 1.0), fps);
    CHECK(out.zoom == Approx(-expected).epsilon(0.05));
}

TEST_CASE("a roll is measured in degrees per second", "[motion]")
{
    const cv::Mat texture = makeTexture(3);
    const cv::Mat first = viewOf(texture, {0, 0});
    // The picture turns 0.5° clockwise on screen (positive angle in image coordinates):
    // the camera rolls counter-clockwise, a negative roll.
    const cv::Point2f centre((kMotionWidth - 1) * 0.5f, (kMotionHeight - 1) * 0.5f);
    const cv::Mat rotation = cv::getRotationMatrix2D(centre, -0.5, 1.0);
    const cv::Mat bigger = viewOf(texture, {0, 0}, 1.0);
    cv::Mat second;
    cv::warpAffine(bigger, second, rotation, bigger.size(), cv::INTER_LINEAR, cv::BORDER_REFLECT);
    MotionEstimator estimator;
    const MotionFrameStats s = estimator.estimate(first, second, 24);
    CHECK(s.roll == Approx(-0.5 * 24).epsilon(0.1));
    CHECK(std::abs(s.zoom) < 1.0);
}

TEST_CASE("a static picture has no motion", "[motion]")
{
    const cv::Mat frame = viewOf(makeTexture(4), {0, 0});
    MotionEstimator estimator;
    const MotionFrameStats s = estimator.estimate(frame, frame.clone(), 24);
    CHECK(s.meanSpeed < 0.05);
    CHECK(s.p90Speed < 0.05);
    CHECK(s.cameraSpeed < 0.05);
    CHECK(s.subjectSpeed < 0.05);
    CHECK(std::abs(s.pan) < 0.05);
    CHECK(std::abs(s.tilt) < 0.05);
    CHECK(std::abs(s.zoom) < 0.05);
    CHECK(std::abs(s.roll) < 0.05);
    for (const double bin : s.subjectDirections)
        CHECK(bin == 0.0);
}

TEST_CASE("an object moving on a static background is subject motion", "[motion]")
{
    const cv::Mat background = viewOf(makeTexture(5), {0, 0});
    const cv::Mat object = makeTexture(6, 60, 60);
    const auto frameWithObjectAt = [&](int x) {
        cv::Mat frame = background.clone();
        object.copyTo(frame(cv::Rect(x, 60, object.cols, object.rows)));
        return frame;
    };
    MotionEstimator estimator;
    // The object moves 4 px right per frame.
    const MotionFrameStats s =
        estimator.estimate(frameWithObjectAt(100), frameWithObjectAt(104), 24);
    CHECK(s.cameraSpeed < 0.5);
    CHECK(std::abs(s.pan) < 0.5);
    // The object covers 1/16 of the frame, moving at 30 %W/s: about 1.9 %W/s on average.
    CHECK(s.subjectSpeed > 1.0);
    CHECK(s.subjectSpeed > 5 * s.cameraSpeed);
    CHECK(s.p90Speed > s.meanSpeed);
    // Mostly rightwards (sector 0).
    double total = 0;
    for (const double bin : s.subjectDirections)
        total += bin;
    CHECK(s.subjectDirections[0] > 0.5 * total);
}

TEST_CASE("invalid frames are rejected", "[motion]")
{
    MotionEstimator estimator;
    const cv::Mat gray(180, 320, CV_8UC1, cv::Scalar(0));
    const cv::Mat color(180, 320, CV_8UC3, cv::Scalar(0, 0, 0));
    const cv::Mat smaller(90, 160, CV_8UC1, cv::Scalar(0));
    CHECK_THROWS(estimator.estimate(gray, color, 24));
    CHECK_THROWS(estimator.estimate(gray, smaller, 24));
    CHECK_THROWS(estimator.estimate(gray, gray, 0));
}
