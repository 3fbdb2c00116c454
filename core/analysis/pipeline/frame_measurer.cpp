#include "analysis/pipeline/frame_measurer.h"

namespace diptych::analysis {

FrameFeatures FrameMeasurer::measure(const FrameTask& task)
{
    FrameFeatures features;
    features.frame = task.frame;
    features.color = color::measureColor(task.frame.bgr, task.frame.gray);
    if (!task.previous.gray.empty())
        features.motion = m_motion.estimate(task.previous.gray, task.frame.gray, task.fps);
    // Composition changes slowly within a shot and its per-frame values are only averaged per
    // shot, so every second frame (and every sampled frame, which carries the extras) is
    // enough; it halves the composition cost, a tenth of the whole analysis.
    if (task.frame.isSample || task.frame.index % kCompositionFrameStride == 0)
        features.composition = m_composition.measure(task.frame);
    else
        features.composition = composition::CompositionFrameStats::notMeasured();
    return features;
}

} // namespace diptych::analysis
