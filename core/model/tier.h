#pragma once

#include "model/ids.h"

#include <optional>
#include <string>
#include <string_view>

namespace diptych::model {

/// What a tier's annotations are aligned to.
enum class TierKind
{
    Shot,  ///< one annotation per shot, spanning it
    Range, ///< free frame ranges
    Text,  ///< free-text notes on frame ranges
};

/// A named layer of annotations on one film, optionally tied to a coding scheme.
struct Tier
{
    TierId id = 0;
    FilmId filmId = 0; ///< fixed once added
    std::string name;  ///< unique within the film, not empty
    std::optional<SchemeId> schemeId;
    TierKind kind = TierKind::Range;
    int sortOrder = 0; ///< display position, ascending

    bool operator==(const Tier&) const = default;
};

[[nodiscard]] constexpr std::string_view toString(TierKind kind) noexcept
{
    switch (kind) {
    case TierKind::Shot:
        return "shot";
    case TierKind::Range:
        return "range";
    case TierKind::Text:
        return "text";
    }
    return "range";
}

[[nodiscard]] constexpr std::optional<TierKind> tierKindFromString(std::string_view text) noexcept
{
    for (auto kind : {TierKind::Shot, TierKind::Range, TierKind::Text})
        if (toString(kind) == text)
            return kind;
    return std::nullopt;
}

} // namespace diptych::model
