#pragma once

#include <spdlog/logger.h>

#include <filesystem>
#include <memory>
#include <string_view>

namespace diptych::log {

/// Where and how much to log. Set once at start-up by the executable (composition root).
struct Options
{
    /// Folder of the rotating log file `diptych.log`; empty: no file.
    std::filesystem::path directory;
    /// Raise stderr and file to debug level (the `--verbose` flag).
    bool verbose = false;
};

/// Installs the shared sinks: a rotating file (1 MiB x 3) and stderr at warning level
/// (debug with Options::verbose). Loggers already handed out are re-pointed to the new sinks.
/// Call from the main thread before starting workers; a failure to create the log folder
/// leaves stderr logging in place and is reported on it.
void initialize(const Options& options);

/// The logger of one subsystem ("media", "store", "analysis", "ui", "cli", ...), created on
/// first use with the shared sinks. Thread-safe. Before initialize(), it logs to stderr only.
std::shared_ptr<spdlog::logger> get(std::string_view subsystem);

/// $XDG_DATA_HOME/diptych/logs, or ~/.local/share/diptych/logs.
std::filesystem::path defaultDirectory();

} // namespace diptych::log
