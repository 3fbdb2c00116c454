#pragma once

#include "model/ids.h"

#include <optional>
#include <string>

namespace diptych::model {

/// A link between a shot of one film and a shot of another (an original and its remake).
/// The pair is unordered: {a, b} and {b, a} are the same correspondence. A shot may take part
/// in several correspondences (a shot split in two in the remake).
struct Correspondence
{
    CorrespondenceId id = 0;
    ShotId shotA = 0;
    ShotId shotB = 0;                 ///< a shot of a different film than shotA
    std::optional<double> confidence; ///< 0..1 from an aligner; nullopt when set by hand
    std::string note;                 ///< Markdown
    std::string createdAt;            ///< ISO-8601 UTC with milliseconds; set by the store

    bool operator==(const Correspondence&) const = default;
};

} // namespace diptych::model
