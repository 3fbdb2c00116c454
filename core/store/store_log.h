#pragma once

#include <spdlog/logger.h>

namespace diptych::store {

/// The "store" subsystem logger (log::get("store")), looked up once. Thread-safe.
spdlog::logger& storeLog();

} // namespace diptych::store
