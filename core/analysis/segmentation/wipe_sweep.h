#pragma once

#include "analysis/segmentation/frame_signature.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace diptych::analysis {

/// Cell size of the wipe test, in pixels of the kSignatureWidth thumbnails (a 16 × 9 grid for
/// a 16:9 picture).
inline constexpr int kWipeCell = 4;

/// Mean absolute difference of two frames' colour thumbnails per kWipeCell cell, summed over
/// the three 0..255 channels (CV_32F, 0..765).
[[nodiscard]] cv::Mat cellChange(const FrameSignature& x, const FrameSignature& y);

/// How the change between two frames a and b happened, cell by cell.
///
/// A wipe replaces the old picture by the new one behind an edge that sweeps across the frame
/// (a line, a circle, a clock hand): each cell changes in one jump, when the edge passes it,
/// and neighbouring cells jump at nearly the same frame. A dissolve changes every cell a little
/// at every frame; a cut changes every cell at the same frame; motion changes cells back and
/// forth, each at its own time.
struct WipeSweep
{
    double informative = 0; ///< share of all cells where a and b differ, 0..1
    /// Share of the informative cells whose change from a to b is one jump (over one or two
    /// frames), 0..1.
    double swept = 0;
    /// Share of neighbouring pairs of swept cells that jump at nearly the same frame, 0..1:
    /// about 1 behind one moving edge, low when jumps are scattered in time.
    double smooth = 0;
    /// Frames at which the swept cells jump (the frame that shows the new picture): 10th
    /// percentile, median and 90th percentile. Film frame indices.
    double first = 0;
    double middle = 0;
    double last = 0;
    /// Per cell (CV_64F): the frame at which it jumps, NaN where it is uninformative or did not
    /// change in one jump.
    cv::Mat jumpAt;
};

/// Measures the sweep from frame a to frame b. `ends`: cellChange(a, b); `steps[i]`:
/// cellChange(frame a + i, frame a + i + 1) for every frame from a to b - 1; `firstFrame`: the
/// index of frame a + 1.
[[nodiscard]] WipeSweep measureSweep(const cv::Mat& ends, const std::vector<const cv::Mat*>& steps,
                                     model::Frame firstFrame);

/// How well one edge shape explains the jump frames of `sweep`, 0..1: the best coefficient of
/// determination (R²) of the jump frame against the position across the frame (a linear
/// wipe), the distance from the centre (an iris, round or square), the distance from the cell
/// that jumps first or last (a box growing from a corner or shrinking into one) and the angle
/// around the centre (a clock wipe). Costlier than measureSweep: call it on candidates.
[[nodiscard]] double edgeRegularity(const WipeSweep& sweep);

} // namespace diptych::analysis
