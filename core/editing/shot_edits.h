#pragma once

#include "model/shot.h"

#include <optional>
#include <span>
#include <vector>

namespace diptych::editing {

/// Hand edits of a film's shot list, as pure functions: each takes the shots ordered by start
/// frame (as ShotRepository::list returns them) and returns the edited list, or nullopt when
/// the edit does not apply (the reason is in the doc of each). Frames are 0-based
/// presentation-order indices; shots are [startFrame, endFrame). Ids of untouched shots are
/// kept; a shot whose frames change keeps the id of the shot it came from, which callers must
/// not rely on (the store keys shots by their frames).

/// Splits the shot containing `frame` into [start, frame) and [frame, end). The first part
/// keeps the shot's transition and note; the second begins with a cut. Nullopt when `frame`
/// is a shot's first frame already or lies in no shot.
std::optional<std::vector<model::Shot>> splitShotAt(std::span<const model::Shot> shots,
                                                    model::Frame frame);

/// Merges shot `index` with the shot after it into one [start of index, end of index + 1),
/// keeping the first shot's transition and joining both notes. Nullopt when there is no next
/// shot or the two are not adjacent (a gap lies between them).
std::optional<std::vector<model::Shot>> mergeWithNext(std::span<const model::Shot> shots,
                                                      std::size_t index);

/// Moves the boundary between shot `index - 1` and shot `index` to `frame`, so the earlier
/// shot ends and the later one begins there. Both shots keep at least one frame: nullopt when
/// `frame` is not strictly inside (start of index - 1, end of index), when `index` is 0 or out
/// of range, when the shots are not adjacent, or when the boundary is already at `frame`.
std::optional<std::vector<model::Shot>> moveBoundary(std::span<const model::Shot> shots,
                                                     std::size_t index, model::Frame frame);

/// The index of the boundary (a shot index >= 1: the boundary at that shot's start) nearest
/// to `frame`; nullopt for fewer than two shots.
std::optional<std::size_t> nearestBoundary(std::span<const model::Shot> shots, model::Frame frame);

/// The index of the shot containing `frame`; nullopt when it lies in no shot.
std::optional<std::size_t> shotIndexAt(std::span<const model::Shot> shots, model::Frame frame);

} // namespace diptych::editing
