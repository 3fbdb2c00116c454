#include "analysis/color/color_frame_stats.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numbers>

namespace diptych::analysis::color {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The smallest code value v with at least `fraction` of the pixels at or below v.
int percentile(const std::array<std::uint64_t, 256>& cumulative, double fraction)
{
    const double target = fraction * double(cumulative[255]);
    for (int v = 0; v < 256; ++v) {
        if (double(cumulative[v]) >= target)
            return v;
    }
    return 255;
}

/// A hue sector [from, to] (degrees, narrower than 180°) tested with two cross products, so no
/// per-pixel atan2 is needed and the bounds are exact.
struct HueSector
{
    float cosFrom, sinFrom, cosTo, sinTo;

    HueSector(double from, double to)
        : cosFrom(float(std::cos(from * std::numbers::pi / 180.0)))
        , sinFrom(float(std::sin(from * std::numbers::pi / 180.0)))
        , cosTo(float(std::cos(to * std::numbers::pi / 180.0)))
        , sinTo(float(std::sin(to * std::numbers::pi / 180.0)))
    {}

    [[nodiscard]] bool contains(float a, float b) const
    {
        return cosFrom * b - sinFrom * a >= 0 && a * sinTo - b * cosTo >= 0;
    }
};

/// The 30° hue bin of (a*, b*): the quadrant, then the third of it, by comparisons with
/// tan 30° and tan 60° after rotating the point into the first quadrant.
int hueBin(float a, float b)
{
    int quadrant = 0;
    float x = a, y = b;
    if (a > 0 && b >= 0) {
        quadrant = 0;
    } else if (a <= 0 && b > 0) {
        quadrant = 1;
        x = b;
        y = -a;
    } else if (a < 0 && b <= 0) {
        quadrant = 2;
        x = -a;
        y = -b;
    } else {
        quadrant = 3;
        x = -b;
        y = a;
    }
    constexpr float kTan30 = 0.57735026919f;
    constexpr float kTan60 = 1.73205080757f;
    const int third = y < x * kTan30 ? 0 : y < x * kTan60 ? 1 : 2;
    return 3 * quadrant + third;
}

/// Every kColorPixelStride-th pixel of every kColorPixelStride-th row, starting at (0, 0).
cv::Mat samplePixels(const cv::Mat& bgr)
{
    constexpr int k = kColorPixelStride;
    cv::Mat sampled((bgr.rows + k - 1) / k, (bgr.cols + k - 1) / k, CV_8UC3);
    for (int y = 0; y < sampled.rows; ++y) {
        const auto* src = bgr.ptr<cv::Vec3b>(y * k);
        auto* dst = sampled.ptr<cv::Vec3b>(y);
        for (std::ptrdiff_t x = 0; x < sampled.cols; ++x)
            dst[x] = src[x * k];
    }
    return sampled;
}

} // namespace

double tealOrangeIndex(double orangeMass, double tealMass)
{
    return 2.0 * std::min(orangeMass, tealMass);
}

ColorFrameStats measureColor(const cv::Mat& frame, const cv::Mat& frameGray)
{
    CV_Assert(frame.type() == CV_8UC3 && !frame.empty());
    CV_Assert(frameGray.empty() ||
              (frameGray.type() == CV_8UC1 && frameGray.size() == frame.size()));
    cv::Mat gray = frameGray;
    if (gray.empty())
        cv::cvtColor(frame, gray, cv::COLOR_BGR2GRAY);
    ColorFrameStats stats;
    // Light from every pixel: it is cheap, and thin strokes (titles, line art) decide the
    // contrast of a frame, which a sampling grid can miss.
    for (int y = 0; y < gray.rows; ++y) {
        const auto* row = gray.ptr<std::uint8_t>(y);
        for (int x = 0; x < gray.cols; ++x)
            ++stats.lumaHistogram[row[x]];
    }
    // Colour from the sampling grid: the CIELAB conversion is the costly part.
    constexpr int stride = kColorPixelStride;
    const cv::Mat bgr = samplePixels(frame);
    const cv::Mat lab = bgrToLab(bgr);

    const float warmCos = float(std::cos(kWarmAxisDegrees * std::numbers::pi / 180.0));
    const float warmSin = float(std::sin(kWarmAxisDegrees * std::numbers::pi / 180.0));
    const float gateScale = float(1.0 / (kTealOrangeChromaHigh - kTealOrangeChromaLow));
    const float achromatic = float(kAchromaticChroma);
    const float gateLow = float(kTealOrangeChromaLow);
    const HueSector orangeSector(kOrangeHueMin, kOrangeHueMax);
    const HueSector tealSector(kTealHueMin, kTealHueMax);

    // Integer sums are exact; per-row float partial sums are added to doubles in row order, so
    // the result does not depend on anything but the pixels.
    std::int64_t sumRg = 0, sumRg2 = 0, sumYb2 = 0, sumYb22 = 0; // yb2 = 2·yb, exact
    std::uint64_t sumY = 0, sumY2 = 0;
    double sumL = 0, sumA = 0, sumB = 0, sumC = 0, orange = 0, teal = 0;
    std::array<double, kHueBins> hueMass{};
    std::array<double, 256> warmByLevel{};          // Σ s per Y' level, for the split-tone index
    std::array<std::uint32_t, 256> sampledLevels{}; // sampled pixels per Y' level

    for (int y = 0; y < bgr.rows; ++y) {
        const auto* pix = bgr.ptr<cv::Vec3b>(y);
        const auto* lrow = lab.ptr<cv::Vec3f>(y);
        const auto* grow =
            gray.ptr<std::uint8_t>(y * stride); // sampled pixel x is grow[x * stride]
        float rowL = 0, rowA = 0, rowB = 0, rowC = 0, rowO = 0, rowT = 0;
        for (int x = 0; x < bgr.cols; ++x) {
            const int b8 = pix[x][0], g8 = pix[x][1], r8 = pix[x][2];
            const int rg = r8 - g8;
            const int yb2 = r8 + g8 - 2 * b8;
            sumRg += rg;
            sumRg2 += std::int64_t(rg) * rg;
            sumYb2 += yb2;
            sumYb22 += std::int64_t(yb2) * yb2;
            const int luma = grow[std::ptrdiff_t(x) * stride];
            ++sampledLevels[std::size_t(luma)];

            const float L = lrow[x][0], a = lrow[x][1], b = lrow[x][2];
            rowL += L;
            rowA += a;
            rowB += b;
            const float c = std::sqrt(a * a + b * b);
            rowC += c;
            warmByLevel[std::size_t(luma)] += double(a * warmCos + b * warmSin);
            if (c < achromatic)
                continue;
            hueMass[std::size_t(hueBin(a, b))] += double(c);
            if (c > gateLow) {
                const float gate = std::min(1.0f, (c - gateLow) * gateScale);
                if (orangeSector.contains(a, b))
                    rowO += gate;
                else if (tealSector.contains(a, b))
                    rowT += gate;
            }
        }
        sumL += rowL;
        sumA += rowA;
        sumB += rowB;
        sumC += rowC;
        orange += rowO;
        teal += rowT;
    }

    stats.pixelCount = std::uint32_t(frame.total());
    const double lumaPixels = double(stats.pixelCount);
    const double dn = double(bgr.total()); // sampled pixels: the colour statistics' count

    std::array<std::uint64_t, 256> cumulative{};
    std::uint64_t running = 0;
    for (int v = 0; v < 256; ++v) {
        const std::uint64_t count = stats.lumaHistogram[std::size_t(v)];
        sumY += count * std::uint64_t(v);
        sumY2 += count * std::uint64_t(v * v);
        running += count;
        cumulative[std::size_t(v)] = running;
    }
    const double meanY = double(sumY) / lumaPixels;
    stats.lumaMean = meanY / 255.0;
    stats.contrastRms =
        std::sqrt(std::max(0.0, double(sumY2) / lumaPixels - meanY * meanY)) / 255.0;
    stats.lumaP05 = percentile(cumulative, 0.05) / 255.0;
    stats.lumaP50 = percentile(cumulative, 0.50) / 255.0;
    stats.lumaP95 = percentile(cumulative, 0.95) / 255.0;

    // Split tone: warm projection of the highlights (Y' > P67) minus that of the shadows
    // (Y' ≤ P33), so a level shared by both percentiles counts once, as shadow. The
    // percentiles are the frame's; the projections are the sampled pixels'.
    const int p33 = percentile(cumulative, 1.0 / 3.0);
    const int p67 = percentile(cumulative, 2.0 / 3.0);
    double warmHigh = 0, warmLow = 0;
    std::uint64_t countHigh = 0, countLow = 0;
    for (int v = 0; v < 256; ++v) {
        if (v > p67) {
            warmHigh += warmByLevel[std::size_t(v)];
            countHigh += sampledLevels[std::size_t(v)];
        } else if (v <= p33) {
            warmLow += warmByLevel[std::size_t(v)];
            countLow += sampledLevels[std::size_t(v)];
        }
    }
    stats.splitTone = (countHigh > 0 && countLow > 0)
                          ? warmHigh / double(countHigh) - warmLow / double(countLow)
                          : kNaN;

    stats.meanLab = {sumL / dn, sumA / dn, sumB / dn};
    stats.chromaMean = sumC / dn;
    for (int k = 0; k < kHueBins; ++k)
        stats.hueMass[std::size_t(k)] = hueMass[std::size_t(k)] / dn;
    stats.orangeMass = orange / dn;
    stats.tealMass = teal / dn;
    stats.tealOrangeIndex = tealOrangeIndex(stats.orangeMass, stats.tealMass);

    // Hasler & Süsstrunk (2003): M = σ_rgyb + 0.3·μ_rgyb on 0..255 RGB.
    const double meanRg = double(sumRg) / dn;
    const double meanYb = 0.5 * double(sumYb2) / dn;
    const double varRg = std::max(0.0, double(sumRg2) / dn - meanRg * meanRg);
    const double varYb = std::max(0.0, 0.25 * double(sumYb22) / dn - meanYb * meanYb);
    stats.colorfulness =
        std::sqrt(varRg + varYb) + 0.3 * std::sqrt(meanRg * meanRg + meanYb * meanYb);
    return stats;
}

} // namespace diptych::analysis::color
