#pragma once

#include "analysis/color/cielab.h"

#include <opencv2/core/mat.hpp>

#include <array>
#include <cstdint>

namespace diptych::analysis::color {

/// Number of hue bins: 30° sectors of the CIELAB hue angle h_ab, bin k = [30k°, 30(k+1)°).
inline constexpr int kHueBins = 12;

/// Pixels with a chroma C*ab below this are achromatic: their hue is compression noise, so they
/// do not enter the hue histogram. 2.3 is the commonly quoted ΔE*ab just-noticeable difference.
inline constexpr double kAchromaticChroma = 2.3;

/// Teal–orange sectors of the CIELAB hue angle, in degrees (inclusive). Orange covers skin tones
/// (h_ab ≈ 63–75°), orange (64°) and amber (83°); teal covers cyan/teal (196°) to teal-blue
/// (238°) but not steel blue (263°) or blue (306°). See METRICS.md, teal_orange_index.
inline constexpr double kOrangeHueMin = 45.0;
inline constexpr double kOrangeHueMax = 85.0;
inline constexpr double kTealHueMin = 185.0;
inline constexpr double kTealHueMax = 245.0;
/// Chroma gate of the teal–orange masses: weight 0 at C*ab ≤ 5 (near-grey), rising linearly
/// to 1 at C*ab ≥ 40 (a clearly graded colour), so that grey noise never counts.
inline constexpr double kTealOrangeChromaLow = 5.0;
inline constexpr double kTealOrangeChromaHigh = 40.0;
/// Direction (hue angle, degrees) of the warm pole used by the split-tone index.
inline constexpr double kWarmAxisDegrees = 65.0;
/// The colour statistics (everything but light) read every k-th pixel of every k-th row, from
/// the top-left pixel: at the 320 px analysis size that is still 14,400 pixels, whose means
/// differ from the full frame's by about 1 % or less, for a quarter of the cost of the CIELAB
/// conversion (see METRICS.md). The light statistics read every pixel.
inline constexpr int kColorPixelStride = 2;

/// Colour and light statistics of one frame. All pixel statistics are plain means (no spatial
/// weighting): over every pixel for light, over the sampled pixels (kColorPixelStride) for
/// colour. NaN marks a value undefined for this frame.
///
/// Per-frame series meant for plots: `lumaMean` (key), `chromaMean` (saturation) and `meanLab`
/// (the frame's mean colour; `labToHex(meanLab)` gives a swatch).
struct ColorFrameStats
{
    // --- Light: BT.601 luma Y' of the 8-bit frame (as cv::COLOR_BGR2GRAY), scaled to [0, 1].
    double lumaMean = 0;    ///< mean Y'/255, [0, 1]: the key of the frame
    double lumaP05 = 0;     ///< 5th percentile of Y'/255, [0, 1]: the shadows
    double lumaP50 = 0;     ///< median Y'/255, [0, 1]
    double lumaP95 = 0;     ///< 95th percentile of Y'/255, [0, 1]: the highlights
    double contrastRms = 0; ///< RMS contrast: population SD of Y'/255, [0, 0.5]
    /// Pixel count per Y' code value (0..255), so a shot can pool exact percentiles.
    std::array<std::uint32_t, 256> lumaHistogram{};
    std::uint32_t pixelCount = 0; ///< pixels of the frame (the histogram's total)

    // --- Colour, in true CIELAB (D65).
    LabColor meanLab;        ///< mean L*, a*, b* over the pixels (the frame's mean colour)
    double chromaMean = 0;   ///< mean C*ab over the pixels, ≥ 0 (0 = grey frame)
    double colorfulness = 0; ///< Hasler–Süsstrunk M on 0..255 sRGB, ≥ 0 (0 = grey)
    /// Chroma-weighted hue histogram: Σ C*ab of the chromatic pixels (C*ab ≥
    /// kAchromaticChroma) whose hue falls in bin k, divided by the pixel count. Unit C*ab; the
    /// sum over bins is the mean chroma of the chromatic pixels times their share.
    std::array<double, kHueBins> hueMass{};
    double orangeMass = 0;      ///< W_O: chroma-gated share of pixels in the orange sector, [0,1]
    double tealMass = 0;        ///< W_T: chroma-gated share of pixels in the teal sector, [0,1]
    double tealOrangeIndex = 0; ///< TOI = 2·min(W_O, W_T), [0, 1]
    /// Split-tone index, in C*ab units along the warm axis: mean warm projection
    /// s = a*·cos65° + b*·sin65° of the pixels brighter than the luma P67 minus that of the
    /// pixels at or below the luma P33. > 0: warm highlights over cool shadows. NaN when no
    /// pixel is brighter than P67 (e.g. a flat frame).
    double splitTone = 0;

    /// Warmth of the frame: mean b* (yellow +, blue −). See METRICS.md for why not CCT.
    [[nodiscard]] double warmth() const { return meanLab.b; }
};

/// Measures one frame (CV_8UC3 BGR, any size; the pipeline passes the 320 px analysis frame).
/// `gray` is the frame's luma as cv::COLOR_BGR2GRAY gives it (CV_8UC1, same size): the
/// pipeline passes the analysis frame's `gray`, already made; empty computes it here.
/// Reentrant and deterministic. Costs ~0.3 ms at 320×180 (see METRICS.md).
ColorFrameStats measureColor(const cv::Mat& bgr, const cv::Mat& gray = cv::Mat());

/// TOI of the masses: 2·min(orange, teal).
double tealOrangeIndex(double orangeMass, double tealMass);

} // namespace diptych::analysis::color
