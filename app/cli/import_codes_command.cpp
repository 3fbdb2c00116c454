#include "cli_command.h"

#include "annotation/code_import.h"
#include "store/project_store.h"

#include <iostream>
#include <memory>
#include <string>

namespace diptych::cli {

CommandAction addImportCodesCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "import-codes",
        "Import shot codes from a spreadsheet (CSV) into a project: all rows or none");
    struct Options
    {
        std::string project;
        std::string csv;
    };
    auto options = std::make_shared<Options>();
    command->add_option("--project,-p", options->project, "Project file")
        ->required()
        ->check(CLI::ExistingFile);
    command->add_option("FILE", options->csv, "CSV file")->required()->check(CLI::ExistingFile);
    command->footer(
        "Columns (header row, any order): film,shot,coder,code and optionally tier,note.\n"
        "film: its path in the project or its file name; shot: 0-based index; code: a label\n"
        "or a path Parent/Child (created when new); tier: default 'Codes' (a shot tier,\n"
        "created when missing). Rows equal to existing annotations are skipped. Any bad row\n"
        "rejects the whole file: 'error: FILE: line N: reason', and the project is unchanged.");
    return [command, options]() {
        if (!command->parsed())
            return -1;
        auto store = store::ProjectStore::open(options->project);
        const auto summary = annotation::importShotCodes(store, options->csv);
        std::cout << annotation::describe(summary) << '\n';
        return 0;
    };
}

} // namespace diptych::cli
