#include "analysis/composition/shot_scale.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace diptych::analysis::composition;

TEST_CASE("Face sizes map to shot scales", "[analysis][composition][scale]")
{
    CHECK(toString(shotScaleFromFaceSize(0.80)) == "ECU");
    CHECK(toString(shotScaleFromFaceSize(0.55)) == "ECU");
    CHECK(toString(shotScaleFromFaceSize(0.54)) == "CU");
    CHECK(toString(shotScaleFromFaceSize(0.40)) == "CU");
    CHECK(toString(shotScaleFromFaceSize(0.27)) == "MCU");
    CHECK(toString(shotScaleFromFaceSize(0.20)) == "MS");
    CHECK(toString(shotScaleFromFaceSize(0.13)) == "MLS");
    CHECK(toString(shotScaleFromFaceSize(0.10)) == "MLS");
    CHECK(toString(shotScaleFromFaceSize(0.07)) == "LS");
    CHECK(toString(shotScaleFromFaceSize(0.03)) == "ELS");
    CHECK(toString(shotScaleFromFaceSize(0.0)) == "unknown");
    CHECK(toString(shotScaleFromFaceSize(-1.0)) == "unknown");
    CHECK(toString(shotScaleFromFaceSize(std::numeric_limits<double>::quiet_NaN())) == "unknown");
    CHECK(toString(ShotScale::Unknown) == "unknown");
}

TEST_CASE("Shot scale bounds decrease from ECU to LS", "[analysis][composition][scale]")
{
    CHECK(kEcuMinRatio > kCuMinRatio);
    CHECK(kCuMinRatio > kMcuMinRatio);
    CHECK(kMcuMinRatio > kMsMinRatio);
    CHECK(kMsMinRatio > kMlsMinRatio);
    CHECK(kMlsMinRatio > kLsMinRatio);
    CHECK(kLsMinRatio > 0.0);
}
