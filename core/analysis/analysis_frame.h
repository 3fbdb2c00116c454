#pragma once

#include "model/ids.h"

#include <opencv2/core/mat.hpp>

namespace diptych::analysis {

/// Every metric is computed on frames scaled to this width (aspect ratio kept, height rounded
/// to an even number), so a 4K original and a 720p remake give comparable numbers.
inline constexpr int kAnalysisWidth = 320;
/// Width of the larger copy handed to detectors that need detail (faces) on sampled frames.
inline constexpr int kDetailWidth = 480;

/// One decoded frame as the analysis extractors see it. The Mats are never modified after
/// construction, so one AnalysisFrame may be read by several worker threads at once.
struct AnalysisFrame
{
    model::Frame index = 0; ///< 0-based presentation-order frame index
    double seconds = 0;     ///< presentation time from the film's start, in seconds
    cv::Mat bgr;            ///< CV_8UC3, kAnalysisWidth wide
    cv::Mat gray;           ///< CV_8UC1, same size as bgr (BT.601 luma of bgr)
    /// CV_8UC3, kDetailWidth wide; present on every second sampled frame (about once per
    /// second of film: face detection, the costliest extractor, runs on it), else empty.
    cv::Mat detail;
    /// True on the frames where the sampled (more expensive) extractors run: a few per second
    /// of film, at fixed frame intervals, plus the first frame of the film.
    bool isSample = false;
};

} // namespace diptych::analysis
