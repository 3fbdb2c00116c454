#pragma once

#include "common/error.h"
#include "store/project_store.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace diptych::cli {

/// What the commands that read a project's results (metrics, stats) take.
struct ProjectQueryOptions
{
    std::string project;
    std::string film;           ///< empty: every film
    std::string format = "csv"; ///< "csv" or "json"
};

inline void addProjectQueryOptions(CLI::App& command, ProjectQueryOptions& options)
{
    command.add_option("--project,-p", options.project, "Project file")
        ->required()
        ->check(CLI::ExistingFile);
    command.add_option("--film", options.film, "Only this film (its path as added)");
    command.add_option("--format", options.format, "Output format")
        ->check(CLI::IsMember({"csv", "json"}));
}

/// The film a `--film PATH` option names: by its path as added, or as an absolute path.
/// nullopt for an empty option (all films); throws Error when no film matches.
inline std::optional<model::FilmId> selectFilm(const store::ProjectStore& store,
                                               const std::string& path)
{
    if (path.empty())
        return std::nullopt;
    for (const std::filesystem::path& candidate :
         {std::filesystem::path(path), std::filesystem::absolute(path).lexically_normal()})
        if (const auto film = store.films().findByPath(candidate))
            return film->id;
    throw Error(store.path().string() + ": no film " + path + " in the project");
}

} // namespace diptych::cli
