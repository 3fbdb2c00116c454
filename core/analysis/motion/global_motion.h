#pragma once

#include <opencv2/core/mat.hpp>

namespace diptych::analysis::motion {

/// The camera motion between two frames as a similarity transform about the frame centre:
///   x' = a·x − b·y + tx,   y' = b·x + a·y + ty
/// with (x, y) in pixels relative to the centre (image y grows downwards). scale = √(a²+b²),
/// on-screen rotation = atan2(b, a) (positive = clockwise on screen), translation of the
/// centre = (tx, ty) pixels per frame.
struct GlobalMotion
{
    double a = 1;
    double b = 0;
    double tx = 0;
    double ty = 0;
    double inlierRatio = 0; ///< RANSAC inliers / samples, 0..1; 0 when the fit failed
};

/// Fits the camera motion to a dense flow field (CV_32FC2, pixels per frame) by RANSAC on a
/// grid of flow samples (cv::estimateAffinePartial2D, 4 degrees of freedom), refined on the
/// inliers. Deterministic: OpenCV's RANSAC uses a fixed seed. When the fit fails (too few
/// samples), returns the identity with inlierRatio 0.
GlobalMotion fitGlobalMotion(const cv::Mat& flow);

} // namespace diptych::analysis::motion
