#pragma once

#include "analysis/motion/motion_frame_stats.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/video/tracking.hpp>

namespace diptych::analysis {

/// Measures the motion between two consecutive frames of a shot: dense optical flow (DIS,
/// preset FAST) at analysis size, a robust camera-motion fit on it (similarity transform,
/// RANSAC), and the residual subject motion. See MotionFrameStats for the outputs and units.
///
/// One object per worker thread: estimate() reuses the flow buffers and is not thread-safe,
/// but calls for different frame pairs are independent of each other and of call order, so
/// any thread may measure any pair. Deterministic: the same pair gives bit-identical stats,
/// provided OpenCV's thread count (cv::getNumThreads(), which sets DIS's work split) is the
/// same.
class MotionEstimator final
{
public:
    MotionEstimator();

    /// `previousGray` and `gray`: consecutive frames of one shot, CV_8UC1, same size (any
    /// size; the metrics are made for kAnalysisWidth). `fps`: the film's frame rate, > 0,
    /// which turns per-frame displacements into per-second speeds. Throws diptych::Error on
    /// invalid input.
    [[nodiscard]] MotionFrameStats estimate(const cv::Mat& previousGray, const cv::Mat& gray,
                                            double fps);

private:
    cv::Ptr<cv::DISOpticalFlow> m_dis;
    cv::Mat m_flow;
};

} // namespace diptych::analysis
