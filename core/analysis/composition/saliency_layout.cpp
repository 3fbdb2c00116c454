#include "analysis/composition/saliency_layout.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace diptych::analysis::composition {

SaliencyLayout layoutOfPoint(double x, double y)
{
    SaliencyLayout layout{x, y, std::hypot(x - 0.5, y - 0.5), 0};
    double nearest = std::numeric_limits<double>::infinity();
    for (double px : {1.0 / 3.0, 2.0 / 3.0})
        for (double py : {1.0 / 3.0, 2.0 / 3.0})
            nearest = std::min(nearest, std::hypot(x - px, y - py));
    layout.thirdsDistance = nearest;
    return layout;
}

SaliencyLayout saliencyLayout(const cv::Mat& saliencyMap)
{
    CV_Assert(saliencyMap.type() == CV_32FC1);
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    double total = 0;
    for (int y = 0; y < saliencyMap.rows; ++y) {
        const float* row = saliencyMap.ptr<float>(y);
        for (int x = 0; x < saliencyMap.cols; ++x) {
            if (std::isfinite(row[x]) && row[x] > 0)
                total += row[x];
        }
    }
    if (!(total > 0) || saliencyMap.empty())
        return {kNaN, kNaN, kNaN, kNaN};
    const double threshold = 3.0 * total / double(saliencyMap.total());

    // Centroid of the mass at or above `minimum` (pixel centres at x + ½).
    const auto centroid = [&](double minimum, double& cx, double& cy) {
        double mass = 0, sx = 0, sy = 0;
        for (int y = 0; y < saliencyMap.rows; ++y) {
            const float* row = saliencyMap.ptr<float>(y);
            double rowMass = 0, rowX = 0;
            for (int x = 0; x < saliencyMap.cols; ++x) {
                const double s = row[x];
                if (!std::isfinite(s) || s <= 0 || s < minimum)
                    continue;
                rowMass += s;
                rowX += s * (x + 0.5);
            }
            mass += rowMass;
            sx += rowX;
            sy += rowMass * (y + 0.5);
        }
        if (mass <= 0)
            return false;
        cx = sx / mass / saliencyMap.cols;
        cy = sy / mass / saliencyMap.rows;
        return true;
    };
    double cx = 0.5, cy = 0.5;
    if (!centroid(threshold, cx, cy))
        centroid(0.0, cx, cy);
    return layoutOfPoint(cx, cy);
}

} // namespace diptych::analysis::composition
