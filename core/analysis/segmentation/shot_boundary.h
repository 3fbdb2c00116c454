#pragma once

#include "model/ids.h"
#include "model/shot.h"

namespace diptych::analysis {

/// How one shot gives way to the next (shared with the stored model, so a detected boundary
/// and a stored shot speak the same vocabulary).
using model::TransitionKind;

[[nodiscard]] constexpr bool isGradual(TransitionKind kind)
{
    return kind != TransitionKind::Cut && kind != TransitionKind::None;
}

/// A boundary between two shots.
/// For a cut, `start` is the first frame of the incoming shot and `end` = start + 1.
/// For a gradual transition, [start, end) spans it: `start` is the first frame the transition
/// changes, `end` the first frame that is wholly the incoming shot.
struct ShotBoundary
{
    model::Frame start = 0;
    model::Frame end = 1;
    TransitionKind kind = TransitionKind::Cut;

    /// The frame where the outgoing shot ends and the incoming one starts: the cut frame
    /// (start), or a gradual transition's midpoint.
    [[nodiscard]] constexpr model::Frame splitFrame() const { return start + (end - start) / 2; }
    /// Length of a gradual transition in frames; 0 for a cut (model::Shot::transitionFrames).
    [[nodiscard]] constexpr model::Frame transitionFrames() const
    {
        return isGradual(kind) ? end - start : 0;
    }

    friend bool operator==(const ShotBoundary&, const ShotBoundary&) = default;
};

} // namespace diptych::analysis
