#pragma once

#include "common/cancellation.h"
#include "exchange/import_support.h"
#include "model/ids.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::exchange {

/// The dataset formats Diptych writes. Csv and Bundle write a folder; the others one file.
enum class ExportFormat
{
    Csv,           ///< shots.csv, annotations.csv, regions.csv, correspondences.csv
    Json,          ///< the whole project; resources/schemas/diptych-project.schema.json
    Eaf,           ///< ELAN Annotation Format 3.0
    WebAnnotation, ///< W3C Web Annotation JSON-LD AnnotationCollection
    Otio,          ///< OpenTimelineIO JSON
    Edl,           ///< CMX 3600 edit decision list of the shots
    Bundle,        ///< CSVs, JSON, keyframes, palettes, barcodes and a README, in a folder
};

/// Every format, in menu order.
[[nodiscard]] const std::vector<ExportFormat>& exportFormats();
/// The CLI name: "csv", "json", "eaf", "webanno", "otio", "edl", "bundle".
[[nodiscard]] std::string_view formatName(ExportFormat format);
[[nodiscard]] std::optional<ExportFormat> exportFormatFromName(std::string_view name);
/// The file name extension without the dot ("eaf", "jsonld"); empty for folder formats.
[[nodiscard]] std::string_view fileExtension(ExportFormat format);
[[nodiscard]] bool writesFolder(ExportFormat format);

struct ExportOptions
{
    std::optional<model::FilmId> film; ///< only this film; nullopt: every film
};

/// What an export wrote.
struct ExportResult
{
    std::vector<std::filesystem::path> files; ///< every file written, folders' contents included
    std::vector<std::string> warnings; ///< parts left out (a bundle's missing media), one line each
};

/// Writes `format` of `store`'s content to `out` (a file, or a folder that is created if
/// missing; files already in it with the names written are replaced). A file appears complete
/// or not at all; a folder's files are staged and moved in only when all are written.
/// `progress` (may be empty) gets done/total steps; `cancel` is polled between steps, and a
/// cancelled export throws Cancelled and leaves nothing behind.
/// Throws StoreError, InputError (unknown film) or Error (cannot write).
ExportResult exportProject(const store::ProjectStore& store, ExportFormat format,
                           const std::filesystem::path& out, const ExportOptions& options = {},
                           const ProgressSink& progress = {},
                           const CancellationToken* cancel = nullptr);

struct ImportOptions
{
    /// The film the annotations belong to, when the file's media reference names none of the
    /// project's films (EAF, Web Annotation). Ignored by Diptych JSON, which brings its films.
    std::optional<model::FilmId> film;
};

/// Imports `file` into `store`, recognising the format from the content (ELAN EAF, Diptych
/// JSON, W3C Web Annotation), as one transaction: everything or nothing. Throws InputError
/// "FILE: reason" for unreadable, unknown, malformed, hostile or inconsistent input, and
/// StoreError when the project cannot be written; the project is then unchanged.
ImportSummary importFile(store::ProjectStore& store, const std::filesystem::path& file,
                         const ImportOptions& options = {});

} // namespace diptych::exchange
