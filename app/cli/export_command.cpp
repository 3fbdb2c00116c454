#include "cli_command.h"
#include "console_progress.h"
#include "project_films.h"

#include "exchange/exchange.h"
#include "store/project_store.h"

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

namespace diptych::cli {

CommandAction addExportCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "export", "Export a project's shots, metrics and annotations as a dataset");
    struct Options
    {
        std::string project;
        std::string format;
        std::string out;
        std::string film;
    };
    auto options = std::make_shared<Options>();
    command->add_option("--project,-p", options->project, "Project file")
        ->required()
        ->check(CLI::ExistingFile);
    std::vector<std::string> names;
    for (const auto format : exchange::exportFormats())
        names.emplace_back(exchange::formatName(format));
    command->add_option("--format,-f", options->format, "Dataset format")
        ->required()
        ->check(CLI::IsMember(names));
    command->add_option("--out,-o", options->out, "Output file (csv and bundle: a folder)")
        ->required();
    command->add_option("--film", options->film, "Only this film (its path as added)");
    command->footer(
        "csv: shots.csv, annotations.csv, regions.csv, correspondences.csv (UTF-8, RFC 4180)\n"
        "json: the whole project (schema: resources/schemas/diptych-project.schema.json)\n"
        "eaf: ELAN 3.0; webanno: W3C Web Annotation JSON-LD; otio: OpenTimelineIO;\n"
        "edl: CMX 3600 of the shots; bundle: csv + json + keyframes, palettes, barcodes and\n"
        "a README describing every column. Files appear complete or not at all.");
    return [command, options]() {
        if (!command->parsed())
            return -1;
        installInterruptHandler();
        const auto store = store::ProjectStore::openReadOnly(options->project);
        exchange::ExportOptions exportOptions;
        exportOptions.film = selectFilm(store, options->film);
        const auto format = *exchange::exportFormatFromName(options->format);
        ConsoleProgress progress;
        const auto result = exchange::exportProject(
            store, format, options->out, exportOptions,
            [&](long long done, long long total) {
                if (total > 1)
                    progress.show("exporting: " + std::to_string(done) + "/" +
                                  std::to_string(total));
            },
            &interruptToken());
        progress.done();
        for (const auto& warning : result.warnings)
            std::cerr << "warning: " << warning << '\n';
        std::cout << "wrote " << result.files.size()
                  << (result.files.size() == 1 ? " file" : " files") << " to " << options->out
                  << '\n';
        return 0;
    };
}

} // namespace diptych::cli
