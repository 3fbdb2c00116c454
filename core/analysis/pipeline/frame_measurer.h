#pragma once

#include "analysis/analysis_frame.h"
#include "analysis/color/color_frame_stats.h"
#include "analysis/composition/composition_analyzer.h"
#include "analysis/motion/motion_estimator.h"

#include <optional>

namespace diptych::analysis {

/// Composition is measured on frames whose 0-based presentation index is a multiple of this,
/// and on every sampled frame. A shot of 2 frames or more always contains one.
inline constexpr model::Frame kCompositionFrameStride = 2;

/// Everything measured on one frame, ready for the shot it belongs to.
struct FrameFeatures
{
    AnalysisFrame frame; ///< kept for extractors that pool pixels per shot (palette)
    color::ColorFrameStats color;
    /// Motion from the previous frame to this one; nullopt for the film's first analysed
    /// frame. The shot assembler drops it on a shot's first frame (flow across a cut is
    /// meaningless).
    std::optional<MotionFrameStats> motion;
    composition::CompositionFrameStats composition;
};

/// One frame and its predecessor: what a worker needs to measure the frame.
struct FrameTask
{
    AnalysisFrame frame;
    AnalysisFrame previous; ///< empty Mats when the frame has no predecessor
    double fps = 0;
};

/// The per-thread measuring state: OpenCV's optical flow, saliency and cascade objects are
/// not thread-safe, so each worker thread owns one FrameMeasurer.
class FrameMeasurer final
{
public:
    FrameMeasurer() = default;

    /// Measures `task.frame`. Deterministic: the same task gives the same features on any
    /// thread.
    FrameFeatures measure(const FrameTask& task);

private:
    MotionEstimator m_motion;
    composition::CompositionAnalyzer m_composition;
};

} // namespace diptych::analysis
