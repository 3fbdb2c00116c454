#include "analysis/composition/shot_scale.h"

#include <cmath>

namespace diptych::analysis::composition {

ShotScale shotScaleFromFaceSize(double ratio)
{
    if (!std::isfinite(ratio) || ratio <= 0)
        return ShotScale::Unknown;
    if (ratio >= kEcuMinRatio)
        return ShotScale::ECU;
    if (ratio >= kCuMinRatio)
        return ShotScale::CU;
    if (ratio >= kMcuMinRatio)
        return ShotScale::MCU;
    if (ratio >= kMsMinRatio)
        return ShotScale::MS;
    if (ratio >= kMlsMinRatio)
        return ShotScale::MLS;
    if (ratio >= kLsMinRatio)
        return ShotScale::LS;
    return ShotScale::ELS;
}

std::string_view toString(ShotScale scale)
{
    switch (scale) {
    case ShotScale::ECU:
        return "ECU";
    case ShotScale::CU:
        return "CU";
    case ShotScale::MCU:
        return "MCU";
    case ShotScale::MS:
        return "MS";
    case ShotScale::MLS:
        return "MLS";
    case ShotScale::LS:
        return "LS";
    case ShotScale::ELS:
        return "ELS";
    case ShotScale::Unknown:
        break;
    }
    return "unknown";
}

} // namespace diptych::analysis::composition
