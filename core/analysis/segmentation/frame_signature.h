#pragma once

#include "model/ids.h"

#include <opencv2/core/mat.hpp>

#include <array>

namespace diptych::analysis {

/// The compact description of one frame that the shot detector compares frames by. Built
/// once per frame from the 320 px analysis picture; about 20 KB, so a window of a few
/// seconds of them is cheap to keep.
struct FrameSignature
{
    /// Bins of the colour histogram: 8 luma x 4 x 4 chroma (YCrCb).
    static constexpr int kHistogramBins = 128;

    model::Frame index = 0;
    /// Normalised colour histogram (sums to 1): where the colours are, not where they are in
    /// the picture, so camera motion barely changes it.
    std::array<float, kHistogramBins> histogram{};
    /// Thumbnail of luma, slightly blurred, standardised to zero mean and unit deviation:
    /// the layout of the picture, insensitive to global brightness and contrast (flashes,
    /// exposure changes). Zero when the frame is uniform.
    cv::Mat layout; // CV_32F
    /// Colour thumbnail (BGR, 0..255, CV_32FC3, same size as layout), for blend tests.
    cv::Mat colour;
    double meanLuma = 0;   ///< 0..255
    double lumaSpread = 0; ///< standard deviation of the thumbnail's luma, 0..255
    /// True when the frame is (nearly) one flat colour: black, white or grey card.
    bool uniform = false;
    /// Only for a title card (a flat background with text or a small drawing on it, not
    /// uniform): the "ink", pixels that stand out from the background, as a 0/1 CV_8U mask
    /// kInkWidth wide. Two cards differ only in their ink, too few pixels for the layout
    /// distance; this is what tells "COMING SOON" from the web address that follows it.
    /// Empty for every other frame.
    cv::Mat ink;
    double background = 0; ///< a card's background luma (median of the thumbnail), 0..255
};

/// Width of the thumbnails in FrameSignature (the height keeps the aspect ratio).
inline constexpr int kSignatureWidth = 64;
/// A frame whose thumbnail luma deviates less than this (0..255 units) is uniform.
inline constexpr double kUniformSpread = 3.0;

/// Width of a card's ink mask: fine enough to see a line of text change.
inline constexpr int kInkWidth = 160;

/// Signature of a BGR 8-bit picture (any size; normally the 320 px analysis frame).
FrameSignature makeFrameSignature(const cv::Mat& bgr, model::Frame index);

/// Histogram distance: half the L1 distance of the histograms, 0 (same colours) .. 1.
[[nodiscard]] double colourDistance(const FrameSignature& a, const FrameSignature& b);

/// Layout distance: mean absolute difference of the standardised thumbnails, scaled so that
/// two unrelated pictures score about 1 (0 = same layout). A uniform frame against a
/// non-uniform one scores 1; two uniform frames score 0.
[[nodiscard]] double layoutDistance(const FrameSignature& a, const FrameSignature& b);

/// Robust layout distance: the median (not mean) pixel difference of the standardised
/// thumbnails after the best global shift of up to about 15 % of the width and 10 % of the
/// height, scaled so that unrelated pictures score about 1. Low for a whip pan, an animation
/// jump over the same background or an object moving over a held background; high for a new
/// picture. Shifts are tried in steps of 2 px from the largest one: on the 64 × 36 layout the
/// odd offsets, ±1..±9 by ±1..±3, so the unshifted position is not among them (layoutChange
/// adds it). Costlier (40 comparisons), so only used to confirm candidates.
[[nodiscard]] double shiftedLayoutDistance(const FrameSignature& a, const FrameSignature& b);

/// Light-invariant change of layout: the smaller of the plain and the shift-compensated layout
/// distance. Low when one frame is the other under other light or contrast (a fade, smoke, a
/// flare), even if the camera moved a little.
[[nodiscard]] double layoutChange(const FrameSignature& a, const FrameSignature& b);

/// Robust content distance: the colour distance averaged with the shift-compensated layout
/// distance, 0..~1. Low for a pan or an object moving over a held background.
[[nodiscard]] double robustDistance(const FrameSignature& a, const FrameSignature& b);

/// How much of one card's ink is still there in the other, 0..1: the ink pixels the two have
/// in common, as a share of the smaller ink. 1 for the same text, also when a line is added;
/// low when the text is replaced or moves by more than its strokes' width. 0 unless both
/// frames are cards.
[[nodiscard]] double inkOverlap(const FrameSignature& a, const FrameSignature& b);

/// The content distance the cut test uses: the mean of colour and layout distances, 0..~1.
[[nodiscard]] double contentDistance(const FrameSignature& a, const FrameSignature& b);

} // namespace diptych::analysis
