#pragma once

#include "analysis/motion/motion_shot_accumulator.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace diptych::test {

/// Analysis-size frames of the synthetic clips (16:9 at kAnalysisWidth).
inline constexpr int kMotionWidth = 320;
inline constexpr int kMotionHeight = 180;

/// A large random texture with structure at several scales (seeded, so every run sees the same
/// picture) that the synthetic camera looks at.
cv::Mat makeTexture(unsigned seed, int width = 1400, int height = 900);

/// The camera's view of `texture`: the picture shifted by `shift` pixels (positive = the
/// picture moves right / down) and magnified by `scale` about the frame centre. Grey,
/// kMotionWidth x kMotionHeight.
cv::Mat viewOf(const cv::Mat& texture, cv::Point2d shift, double scale = 1.0);

/// One view per picture position.
std::vector<cv::Mat> pannedClip(const cv::Mat& texture, const std::vector<cv::Point2d>& shifts);

/// Runs MotionEstimator over every consecutive pair of `frames` (one shot) and returns the
/// per-pair stats, in frame order.
std::vector<analysis::MotionFrameStats> estimateAll(const std::vector<cv::Mat>& frames, double fps);

/// The shot metrics of per-pair stats.
analysis::ShotMetricValues shotMetrics(const std::vector<analysis::MotionFrameStats>& stats,
                                       double fps);

/// The value of metric `name` in `values` (throws if absent).
double metric(const analysis::ShotMetricValues& values, const char* name);

} // namespace diptych::test
