#pragma once

#include "model/ids.h"

#include <string>

namespace diptych::model {

/// A person (or an automatic process) who annotates; every annotation and region has one.
struct Coder
{
    CoderId id = 0;
    std::string name; ///< unique within a project
    std::string note;

    bool operator==(const Coder&) const = default;
};

} // namespace diptych::model
