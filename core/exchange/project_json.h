#pragma once

#include "exchange/import_support.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::exchange {

struct ProjectSnapshot;

/// The version of the Diptych project JSON written by projectJson() and the newest that
/// importProjectJson() reads. Its JSON Schema is resources/schemas/diptych-project.schema.json.
inline constexpr int kProjectJsonVersion = 1;

/// The whole snapshot as JSON: {"format": "diptych-project", "schema_version": 1, "project",
/// "exported_at", "metrics", "coders", "schemes" (with their codes), "films" (with shots,
/// shot metrics, per-frame series, tiers, annotations, regions), "correspondences"}. Ids are
/// the project's; references between objects use them. Numbers are written so they read back
/// as the same doubles; a metric value that does not exist (NaN) is null. Take the snapshot
/// with series for a complete file.
std::string projectJson(const ProjectSnapshot& snapshot);

/// Imports a file written by projectJson() in one transaction (everything or nothing):
/// - metrics, coders and schemes are matched by name (codes by their path of labels) and the
///   missing ones added;
/// - a film is matched by its path: a new film is added with its shots, metric values and
///   series; a film already in the project keeps its own shots, which must then be the file's
///   (same frames), or the import fails;
/// - tiers are matched by film and name; annotations, regions and correspondences already in
///   the project (same tier, coder, frames, code and text) are skipped, so importing a file
///   twice adds nothing; annotation and region timestamps are kept.
/// Throws InputError "SOURCE: where: reason" for malformed JSON, another format or a newer
/// version, a missing or mistyped field, or a reference to an id the file does not define.
ImportSummary importProjectJson(store::ProjectStore& store, std::string_view text,
                                const std::filesystem::path& source);

} // namespace diptych::exchange
