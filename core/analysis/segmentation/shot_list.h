#pragma once

#include "analysis/segmentation/shot_boundary.h"
#include "model/shot.h"

#include <vector>

namespace diptych::analysis {

/// Turns a film's boundaries (in frame order) into its shots, covering [0, frameCount)
/// without gaps. Each shot starts at a boundary's splitFrame() (a cut frame or a gradual
/// transition's midpoint); the first shot's transition is None. Boundaries that would make an
/// empty shot, or that lie outside (0, frameCount), are ignored.
std::vector<model::Shot> shotsFromBoundaries(const std::vector<ShotBoundary>& boundaries,
                                             model::Frame frameCount);

} // namespace diptych::analysis
