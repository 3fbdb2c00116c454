#pragma once

#include "model/ids.h"

#include <string_view>

namespace diptych::analysis {

/// How one shot gives way to the next.
enum class TransitionKind
{
    Cut,      ///< hard cut: the new shot starts on one frame
    Dissolve, ///< cross-fade of the two shots
    FadeOut,  ///< the outgoing shot fades to black or white
    FadeIn,   ///< the incoming shot fades up from black or white
    Wipe,     ///< a moving edge replaces one shot by the other
    Other,    ///< any other gradual transition
};

/// "cut", "dissolve", "fade_out", "fade_in", "wipe", "other".
std::string_view toString(TransitionKind kind);
/// Inverse of toString(); returns false for an unknown name.
bool fromString(std::string_view name, TransitionKind& kind);

[[nodiscard]] constexpr bool isGradual(TransitionKind kind)
{
    return kind != TransitionKind::Cut;
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

    friend bool operator==(const ShotBoundary&, const ShotBoundary&) = default;
};

} // namespace diptych::analysis
