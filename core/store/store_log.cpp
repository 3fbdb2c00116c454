#include "store/store_log.h"

#include "log/log.h"

namespace diptych::store {

spdlog::logger& storeLog()
{
    // log::initialize() re-points handed-out loggers at the new sinks, so caching is safe.
    static const auto logger = log::get("store");
    return *logger;
}

} // namespace diptych::store
