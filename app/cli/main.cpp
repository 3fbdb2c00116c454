// diptych-cli: composition root of the headless tool. Parses the command line, sets up
// logging and hands over to one subcommand. Exit codes: 0 success, 1 bad input or failure
// (one line on stderr), 2 usage error.
#include "cli_command.h"

#include "common/error.h"
#include "log/log.h"
#include "media/input_file.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <vector>

int main(int argc, char** argv)
{
    using namespace diptych;
    CLI::App app("diptych-cli: Diptych's analysis engine on the command line", "diptych-cli");
    app.require_subcommand(1);
    bool verbose = false;
    app.add_flag("--verbose,-v", verbose, "Log debug details to stderr");
    app.set_version_flag("--version", std::string("diptych-cli ") + DIPTYCH_VERSION);

    const std::vector<cli::CommandAction> commands = {
        cli::addProbeCommand(app),  cli::addFrameCommand(app),       cli::addProxyCommand(app),
        cli::addShotsCommand(app),  cli::addAnalyzeCommand(app),     cli::addMetricsCommand(app),
        cli::addStatsCommand(app),  cli::addDemoCommand(app),        cli::addAgreementCommand(app),
        cli::addQueryCommand(app),  cli::addImportCodesCommand(app), cli::addSchemeCommand(app),
        cli::addExportCommand(app), cli::addImportCommand(app),
    };

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "usage error: " << e.what() << "\n"
                  << "Run 'diptych-cli --help' for the commands.\n";
        return 2;
    }

    log::initialize({log::defaultDirectory(), verbose});
    media::routeFfmpegLogging();

    try {
        for (const auto& command : commands)
            if (const int code = command(); code >= 0)
                return code;
    } catch (const Error& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    return 2;
}
