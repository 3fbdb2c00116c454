#include "log/log.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <mutex>
#include <string>
#include <vector>

namespace diptych::log {
namespace {

constexpr std::size_t kMaxFileBytes = std::size_t{1024} * 1024;
constexpr std::size_t kMaxFiles = 3;
constexpr const char* kPattern = "%Y-%m-%d %H:%M:%S.%e %l [%n] %v";

// The sinks every subsystem logger shares. Guarded by a mutex because loggers are created
// lazily from worker threads.
struct SinkRegistry
{
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks;
    spdlog::level::level_enum level = spdlog::level::warn;
    std::vector<std::shared_ptr<spdlog::logger>> loggers;
};

SinkRegistry& registry()
{
    static SinkRegistry instance;
    return instance;
}

spdlog::sink_ptr makeStderrSink(spdlog::level::level_enum level)
{
    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    sink->set_level(level);
    sink->set_pattern("%l [%n] %v");
    return sink;
}

} // namespace

void initialize(const Options& options)
{
    auto& reg = registry();
    std::lock_guard lock(reg.mutex);
    reg.level = options.verbose ? spdlog::level::debug : spdlog::level::warn;
    reg.sinks = {makeStderrSink(reg.level)};

    std::string fileError;
    if (!options.directory.empty()) {
        try {
            std::filesystem::create_directories(options.directory);
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                (options.directory / "diptych.log").string(), kMaxFileBytes, kMaxFiles);
            // The file keeps more than the terminal: it is what users attach to bug reports.
            file->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
            file->set_pattern(kPattern);
            reg.sinks.push_back(std::move(file));
        } catch (const std::exception& e) {
            fileError = e.what();
        }
    }
    const auto loggerLevel = options.verbose ? spdlog::level::debug : spdlog::level::info;
    for (auto& logger : reg.loggers) {
        logger->sinks() = reg.sinks;
        logger->set_level(loggerLevel);
    }
    reg.level = loggerLevel;
    if (!fileError.empty())
        reg.sinks.front()->log(spdlog::details::log_msg("log", spdlog::level::warn,
                                                        "cannot write the log file: " + fileError));
}

std::shared_ptr<spdlog::logger> get(std::string_view subsystem)
{
    auto& reg = registry();
    std::lock_guard lock(reg.mutex);
    for (auto& logger : reg.loggers)
        if (logger->name() == subsystem)
            return logger;
    if (reg.sinks.empty())
        reg.sinks = {makeStderrSink(spdlog::level::warn)};
    auto logger = std::make_shared<spdlog::logger>(std::string(subsystem), reg.sinks.begin(),
                                                   reg.sinks.end());
    logger->set_level(reg.level);
    logger->flush_on(spdlog::level::warn);
    reg.loggers.push_back(logger);
    return logger;
}

std::filesystem::path defaultDirectory()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "diptych" / "logs";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "share" / "diptych" / "logs";
    return std::filesystem::temp_directory_path() / "diptych" / "logs";
}

} // namespace diptych::log
