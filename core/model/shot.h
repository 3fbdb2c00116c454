#pragma once

#include "model/ids.h"

#include <optional>
#include <string>
#include <string_view>

namespace diptych::model {

/// How a shot begins: the transition from the previous shot into this one.
enum class TransitionKind
{
    Cut,
    Dissolve,
    FadeIn,
    Wipe,
    Other,
};

/// A shot of one film: frames [startFrame, endFrame), endFrame > startFrame.
struct Shot
{
    ShotId id = 0;
    FilmId filmId = 0;
    Frame startFrame = 0;
    Frame endFrame = 0; ///< exclusive
    TransitionKind transition = TransitionKind::Cut;
    std::string note; ///< Markdown

    [[nodiscard]] Frame length() const noexcept { return endFrame - startFrame; }
    bool operator==(const Shot&) const = default;
};

/// The stable text of a transition kind, as stored and exported ("cut", "fade_in", ...).
[[nodiscard]] constexpr std::string_view toString(TransitionKind kind) noexcept
{
    switch (kind) {
    case TransitionKind::Cut:
        return "cut";
    case TransitionKind::Dissolve:
        return "dissolve";
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
    for (auto kind : {TransitionKind::Cut, TransitionKind::Dissolve, TransitionKind::FadeIn,
                      TransitionKind::Wipe, TransitionKind::Other})
        if (toString(kind) == text)
            return kind;
    return std::nullopt;
}

} // namespace diptych::model
