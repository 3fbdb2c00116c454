#pragma once

#include "exchange/import_support.h"

#include <filesystem>
#include <optional>
#include <string_view>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::exchange {

/// Imports an ELAN document (EAF 2.x and 3.x: 2.7 to 3.0 as ELAN writes them today, and older
/// 2.x files; `text` the file's bytes, `source` its path for messages and for resolving
/// relative media) into `store` in one transaction. `film` is the user's choice of project
/// film, if any (see matchFilm()); without it, Diptych's own files go back to the films they
/// came from (by path) and others to the film their media descriptors match. Throws
/// InputError "SOURCE: reason" for malformed XML, DTDs and entities, unknown versions,
/// dangling references, a film without frame rate; StoreError when the project cannot be
/// written. Nothing is written on error. See eaf_import.cpp for how ELAN's tiers map.
ImportSummary importEaf(store::ProjectStore& store, std::string_view text,
                        const std::filesystem::path& source, std::optional<model::FilmId> film);

} // namespace diptych::exchange
