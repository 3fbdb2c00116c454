#pragma once

#include "model/ids.h"

#include <optional>
#include <string>
#include <string_view>

namespace diptych::model {

/// How a shot begins: the transition from the previous shot into this one.
enum class TransitionKind
{
    None,     ///< the film's first shot: nothing precedes it
    Cut,      ///< hard cut: the new shot starts on one frame
    Dissolve, ///< cross-fade of the two shots
    FadeOut,  ///< the outgoing shot fades to black or white
    FadeIn,   ///< the incoming shot fades up from black or white
    Wipe,     ///< a moving edge replaces one shot by the other
    Other,    ///< any other gradual transition
};

/// A shot of one film: frames [startFrame, endFrame), endFrame > startFrame.
struct Shot
{
    ShotId id = 0;
    FilmId filmId = 0;
    Frame startFrame = 0;
    Frame endFrame = 0;                              ///< exclusive
    TransitionKind transition = TransitionKind::Cut; ///< how this shot begins
    std::string note;                                ///< Markdown
    /// Length in frames of the gradual transition into this shot (0 for a cut or the first
    /// shot). The shot boundary is the transition's midpoint, so half of it lies in each shot.
    Frame transitionFrames = 0;

    [[nodiscard]] Frame length() const noexcept { return endFrame - startFrame; }
    bool operator==(const Shot&) const = default;
};

/// The stable text of a transition kind, as stored and exported ("cut", "fade_in", ...).
[[nodiscard]] constexpr std::string_view toString(TransitionKind kind) noexcept
{
    switch (kind) {
    case TransitionKind::None:
        return "none";
    case TransitionKind::Cut:
        return "cut";
    case TransitionKind::Dissolve:
        return "dissolve";
    case TransitionKind::FadeOut:
        return "fade_out";
    case TransitionKind::FadeIn:
        return "fade_in";
    case TransitionKind::Wipe:
        return "wipe";
    case TransitionKind::Other:
        return "other";
    }
    return "other";
}

/// Inverse of toString(TransitionKind); nullopt for unknown text.
[[nodiscard]] constexpr std::optional<TransitionKind>
transitionKindFromString(std::string_view text) noexcept
{
    for (auto kind : {TransitionKind::None, TransitionKind::Cut, TransitionKind::Dissolve,
                      TransitionKind::FadeOut, TransitionKind::FadeIn, TransitionKind::Wipe,
                      TransitionKind::Other})
        if (toString(kind) == text)
            return kind;
    return std::nullopt;
}

} // namespace diptych::model
