#pragma once

#include "model/ids.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace diptych::model {

enum class RegionShape
{
    Rect,    ///< two points: opposite corners
    Polygon, ///< three or more vertices, in drawing order
};

/// A point in normalised frame coordinates: (0,0) top-left, (1,1) bottom-right of the picture,
/// so regions survive a change of resolution (a proxy file, a remaster).
struct NormalizedPoint
{
    double x = 0; ///< 0..1
    double y = 0; ///< 0..1

    bool operator==(const NormalizedPoint&) const = default;
};

/// A spatial mark-up on the picture over frames [startFrame, endFrame).
struct Region
{
    RegionId id = 0;
    FilmId filmId = 0;
    CoderId coderId = 0;
    std::optional<AnnotationId> annotationId; ///< an annotation on the same film; optional
    Frame startFrame = 0;
    Frame endFrame = 0; ///< exclusive, > startFrame
    RegionShape shape = RegionShape::Rect;
    std::vector<NormalizedPoint> points;
    std::optional<CodeId> codeId;
    std::string note;       ///< Markdown
    std::string createdAt;  ///< ISO-8601 UTC with milliseconds; set by the store
    std::string modifiedAt; ///< ditto; set on every update

    bool operator==(const Region&) const = default;
};

[[nodiscard]] constexpr std::string_view toString(RegionShape shape) noexcept
{
    switch (shape) {
    case RegionShape::Rect:
        return "rect";
    case RegionShape::Polygon:
        return "polygon";
    }
    return "polygon";
}

[[nodiscard]] constexpr std::optional<RegionShape>
regionShapeFromString(std::string_view text) noexcept
{
    for (auto shape : {RegionShape::Rect, RegionShape::Polygon})
        if (toString(shape) == text)
            return shape;
    return std::nullopt;
}

} // namespace diptych::model
