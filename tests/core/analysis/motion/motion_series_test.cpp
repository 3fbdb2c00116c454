#include "analysis/motion/motion_series.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>
#include <vector>

using namespace diptych::analysis::motion;

TEST_CASE("speed series keep slow frame rates and average fast ones", "[motion]")
{
    const std::vector<double> frames24{1, 2, 3, 4};
    const SpeedSeries same = resampleSpeedSeries(frames24, 24, 24);
    CHECK(same.rate == 24);
    CHECK(same.values == frames24);

    // 60 fps -> 24 Hz: windows of 2.5 frames; 6 frames make 2 full windows.
    const std::vector<double> frames60{1, 1, 3, 5, 5, 7};
    const SpeedSeries resampled = resampleSpeedSeries(frames60, 60, 24);
    CHECK(resampled.rate == 24);
    REQUIRE(resampled.values.size() == 2);
    CHECK(resampled.values[0] == Approx((1 + 1 + 0.5 * 3) / 2.5));
    CHECK(resampled.values[1] == Approx((0.5 * 3 + 5 + 5) / 2.5));
}

TEST_CASE("smoothness is a log dimensionless jerk per reference second", "[motion]")
{
    SECTION("constant speed is perfectly smooth")
    {
        const SpeedSeries constant{std::vector<double>(48, 10.0), 24};
        CHECK(speedSmoothness(constant) == Approx(-std::log(1e-6)));
    }
    SECTION("a sine speed profile has its analytic jerk")
    {
        // v = 10 + 5·sin(2π·t): j = −5·(2π)²·sin, mean j² = 25·(2π)⁴/2, v_peak = 15.
        SpeedSeries sine{{}, 240};
        for (int k = 0; k < 480; ++k)
            sine.values.push_back(10 + 5 * std::sin(2 * std::numbers::pi * k / 240.0));
        const double expected = -std::log(25 * std::pow(2 * std::numbers::pi, 4) / 2 / 225);
        CHECK(speedSmoothness(sine) == Approx(expected).epsilon(0.01));
    }
    SECTION("frame-to-frame jitter is much less smooth")
    {
        SpeedSeries smooth{{}, 24};
        SpeedSeries jittery{{}, 24};
        for (int k = 0; k < 72; ++k) {
            const double v = 10 + 5 * std::sin(2 * std::numbers::pi * k / 72.0);
            smooth.values.push_back(v);
            jittery.values.push_back(v + (k % 2 == 0 ? 1.0 : -1.0));
        }
        CHECK(speedSmoothness(smooth) > speedSmoothness(jittery) + 3);
    }
    SECTION("too short or motionless series have no smoothness")
    {
        CHECK(std::isnan(speedSmoothness(SpeedSeries{{1, 2}, 24})));
        CHECK(std::isnan(speedSmoothness(SpeedSeries{std::vector<double>(48, 0.5), 24})));
    }
}

TEST_CASE("impacts are abrupt, large, isolated speed changes", "[motion]")
{
    SECTION("one step of speed is one impact")
    {
        SpeedSeries step{std::vector<double>(48, 2.0), 24};
        for (std::size_t k = 24; k < 48; ++k)
            step.values[k] = 20.0; // +18 %W/s within 1/24 s = 432 %W/s²
        CHECK(countImpacts(step) == 1);
    }
    SECTION("a gentle ramp to the same speed is none")
    {
        SpeedSeries ramp{{}, 24};
        for (int k = 0; k < 48; ++k)
            ramp.values.push_back(2.0 + 18.0 * k / 47.0);
        CHECK(countImpacts(ramp) == 0);
    }
    SECTION("small changes of fast motion are noise, not impacts")
    {
        SpeedSeries fast{{}, 24};
        for (int k = 0; k < 48; ++k)
            fast.values.push_back(k % 8 == 0 ? 100.0 : 95.0);
        CHECK(countImpacts(fast) == 0);
    }
    SECTION("changes at the very ends of the shot are ignored")
    {
        SpeedSeries edges{std::vector<double>(48, 2.0), 24};
        edges.values[0] = 30.0;
        edges.values[47] = 30.0;
        CHECK(countImpacts(edges) == 0);
    }
    SECTION("two hits far apart are two impacts, a burst counts once")
    {
        SpeedSeries hits{std::vector<double>(96, 2.0), 24};
        hits.values[20] = 20.0; // a spike: up and down again, one event
        hits.values[60] = 25.0;
        hits.values[61] = 25.0;
        CHECK(countImpacts(hits) == 2);
    }
}
