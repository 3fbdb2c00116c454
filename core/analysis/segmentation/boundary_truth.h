#pragma once

#include "analysis/segmentation/shot_boundary.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace diptych::analysis {

/// Hand-labelled shot boundaries of one clip, as kept in tests/data/shot_boundaries/*.json:
/// {"clip": NAME, "frames": N, "cuts": [first frame of the new shot, …],
///  "gradual": [{"start": s, "end": e, "kind": "dissolve|fade_in|fade_out|wipe|other"}, …],
///  "traps": [{"start": s, "end": e, "what": "…"}, …]} ("traps" optional).
struct BoundaryTruth
{
    std::string clip;
    std::int64_t frames = 0;
    std::vector<ShotBoundary> boundaries; ///< sorted by start
    /// Frames [first, last] (inclusive) that the labels name as traps: flashes, whip pans,
    /// compression glitches... inside one shot, where no boundary may be reported.
    std::vector<std::pair<model::Frame, model::Frame>> traps;
};

/// Reads a label file. Throws diptych::Error ("PATH: reason") for unreadable or malformed
/// files: unknown kinds, spans outside [0, frames), end <= start.
BoundaryTruth loadBoundaryTruth(const std::filesystem::path& path);

} // namespace diptych::analysis
