#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <string>

namespace diptych::analysis::color {

/// One CIELAB colour (D65 white, sRGB primaries): L* in [0, 100], a* and b* signed, roughly
/// [-128, 127] for sRGB colours. Distances between two LabColors are ΔE*ab (CIE 1976).
struct LabColor
{
    double L = 0;
    double a = 0;
    double b = 0;
};

/// True CIELAB of an 8-bit sRGB image (BGR order, CV_8UC3): CV_32FC3 with L* in [0, 100] and
/// signed a*, b*. IEC 61966-2-1 decoding and matrix, D65 white, CIE 1976 formulas, accurate to
/// ~0.001 (a table of f(t) = t^(1/3) with linear interpolation); not OpenCV's 8-bit scaled Lab
/// (L·255/100, a+128, b+128), nor its float path, which is off by up to ~0.15 L*.
cv::Mat bgrToLab(const cv::Mat& bgr);

/// The 8-bit sRGB colour of `lab` (gamut-clipped per channel), for swatches.
struct Srgb8
{
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
};
Srgb8 labToSrgb8(const LabColor& lab);

/// "#rrggbb" of labToSrgb8(lab), lower-case.
std::string labToHex(const LabColor& lab);

/// CIELAB chroma C*ab = √(a*² + b*²), ≥ 0.
double chroma(const LabColor& lab);

/// CIELAB hue angle h_ab = atan2(b*, a*) in degrees, [0, 360).
double hueDegrees(const LabColor& lab);

/// ΔE*ab (CIE 1976): the Euclidean distance of two Lab colours.
double deltaE76(const LabColor& x, const LabColor& y);

} // namespace diptych::analysis::color
