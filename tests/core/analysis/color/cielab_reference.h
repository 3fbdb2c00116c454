#pragma once

// An independent sRGB → CIELAB reference for the tests: the IEC 61966-2-1 transfer function and
// matrix and the CIE 1976 formulas with the D65 white, written out here so the tests do not
// check OpenCV against itself.

#include "analysis/color/cielab.h"

#include <cmath>

namespace diptych::test {

inline double srgbToLinear(int code)
{
    const double c = code / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

inline analysis::color::LabColor referenceLab(int red, int green, int blue)
{
    const double r = srgbToLinear(red), g = srgbToLinear(green), b = srgbToLinear(blue);
    const double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
    const auto f = [](double t) {
        constexpr double delta = 6.0 / 29.0;
        return t > delta * delta * delta ? std::cbrt(t) : t / (3 * delta * delta) + 4.0 / 29.0;
    };
    const double fx = f(x / 0.95047), fy = f(y / 1.0), fz = f(z / 1.08883);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

} // namespace diptych::test
