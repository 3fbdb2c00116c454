#pragma once

#include <string_view>

namespace diptych::exchange {

// Documents built into the library so an export is self-describing without a resource path.

/// resources/schemas/diptych-project.schema.json: the JSON Schema of projectJson()'s output.
std::string_view projectJsonSchema();

/// METRICS.md at the top of the source tree: the definition of every metric column.
std::string_view metricsDocumentation();

} // namespace diptych::exchange
