#pragma once

#include <opencv2/core/mat.hpp>

namespace diptych::analysis::composition {

/// Where the salient mass of a frame sits, in normalised frame coordinates: x from the left
/// edge (0) to the right edge (1), y from the top (0) to the bottom (1). Distances are measured
/// in these normalised units (so the frame is treated as a unit square whatever its aspect).
struct SaliencyLayout
{
    double x = 0;              ///< centroid x, [0, 1]
    double y = 0;              ///< centroid y, [0, 1]
    double centerDistance = 0; ///< ‖c − (½, ½)‖, [0, √½ ≈ 0.707]; 0 = centred
    /// Distance to the nearest rule-of-thirds power point (⅓ or ⅔ in x and y), [0, ≈ 0.47];
    /// 0 = on a power point.
    double thirdsDistance = 0;
};

/// The layout of a saliency map (CV_32FC1, non-negative, any size): the centroid of the
/// saliency mass above 3× the map's mean (Hou & Zhang's object threshold), weighted by
/// saliency; if no pixel passes, the centroid of the whole map. All NaN when the map has no
/// (finite, positive) mass.
SaliencyLayout saliencyLayout(const cv::Mat& saliencyMap);

/// Layout of a given centroid (normalised coordinates).
SaliencyLayout layoutOfPoint(double x, double y);

} // namespace diptych::analysis::composition
