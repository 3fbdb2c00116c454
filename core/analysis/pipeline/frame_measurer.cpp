#include "analysis/pipeline/frame_measurer.h"

namespace diptych::analysis {

FrameFeatures FrameMeasurer::measure(const FrameTask& task)
{
    FrameFeatures features;
    features.frame = task.frame;
    features.color = color::measureColor(task.frame.bgr);
    if (!task.previous.gray.empty())
        features.motion = m_motion.estimate(task.previous.gray, task.frame.gray, task.fps);
    features.composition = m_composition.measure(task.frame);
    return features;
}

} // namespace diptych::analysis
