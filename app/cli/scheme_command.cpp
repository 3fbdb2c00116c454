#include "cli_command.h"

#include "annotation/scheme_json.h"
#include "common/error.h"
#include "store/project_store.h"

#include <iostream>
#include <memory>

namespace diptych::cli {

namespace {

/// The scheme a `--scheme NAME` option names; the project's only scheme when empty.
model::CodingScheme selectScheme(const store::ProjectStore& store, const std::string& name)
{
    const auto schemes = store.schemes().list();
    if (name.empty() && schemes.size() == 1)
        return schemes.front();
    for (const auto& scheme : schemes)
        if (scheme.name == name)
            return scheme;
    if (name.empty())
        throw diptych::Error(store.path().string() + ": the project has " +
                             std::to_string(schemes.size()) +
                             " coding schemes: name one with --scheme");
    throw diptych::Error(store.path().string() + ": no coding scheme '" + name +
                         "' in the project");
}

} // namespace

CommandAction addSchemeCommand(CLI::App& app)
{
    auto* command = app.add_subcommand(
        "scheme", "Coding schemes: list them, import or export one as JSON, add the default one");
    command->require_subcommand(1);
    struct Options
    {
        std::string project;
        std::string scheme;
        std::string file;
        std::string name;
    };
    auto options = std::make_shared<Options>();
    auto addProject = [&](CLI::App* sub) {
        sub->add_option("--project,-p", options->project, "Project file")
            ->required()
            ->check(CLI::ExistingFile);
    };
    auto* list = command->add_subcommand("list", "Print the project's schemes and code counts");
    addProject(list);
    auto* exportScheme = command->add_subcommand("export", "Write a scheme as JSON");
    addProject(exportScheme);
    exportScheme->add_option("--scheme", options->scheme, "Scheme name (default: the only one)");
    exportScheme->add_option("--out,-o", options->file, "JSON file to write")->required();
    auto* importScheme =
        command->add_subcommand("import", "Add a scheme from a JSON file (all or nothing)");
    addProject(importScheme);
    importScheme->add_option("FILE", options->file, "Scheme JSON file")->required();
    importScheme->add_option("--name", options->name, "Store it under this name instead");
    auto* addDefault =
        command->add_subcommand("add-default", "Add Diptych's default scheme if it is missing");
    addProject(addDefault);

    return [=]() {
        if (!command->parsed())
            return -1;
        if (list->parsed()) {
            const auto store = store::ProjectStore::openReadOnly(options->project);
            for (const auto& scheme : store.schemes().list())
                std::cout << scheme.name << '\t' << store.schemes().codes(scheme.id).size()
                          << " codes\n";
        } else if (exportScheme->parsed()) {
            const auto store = store::ProjectStore::openReadOnly(options->project);
            annotation::exportSchemeJson(store, selectScheme(store, options->scheme).id,
                                         options->file);
        } else if (importScheme->parsed()) {
            auto store = store::ProjectStore::open(options->project);
            const auto scheme = annotation::importSchemeJson(store, options->file, options->name);
            std::cout << "imported '" << scheme.name << "' ("
                      << store.schemes().codes(scheme.id).size() << " codes)\n";
        } else if (addDefault->parsed()) {
            auto store = store::ProjectStore::open(options->project);
            const auto scheme = annotation::installDefaultScheme(store);
            std::cout << scheme.name << '\n';
        }
        return 0;
    };
}

} // namespace diptych::cli
