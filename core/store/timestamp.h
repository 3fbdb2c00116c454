#pragma once

#include <string>

namespace diptych::store {

/// The current time as ISO-8601 UTC with milliseconds, e.g. "2024-05-01T12:34:56.789Z".
/// Text in this form sorts chronologically. Thread-safe.
std::string utcNowIso8601();

} // namespace diptych::store
