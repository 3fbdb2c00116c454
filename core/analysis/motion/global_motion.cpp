#include "analysis/motion/global_motion.h"

#include "analysis/motion/motion_parameters.h"

#include <opencv2/calib3d.hpp>

#include <vector>

namespace diptych::analysis::motion {

GlobalMotion fitGlobalMotion(const cv::Mat& flow)
{
    CV_Assert(flow.type() == CV_32FC2);
    const double cx = (flow.cols - 1) * 0.5;
    const double cy = (flow.rows - 1) * 0.5;

    std::vector<cv::Point2f> from;
    std::vector<cv::Point2f> to;
    for (int y = kGridMargin; y < flow.rows - kGridMargin; y += kGridStep) {
        const auto* row = flow.ptr<cv::Vec2f>(y);
        for (int x = kGridMargin; x < flow.cols - kGridMargin; x += kGridStep) {
            // Centred coordinates, so that (tx, ty) is the motion of the frame centre and a
            // zoom about the centre has no translation.
            const cv::Point2f p(static_cast<float>(x - cx), static_cast<float>(y - cy));
            from.push_back(p);
            to.emplace_back(p.x + row[x][0], p.y + row[x][1]);
        }
    }

    GlobalMotion result;
    if (from.size() < 3)
        return result;

    std::vector<uchar> inliers;
    const cv::Mat m = cv::estimateAffinePartial2D(from, to, inliers, cv::RANSAC, kRansacThresholdPx,
                                                  kRansacMaxIterations, kRansacConfidence,
                                                  kRansacRefineIterations);
    if (m.empty())
        return result;

    result.a = m.at<double>(0, 0);
    result.b = m.at<double>(1, 0);
    result.tx = m.at<double>(0, 2);
    result.ty = m.at<double>(1, 2);
    result.inlierRatio =
        static_cast<double>(cv::countNonZero(inliers)) / static_cast<double>(from.size());
    return result;
}

} // namespace diptych::analysis::motion
