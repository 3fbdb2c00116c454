#pragma once

#include "exchange/import_support.h"

#include <filesystem>
#include <optional>
#include <string_view>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::exchange {

/// Imports an ELAN document (EAF 2.7 to 3.0, `text` the file's bytes, `source` its path for
/// messages and for resolving relative media) into `store` in one transaction. `film` is the
/// user's choice of project film, if any (see matchFilm()). Throws InputError
/// "SOURCE: reason" for malformed XML, DTDs and entities, unknown versions, dangling
/// references; StoreError when the project cannot be written. Nothing is written on error.
ImportSummary importEaf(store::ProjectStore& store, std::string_view text,
                        const std::filesystem::path& source, std::optional<model::FilmId> film);

} // namespace diptych::exchange
