#pragma once

#include "model/film.h"
#include "model/ids.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::exchange {

/// Files larger than this are refused before they are parsed, so a wrong or hostile file
/// cannot exhaust memory. ELAN's largest real documents are a few tens of megabytes.
inline constexpr std::uintmax_t kMaxImportBytes = std::uintmax_t(256) << 20;

/// What an import did, counted in rows added to the project.
struct ImportSummary
{
    std::string format; ///< "ELAN EAF 2.8", "Diptych JSON 1", "W3C Web Annotation"
    int filmsAdded = 0;
    int shotsAdded = 0;
    int codersCreated = 0;
    int schemesCreated = 0;
    int codesCreated = 0;
    int tiersCreated = 0;
    int annotationsAdded = 0;
    int regionsAdded = 0;
    int correspondencesAdded = 0;
    int metricValuesAdded = 0;
    std::vector<std::string> remarks; ///< things skipped on purpose, one line each
};

/// The summary as one line for people ("ELAN EAF 2.8: 3 tiers, 120 annotations, ...").
[[nodiscard]] std::string describe(const ImportSummary& summary);

/// The whole file as bytes. Throws InputError "PATH: reason" when it cannot be read, is
/// empty, or is larger than kMaxImportBytes.
std::string readImportFile(const std::filesystem::path& path);

/// "file:///abs/path" for an absolute path (percent-encoding what RFC 3986 requires), as
/// ELAN and Web Annotation targets name media.
[[nodiscard]] std::string fileUrl(const std::filesystem::path& path);

/// The path a media reference names: a file:// URL (percent-decoded), or a plain path taken
/// as is. Relative references are resolved against `baseDir` (the imported file's folder).
[[nodiscard]] std::filesystem::path pathFromMediaReference(std::string_view reference,
                                                           const std::filesystem::path& baseDir);

/// The project film an imported file's annotations belong to.
/// - `chosen` (the user's --film) wins; it must be a film of the project.
/// - Otherwise the first of `mediaReferences` (resolved with pathFromMediaReference) whose path
///   is a film's stored path, else whose file name is the file name of exactly one film.
/// - Otherwise, when the project has exactly one film and the file names no media, that film.
/// Throws InputError "SOURCE: ..." naming the references and asking for --film otherwise.
model::Film matchFilm(const store::ProjectStore& store,
                      const std::vector<std::string>& mediaReferences,
                      const std::filesystem::path& baseDir, std::optional<model::FilmId> chosen,
                      std::string_view source);

/// Finds coders by name, creating the missing ones (counted in the summary). Names are
/// trimmed; an empty name becomes `fallback`.
class CoderResolver
{
public:
    CoderResolver(store::ProjectStore& store, ImportSummary& summary, std::string fallback);
    model::CoderId operator()(std::string_view name);

private:
    store::ProjectStore& m_store;
    ImportSummary& m_summary;
    std::string m_fallback;
    std::map<std::string, model::CoderId, std::less<>> m_byName;
};

/// Finds the code at a path of labels ("Movement/Pan") in one scheme, creating the missing
/// levels (counted in the summary); a single label that is not top level is looked for
/// anywhere in the scheme when exactly one code has it.
class CodeResolver
{
public:
    CodeResolver(store::ProjectStore& store, ImportSummary& summary);
    model::CodeId operator()(model::SchemeId scheme, std::string_view path);

private:
    void load(model::SchemeId scheme);

    store::ProjectStore& m_store;
    ImportSummary& m_summary;
    struct Entry
    {
        model::CodeId id;
        std::optional<model::CodeId> parent;
        std::string label;
    };
    std::map<model::SchemeId, std::vector<Entry>> m_codes;
};

/// Frame ↔ time conversions for formats that count in seconds or milliseconds. A frame's time
/// is its start; [start, end) ranges map to [start time, end time).
[[nodiscard]] double secondsOfFrame(model::Frame frame, double fps);
[[nodiscard]] std::int64_t millisecondsOfFrame(model::Frame frame, double fps);
/// The frame whose start is nearest to `ms` (a boundary written by millisecondsOfFrame()
/// comes back exactly); never negative.
[[nodiscard]] model::Frame frameOfMilliseconds(double ms, double fps);

} // namespace diptych::exchange
