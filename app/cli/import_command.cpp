#include "cli_command.h"
#include "project_films.h"

#include "exchange/exchange.h"
#include "store/project_store.h"

#include <iostream>
#include <memory>
#include <string>

namespace diptych::cli {

CommandAction addImportCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "import", "Import annotations (ELAN EAF, W3C Web Annotation) or a Diptych JSON export");
    struct Options
    {
        std::string project;
        std::string film;
        std::string file;
    };
    auto options = std::make_shared<Options>();
    command->add_option("--project,-p", options->project, "Project file")
        ->required()
        ->check(CLI::ExistingFile);
    command->add_option("--film", options->film,
                        "The project film the annotations belong to (its path as added), when "
                        "the file's media reference matches none");
    command->add_option("FILE", options->file, "File to import")
        ->required()
        ->check(CLI::ExistingFile);
    command->footer(
        "The format comes from the file's content. The import is one transaction: on any\n"
        "error ('error: FILE: reason') the project is unchanged.");
    return [command, options]() {
        if (!command->parsed())
            return -1;
        auto store = store::ProjectStore::open(options->project);
        exchange::ImportOptions importOptions;
        importOptions.film = selectFilm(store, options->film);
        const auto summary = exchange::importFile(store, options->file, importOptions);
        std::cout << exchange::describe(summary) << '\n';
        return 0;
    };
}

} // namespace diptych::cli
