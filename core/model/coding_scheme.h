#pragma once

#include "model/ids.h"

#include <optional>
#include <string>

namespace diptych::model {

/// A controlled vocabulary: a tree of codes that tiers use to classify annotations.
struct CodingScheme
{
    SchemeId id = 0;
    std::string name; ///< unique within a project
    std::string description;

    bool operator==(const CodingScheme&) const = default;
};

/// One entry of a coding scheme. Codes form a tree inside one scheme; labels are unique among
/// siblings. A code that is no longer used for new work is `retired` rather than removed, so
/// existing annotations keep it.
struct Code
{
    CodeId id = 0;
    SchemeId schemeId = 0;
    std::optional<CodeId> parentId; ///< nullopt: a top-level code
    std::string label;              ///< not empty
    std::string description;
    std::string color;    ///< "#rrggbb", or empty for none
    std::string shortcut; ///< key sequence in portable text form ("Ctrl+1"), or empty
    int sortOrder = 0;    ///< position among siblings, ascending
    bool retired = false;

    bool operator==(const Code&) const = default;
};

} // namespace diptych::model
