#include "analysis/color/color_frame_stats.h"
#include "cielab_reference.h"
#include "film_like_frame.h"

#include <catch2/catch.hpp>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace diptych;
using namespace diptych::analysis::color;

namespace {

cv::Mat uniform(int red, int green, int blue)
{
    return cv::Mat(180, 320, CV_8UC3, cv::Scalar(blue, green, red));
}

// bgrToLab interpolates a table of the cube root; its error is well below this.
constexpr double kLabTolerance = 0.01;

} // namespace

TEST_CASE("A uniform colour frame gives its exact CIELAB values, chroma and hue bin",
          "[analysis][color]")
{
    struct Case
    {
        int r, g, b;
    };
    const auto c = GENERATE(Case{200, 120, 50}, Case{40, 130, 140}, Case{30, 60, 200},
                            Case{250, 240, 80}, Case{90, 160, 60}, Case{128, 128, 128});
    CAPTURE(c.r, c.g, c.b);
    const LabColor expected = test::referenceLab(c.r, c.g, c.b);
    const ColorFrameStats stats = measureColor(uniform(c.r, c.g, c.b));

    CHECK(stats.meanLab.L == Approx(expected.L).margin(kLabTolerance));
    CHECK(stats.meanLab.a == Approx(expected.a).margin(kLabTolerance));
    CHECK(stats.meanLab.b == Approx(expected.b).margin(kLabTolerance));
    CHECK(stats.warmth() == stats.meanLab.b);

    const double expectedChroma = std::hypot(expected.a, expected.b);
    CHECK(stats.chromaMean == Approx(expectedChroma).margin(kLabTolerance));

    double hueTotal = 0;
    for (double mass : stats.hueMass)
        hueTotal += mass;
    if (expectedChroma < kAchromaticChroma) {
        CHECK(hueTotal == 0.0);
    } else {
        double hue = std::atan2(expected.b, expected.a) * 180.0 / std::numbers::pi;
        if (hue < 0)
            hue += 360.0;
        const auto bin = std::size_t(hue / 30.0);
        CAPTURE(hue);
        // A uniform frame puts all of its chroma into one bin.
        CHECK(stats.hueMass[bin] == Approx(expectedChroma).margin(kLabTolerance));
        CHECK(hueTotal == Approx(stats.hueMass[bin]));
    }

    // Hasler–Süsstrunk on a uniform frame: no spread, so M = 0.3·|(μ_rg, μ_yb)|.
    const double rg = c.r - c.g;
    const double yb = 0.5 * (c.r + c.g) - c.b;
    CHECK(stats.colorfulness == Approx(0.3 * std::hypot(rg, yb)).margin(1e-9));
    CHECK(stats.contrastRms == 0.0);
    CHECK(std::isnan(stats.splitTone)); // no pixel is brighter than P67
}

TEST_CASE("Grey has zero colourfulness, near-zero chroma and an empty hue histogram",
          "[analysis][color]")
{
    const auto level = GENERATE(0, 17, 128, 255);
    const ColorFrameStats stats = measureColor(uniform(level, level, level));
    CHECK(stats.colorfulness == 0.0);
    CHECK(stats.chromaMean < 0.01);
    for (double mass : stats.hueMass)
        CHECK(mass == 0.0);
    CHECK(stats.tealOrangeIndex == 0.0);
    CHECK(stats.lumaMean == Approx(level / 255.0).margin(1e-12));
}

TEST_CASE("Luma percentiles and RMS contrast of constructed images", "[analysis][color]")
{
    SECTION("half black, half white")
    {
        cv::Mat image = uniform(0, 0, 0);
        image.rowRange(90, 180).setTo(cv::Scalar::all(255));
        const ColorFrameStats stats = measureColor(image);
        CHECK(stats.lumaMean == Approx(0.5));
        CHECK(stats.contrastRms == Approx(0.5));
        CHECK(stats.lumaP05 == 0.0);
        CHECK(stats.lumaP50 == 0.0); // half the pixels are at or below 0
        CHECK(stats.lumaP95 == 1.0);
    }
    SECTION("a ramp with every grey level equally often")
    {
        cv::Mat image(100, 256, CV_8UC3);
        for (int x = 0; x < 256; ++x)
            image.col(x).setTo(cv::Scalar::all(x));
        const ColorFrameStats stats = measureColor(image);
        // P_q = smallest v with (v + 1)/256 ≥ q.
        CHECK(stats.lumaP05 == Approx(12 / 255.0));
        CHECK(stats.lumaP50 == Approx(127 / 255.0));
        CHECK(stats.lumaP95 == Approx(243 / 255.0));
        CHECK(stats.lumaMean == Approx(127.5 / 255.0));
        CHECK(stats.contrastRms == Approx(std::sqrt((256.0 * 256.0 - 1.0) / 12.0) / 255.0));
        CHECK(stats.pixelCount == 25600);
        for (std::size_t v = 0; v < 256; ++v)
            CHECK(stats.lumaHistogram[v] == 100);
    }
}

TEST_CASE("Half orange, half teal gives the teal-orange index of its chroma gates",
          "[analysis][color]")
{
    const int orange[3] = {235, 140, 40};
    const int teal[3] = {0, 150, 170};
    cv::Mat image = uniform(orange[0], orange[1], orange[2]);
    image.colRange(160, 320).setTo(cv::Scalar(teal[2], teal[1], teal[0]));

    const auto gate = [](const LabColor& lab) {
        const double c = std::hypot(lab.a, lab.b);
        return std::clamp(
            (c - kTealOrangeChromaLow) / (kTealOrangeChromaHigh - kTealOrangeChromaLow), 0.0, 1.0);
    };
    const LabColor o = test::referenceLab(orange[0], orange[1], orange[2]);
    const LabColor t = test::referenceLab(teal[0], teal[1], teal[2]);
    REQUIRE(hueDegrees(o) > kOrangeHueMin + 2);
    REQUIRE(hueDegrees(o) < kOrangeHueMax - 2);
    REQUIRE(hueDegrees(t) > kTealHueMin + 2);
    REQUIRE(hueDegrees(t) < kTealHueMax - 2);

    const ColorFrameStats stats = measureColor(image);
    CHECK(stats.orangeMass == Approx(0.5 * gate(o)).margin(2e-3));
    CHECK(stats.tealMass == Approx(0.5 * gate(t)).margin(2e-3));
    CHECK(stats.tealOrangeIndex ==
          Approx(2.0 * std::min(0.5 * gate(o), 0.5 * gate(t))).margin(4e-3));
    CHECK(stats.tealOrangeIndex > 0.5);

    // The same frame with the teal half turned grey has no teal, so no index.
    image.colRange(160, 320).setTo(cv::Scalar::all(128));
    CHECK(measureColor(image).tealOrangeIndex == 0.0);
}

TEST_CASE("Warm highlights over cool shadows give a positive split-tone index", "[analysis][color]")
{
    cv::Mat image = uniform(20, 40, 90);                      // dark blue shadows
    image.rowRange(0, 60).setTo(cv::Scalar(120, 120, 120));   // mid grey
    image.rowRange(120, 180).setTo(cv::Scalar(80, 180, 250)); // bright orange highlights
    const ColorFrameStats graded = measureColor(image);
    CHECK(graded.splitTone > 30.0);

    cv::Mat reversed = uniform(90, 50, 20); // dark orange-brown shadows
    reversed.rowRange(0, 60).setTo(cv::Scalar(120, 120, 120));
    reversed.rowRange(120, 180).setTo(cv::Scalar(250, 220, 150)); // bright sky blue
    CHECK(measureColor(reversed).splitTone < -10.0);
}

TEST_CASE("measureColor is deterministic", "[analysis][color]")
{
    cv::Mat image(180, 320, CV_8UC3);
    cv::RNG(7).fill(image, cv::RNG::UNIFORM, 0, 256);
    const ColorFrameStats x = measureColor(image);
    const ColorFrameStats y = measureColor(image);
    CHECK(x.meanLab.L == y.meanLab.L);
    CHECK(x.meanLab.a == y.meanLab.a);
    CHECK(x.chromaMean == y.chromaMean);
    CHECK(x.hueMass == y.hueMass);
    CHECK(x.colorfulness == y.colorfulness);
    CHECK(x.splitTone == y.splitTone);
}

TEST_CASE("Light reads every pixel, colour every second pixel of every second row",
          "[analysis][color]")
{
    static_assert(kColorPixelStride == 2);
    // Grey where both coordinates are even (the sampling grid), saturated red elsewhere.
    cv::Mat image = uniform(230, 20, 20);
    for (int y = 0; y < image.rows; y += 2)
        for (int x = 0; x < image.cols; x += 2)
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(128, 128, 128);
    const ColorFrameStats stats = measureColor(image);
    const ColorFrameStats grey = measureColor(uniform(128, 128, 128));
    const ColorFrameStats red = measureColor(uniform(230, 20, 20));

    // Colour: only the grey grid was read.
    CHECK(stats.chromaMean == Approx(grey.chromaMean).margin(1e-9));
    CHECK(stats.meanLab.L == Approx(grey.meanLab.L).margin(1e-9));
    CHECK(stats.colorfulness == Approx(0.0).margin(1e-9));
    // Light: every pixel, a quarter grey and three quarters red.
    CHECK(stats.pixelCount == 320u * 180u);
    CHECK(stats.lumaHistogram[128] == 320u * 180u / 4);
    CHECK(stats.lumaMean == Approx(0.25 * grey.lumaMean + 0.75 * red.lumaMean).epsilon(1e-12));
    CHECK(stats.contrastRms ==
          Approx(std::sqrt(0.25 * 0.75) * (grey.lumaMean - red.lumaMean)).epsilon(1e-9));
}

TEST_CASE("On a film-like frame the sampled colour statistics are close to every pixel's",
          "[analysis][color]")
{
    const cv::Mat image = test::filmLikeFrame(cv::Size(320, 180), 11);
    // A copy enlarged 2x by pixel repetition: its sampling grid reads every pixel of `image`.
    cv::Mat enlarged;
    cv::resize(image, enlarged, cv::Size(), 2.0, 2.0, cv::INTER_NEAREST);
    const ColorFrameStats sampled = measureColor(image);
    const ColorFrameStats every = measureColor(enlarged);

    CHECK(sampled.meanLab.L == Approx(every.meanLab.L).margin(0.5));
    CHECK(sampled.meanLab.a == Approx(every.meanLab.a).margin(0.5));
    CHECK(sampled.meanLab.b == Approx(every.meanLab.b).margin(0.5));
    CHECK(sampled.chromaMean == Approx(every.chromaMean).epsilon(0.02));
    CHECK(sampled.colorfulness == Approx(every.colorfulness).epsilon(0.02));
    CHECK(sampled.tealOrangeIndex == Approx(every.tealOrangeIndex).margin(0.01));
    CHECK(sampled.splitTone == Approx(every.splitTone).margin(1.0));
    // ... and differ from them at all, so this test would notice a change of the grid.
    CHECK(sampled.meanLab.L != every.meanLab.L);
}
