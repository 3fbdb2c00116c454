#pragma once

#include "exchange/import_support.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::exchange {

struct ProjectSnapshot;

/// The snapshot's annotations and regions as a W3C Web Annotation JSON-LD
/// AnnotationCollection (https://www.w3.org/TR/annotation-model/).
std::string webAnnotationDocument(const ProjectSnapshot& snapshot);

/// Imports a Web Annotation collection (or a single annotation, or a JSON array of them) in
/// one transaction. Same contract as importEaf().
ImportSummary importWebAnnotation(store::ProjectStore& store, std::string_view text,
                                  const std::filesystem::path& source,
                                  std::optional<model::FilmId> film);

} // namespace diptych::exchange
