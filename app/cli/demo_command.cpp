#include "cli_command.h"
#include "console_progress.h"

#include "demo/demo_project.h"

#include <cstdio>
#include <iostream>
#include <memory>

namespace diptych::cli {

CommandAction addDemoCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "demo", "Make the demo project: render an original film and its teal-orange, centred, "
                "smoothed remake, add both to a project and analyse them (does nothing when "
                "the demo is complete; resumable)");
    struct Options
    {
        std::string project;
        std::string media;
    };
    auto options = std::make_shared<Options>();
    command->add_option("--project,-p", options->project,
                        "Project file (default: ~/.local/share/diptych/demo/demo.diptych)");
    command->add_option("--media", options->media,
                        "Folder for original.mkv and remake.mkv (default: the project's folder)");
    return [command, options]() {
        if (!command->parsed())
            return -1;
        installInterruptHandler();
        const std::filesystem::path project = options->project.empty()
                                                  ? demo::defaultDemoProjectPath()
                                                  : std::filesystem::path(options->project);
        std::filesystem::path media = options->media;
        if (media.empty())
            media = std::filesystem::absolute(project).parent_path();
        ConsoleProgress progress;
        const auto result = demo::createDemoProject(
            project, media, &interruptToken(), [&](long long done, long long total) {
                const char* stage = done < 300 ? "rendering the demo films" : "analysing";
                char line[128];
                std::snprintf(line, sizeof line, "demo: %s, %.0f%%", stage,
                              total > 0 ? 100.0 * double(done) / double(total) : 0.0);
                progress.show(line);
            });
        progress.done();
        if (result.upToDate)
            std::cerr << "demo: up to date\n";
        else
            std::cerr << "demo: " << result.filmsRendered << " films rendered, "
                      << result.filmsAnalysed << " analysed\n";
        std::cout << result.projectPath.string() << '\n';
        return 0;
    };
}

} // namespace diptych::cli
