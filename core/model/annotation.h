#pragma once

#include "model/ids.h"

#include <optional>
#include <string>

namespace diptych::model {

/// One coded or written observation on a tier, over frames [startFrame, endFrame).
struct Annotation
{
    AnnotationId id = 0;
    TierId tierId = 0;
    CoderId coderId = 0;
    std::optional<ShotId> shotId; ///< a shot of the tier's film; cleared if the shot goes away
    Frame startFrame = 0;         ///< >= 0
    Frame endFrame = 0;           ///< exclusive, > startFrame
    std::optional<CodeId> codeId; ///< cleared if the code is removed
    std::string value;            ///< free text
    std::string note;             ///< Markdown
    std::string createdAt;        ///< ISO-8601 UTC with milliseconds; set by the store
    std::string modifiedAt;       ///< ditto; set on every update

    bool operator==(const Annotation&) const = default;
};

} // namespace diptych::model
