#include "analysis/segmentation/wipe_sweep.h"

#include <catch2/catch.hpp>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

using namespace diptych;
using analysis::FrameSignature;

namespace {

constexpr int kFrames = 13; // the two ends and 11 frames between them
const cv::Size kSize(320, 180);

/// A textured picture: blurred noise of the given seed, tinted.
cv::Mat texture(int seed, cv::Scalar tint)
{
    cv::RNG rng{std::uint64_t(seed)};
    cv::Mat noise(kSize, CV_8UC3);
    rng.fill(noise, cv::RNG::UNIFORM, 0, 256);
    cv::GaussianBlur(noise, noise, cv::Size(0, 0), 6.0);
    cv::normalize(noise, noise, 0, 255, cv::NORM_MINMAX);
    cv::Mat tinted;
    cv::addWeighted(noise, 0.6, cv::Mat(kSize, CV_8UC3, tint), 0.4, 0.0, tinted);
    return tinted;
}

/// Frames 0 .. kFrames - 1 going from picture a to picture b: frame t shows b where
/// `showsB(x, y, t)`, else a.
std::vector<FrameSignature> transition(const std::function<bool(int, int, int)>& showsB)
{
    const cv::Mat a = texture(1, cv::Scalar(200, 60, 20));
    const cv::Mat b = texture(2, cv::Scalar(20, 90, 220));
    std::vector<FrameSignature> frames;
    for (int t = 0; t < kFrames; ++t) {
        cv::Mat frame = a.clone();
        for (int y = 0; y < kSize.height; ++y)
            for (int x = 0; x < kSize.width; ++x)
                if (showsB(x, y, t))
                    frame.at<cv::Vec3b>(y, x) = b.at<cv::Vec3b>(y, x);
        frames.push_back(analysis::makeFrameSignature(frame, t));
    }
    return frames;
}

std::vector<FrameSignature> dissolve()
{
    const cv::Mat a = texture(1, cv::Scalar(200, 60, 20));
    const cv::Mat b = texture(2, cv::Scalar(20, 90, 220));
    std::vector<FrameSignature> frames;
    for (int t = 0; t < kFrames; ++t) {
        const double w = double(t) / (kFrames - 1);
        cv::Mat frame;
        cv::addWeighted(a, 1.0 - w, b, w, 0.0, frame);
        frames.push_back(analysis::makeFrameSignature(frame, t));
    }
    return frames;
}

analysis::WipeSweep sweepOf(const std::vector<FrameSignature>& frames)
{
    std::vector<cv::Mat> steps;
    for (std::size_t t = 1; t < frames.size(); ++t)
        steps.push_back(analysis::cellChange(frames[t - 1], frames[t]));
    std::vector<const cv::Mat*> pointers;
    for (const auto& step : steps)
        pointers.push_back(&step);
    return analysis::measureSweep(analysis::cellChange(frames.front(), frames.back()), pointers, 1);
}

/// Share of the way through the transition at frame t, 0 at frame 0 and 1 at the last.
double progress(int t)
{
    return double(t) / double(kFrames - 1);
}

} // namespace

TEST_CASE("A left-to-right wipe sweeps every cell once, in order", "[analysis][segmentation]")
{
    const auto sweep = sweepOf(
        transition([](int x, int, int t) { return x < progress(t) * double(kSize.width); }));
    CHECK(sweep.informative > 0.9);
    CHECK(sweep.swept > 0.9);
    CHECK(sweep.smooth > 0.9);
    CHECK(sweep.first <= 2.0);
    CHECK(sweep.last >= 11.0);
    CHECK(std::abs(sweep.middle - 6.0) <= 1.0);
    CHECK(analysis::edgeRegularity(sweep) > 0.95);
}

TEST_CASE("Iris and clock wipes have a regular edge too", "[analysis][segmentation]")
{
    const double cx = kSize.width / 2.0;
    const double cy = kSize.height / 2.0;
    const double radius = std::hypot(cx, cy);
    const auto iris = sweepOf(transition(
        [&](int x, int y, int t) { return std::hypot(x - cx, y - cy) < progress(t) * radius; }));
    CHECK(iris.swept > 0.8);
    CHECK(analysis::edgeRegularity(iris) > 0.95);

    const auto clock = sweepOf(transition([&](int x, int y, int t) {
        // Clockwise from twelve o'clock.
        double angle = std::atan2(double(x) - cx, cy - double(y));
        if (angle < 0)
            angle += 2.0 * CV_PI;
        return angle < progress(t) * 2.0 * CV_PI;
    }));
    CHECK(clock.swept > 0.8);
    CHECK(analysis::edgeRegularity(clock) > 0.95);
}

TEST_CASE("A dissolve sweeps nothing and a cut changes every cell at one frame",
          "[analysis][segmentation]")
{
    const auto blended = sweepOf(dissolve());
    CHECK(blended.informative > 0.9);
    CHECK(blended.swept < 0.1);

    const auto cut = sweepOf(transition([](int, int, int t) { return t >= 6; }));
    CHECK(cut.swept > 0.9);
    CHECK(cut.first == 6.0);
    CHECK(cut.last == 6.0);
}

TEST_CASE("Blocks replaced at scattered times make no regular edge", "[analysis][segmentation]")
{
    // Each 20 px block (one cell) switches at its own random frame, as where things move about.
    cv::RNG rng{7};
    cv::Mat switchAt(kSize.height / 20 + 1, kSize.width / 20 + 1, CV_32S);
    rng.fill(switchAt, cv::RNG::UNIFORM, 1, kFrames);
    const auto sweep = sweepOf(
        transition([&](int x, int y, int t) { return t >= switchAt.at<int>(y / 20, x / 20); }));
    CHECK(sweep.swept > 0.5);
    CHECK(sweep.smooth < 0.7);
    CHECK(analysis::edgeRegularity(sweep) < 0.6);
}
