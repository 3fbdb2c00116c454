#pragma once

#include <string_view>

namespace diptych::analysis::composition {

/// Shot scale classes (Salt's scale, ECU … ELS), or Unknown when no face tells the scale.
enum class ShotScale
{
    ECU,    ///< extreme close-up: part of a face fills the frame
    CU,     ///< close-up: head and shoulders
    MCU,    ///< medium close-up: chest up
    MS,     ///< medium shot: waist up
    MLS,    ///< medium long shot: knees up ("American")
    LS,     ///< long shot: whole figure with some surroundings
    ELS,    ///< extreme long shot: figures small in the setting
    Unknown ///< no (frontal) face found, or not measured
};

/// Lower bounds of the face-height ratio ρ = largest face box height / frame height for each
/// class (ECU ≥ 0.55, CU ≥ 0.33, MCU ≥ 0.23, MS ≥ 0.16, MLS ≥ 0.10, LS ≥ 0.05, ELS > 0). They
/// come from a standing-figure model (Haar face box ≈ 0.8 head heights; the frame spans ~2
/// heads at CU, ~3 at MCU, ~4 at MS, ~6 at MLS, ~10 at LS), taking geometric means between
/// class centres; not yet calibrated on labelled shots.
inline constexpr double kEcuMinRatio = 0.55;
inline constexpr double kCuMinRatio = 0.33;
inline constexpr double kMcuMinRatio = 0.23;
inline constexpr double kMsMinRatio = 0.16;
inline constexpr double kMlsMinRatio = 0.10;
inline constexpr double kLsMinRatio = 0.05;

/// The class of a face-height ratio; Unknown for NaN, ≤ 0 (no face) or negative input.
ShotScale shotScaleFromFaceSize(double faceHeightRatio);

/// "ECU", "CU", "MCU", "MS", "MLS", "LS", "ELS" or "unknown".
std::string_view toString(ShotScale scale);

} // namespace diptych::analysis::composition
