#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace diptych::cli {

/// A subcommand registers its options on `app` and returns the action to run when it was
/// chosen. Actions return the process exit code (0 success, 1 failure) and throw
/// diptych::Error for failures the caller prints as `error: <message>`.
using CommandAction = std::function<int()>;

CommandAction addProbeCommand(CLI::App& app);
CommandAction addFrameCommand(CLI::App& app);
CommandAction addProxyCommand(CLI::App& app);
CommandAction addShotsCommand(CLI::App& app);
CommandAction addAnalyzeCommand(CLI::App& app);
CommandAction addMetricsCommand(CLI::App& app);
CommandAction addStatsCommand(CLI::App& app);
CommandAction addDemoCommand(CLI::App& app);
CommandAction addAgreementCommand(CLI::App& app);
CommandAction addImportCodesCommand(CLI::App& app);
CommandAction addImportCommand(CLI::App& app);
CommandAction addExportCommand(CLI::App& app);
CommandAction addQueryCommand(CLI::App& app);
CommandAction addSchemeCommand(CLI::App& app);

} // namespace diptych::cli
