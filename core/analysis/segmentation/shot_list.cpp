#include "analysis/segmentation/shot_list.h"

namespace diptych::analysis {

std::vector<model::Shot> shotsFromBoundaries(const std::vector<ShotBoundary>& boundaries,
                                             model::Frame frameCount)
{
    std::vector<model::Shot> shots;
    if (frameCount <= 0)
        return shots;
    model::Shot current;
    current.startFrame = 0;
    current.transition = TransitionKind::None;
    for (const auto& boundary : boundaries) {
        const auto split = boundary.splitFrame();
        if (split <= current.startFrame || split >= frameCount)
            continue;
        current.endFrame = split;
        shots.push_back(current);
        current = {};
        current.startFrame = split;
        current.transition = boundary.kind;
        current.transitionFrames = boundary.transitionFrames();
    }
    current.endFrame = frameCount;
    shots.push_back(current);
    return shots;
}

} // namespace diptych::analysis
