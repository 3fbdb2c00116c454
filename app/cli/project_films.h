#pragma once

#include "common/error.h"
#include "store/project_store.h"

#include <filesystem>
#include <optional>
#include <string>

namespace diptych::cli {

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
