#pragma once

#include "model/coding_scheme.h"
#include "model/tier.h"

#include <optional>
#include <vector>

class QWidget;

namespace diptych::ui {

/// Asks for a new tier's name, kind (shot, range or text) and coding scheme. Returns the tier
/// (without film, id or order) or nullopt when cancelled. Names are checked against `taken`.
std::optional<model::Tier> askForTier(QWidget* parent,
                                      const std::vector<model::CodingScheme>& schemes,
                                      const std::vector<model::Tier>& taken);

} // namespace diptych::ui
