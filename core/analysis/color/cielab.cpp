#include "analysis/color/cielab.h"

#include <opencv2/core.hpp>
#include <opencv2/core/matx.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace diptych::analysis::color {

namespace {

// IEC 61966-2-1 sRGB primaries → XYZ (D65). Each row is divided by the white point's X, Y or Z
// (the row sums), so sRGB white maps to exactly (1, 1, 1) and hence to L* = 100, a* = b* = 0.
constexpr double kSrgbToXyz[3][3] = {{0.4124564, 0.3575761, 0.1804375},
                                     {0.2126729, 0.7151522, 0.0721750},
                                     {0.0193339, 0.1191920, 0.9503041}};

double srgbDecode(double encoded)
{
    return encoded <= 0.04045 ? encoded / 12.92 : std::pow((encoded + 0.055) / 1.055, 2.4);
}

double srgbEncode(double linear)
{
    return linear <= 0.0031308 ? 12.92 * linear : 1.055 * std::pow(linear, 1.0 / 2.4) - 0.055;
}

constexpr double kDelta = 6.0 / 29.0;

double labF(double t)
{
    return t > kDelta * kDelta * kDelta ? std::cbrt(t) : t / (3 * kDelta * kDelta) + 4.0 / 29.0;
}

double labFInverse(double f)
{
    return f > kDelta ? f * f * f : 3 * kDelta * kDelta * (f - 4.0 / 29.0);
}

/// The tables of the conversion, built once (thread-safe static initialisation). OpenCV's own
/// float BGR→Lab path approximates by up to ~0.15 L*, which is why Diptych converts itself.
struct LabTables
{
    static constexpr int kFSteps = 8192; // f(t) sampled on [0, 1]; linear interpolation
    /// xyz[row][channel][code]: white-normalised X, Y or Z contribution of one sRGB channel
    /// (0 = R, 1 = G, 2 = B) at an 8-bit code value, so X/Xn = Σ over channels.
    std::array<std::array<std::array<float, 256>, 3>, 3> xyz{};
    std::array<float, kFSteps + 2> f{};

    LabTables()
    {
        for (int r = 0; r < 3; ++r) {
            const double white = kSrgbToXyz[r][0] + kSrgbToXyz[r][1] + kSrgbToXyz[r][2];
            for (int c = 0; c < 3; ++c)
                for (int v = 0; v < 256; ++v)
                    xyz[std::size_t(r)][std::size_t(c)][std::size_t(v)] =
                        float(kSrgbToXyz[r][c] / white * srgbDecode(v / 255.0));
        }
        for (int i = 0; i <= kFSteps + 1; ++i)
            f[std::size_t(i)] = float(labF(double(i) / kFSteps));
    }

    /// f(t) for t in [0, 1] (t is a convex combination of table values, so it cannot leave
    /// that range by more than rounding; the table has one spare entry above 1).
    [[nodiscard]] float interpolateF(float t) const
    {
        const float position = t * float(kFSteps);
        const auto index = std::size_t(std::min(int(position), kFSteps));
        const float fraction = position - float(index);
        return f[index] + fraction * (f[index + 1] - f[index]);
    }
};

const LabTables& tables()
{
    static const LabTables instance;
    return instance;
}

} // namespace

cv::Mat bgrToLab(const cv::Mat& bgr)
{
    CV_Assert(bgr.type() == CV_8UC3);
    const LabTables& t = tables();
    const auto& X = t.xyz[0];
    const auto& Y = t.xyz[1];
    const auto& Z = t.xyz[2];
    cv::Mat lab(bgr.size(), CV_32FC3);
    for (int y = 0; y < bgr.rows; ++y) {
        const auto* src = bgr.ptr<cv::Vec3b>(y);
        auto* dst = lab.ptr<cv::Vec3f>(y);
        for (int x = 0; x < bgr.cols; ++x) {
            const std::size_t b = src[x][0], g = src[x][1], r = src[x][2];
            const float fx = t.interpolateF(X[0][r] + X[1][g] + X[2][b]);
            const float fy = t.interpolateF(Y[0][r] + Y[1][g] + Y[2][b]);
            const float fz = t.interpolateF(Z[0][r] + Z[1][g] + Z[2][b]);
            dst[x] = cv::Vec3f(116.0f * fy - 16.0f, 500.0f * (fx - fy), 200.0f * (fy - fz));
        }
    }
    return lab;
}

Srgb8 labToSrgb8(const LabColor& lab)
{
    const double fy = (lab.L + 16.0) / 116.0;
    const double fx = fy + lab.a / 500.0;
    const double fz = fy - lab.b / 200.0;
    // XYZ relative to the white, then back to linear sRGB with the inverse matrix.
    double xyz[3] = {labFInverse(fx), labFInverse(fy), labFInverse(fz)};
    cv::Matx33d toXyz;
    for (int r = 0; r < 3; ++r) {
        const double white = kSrgbToXyz[r][0] + kSrgbToXyz[r][1] + kSrgbToXyz[r][2];
        for (int c = 0; c < 3; ++c)
            toXyz(r, c) = kSrgbToXyz[r][c] / white;
    }
    const cv::Vec3d rgb = toXyz.inv() * cv::Vec3d(xyz[0], xyz[1], xyz[2]);
    const auto to8 = [](double v) {
        return std::uint8_t(std::lround(srgbEncode(std::clamp(v, 0.0, 1.0)) * 255.0));
    };
    return {to8(rgb[0]), to8(rgb[1]), to8(rgb[2])};
}

std::string labToHex(const LabColor& lab)
{
    const Srgb8 rgb = labToSrgb8(lab);
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", unsigned(rgb.r), unsigned(rgb.g),
                  unsigned(rgb.b));
    return text;
}

double chroma(const LabColor& lab)
{
    return std::hypot(lab.a, lab.b);
}

double hueDegrees(const LabColor& lab)
{
    double h = std::atan2(lab.b, lab.a) * 180.0 / std::numbers::pi;
    if (h < 0)
        h += 360.0;
    return h >= 360.0 ? 0.0 : h;
}

double deltaE76(const LabColor& x, const LabColor& y)
{
    const double dL = x.L - y.L;
    const double da = x.a - y.a;
    const double db = x.b - y.b;
    return std::sqrt(dL * dL + da * da + db * db);
}

} // namespace diptych::analysis::color
