#include "exchange/exchange.h"

#include "common/error.h"
#include "common/text_file.h"
#include "exchange/bundle_export.h"
#include "exchange/csv_export.h"
#include "exchange/eaf_export.h"
#include "exchange/eaf_import.h"
#include "exchange/edl_export.h"
#include "exchange/otio_export.h"
#include "exchange/project_json.h"
#include "exchange/project_snapshot.h"
#include "exchange/web_annotation.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace diptych::exchange {

namespace {

struct FormatInfo
{
    ExportFormat format;
    std::string_view name;
    std::string_view extension;
};

constexpr std::array kFormats = {
    FormatInfo{ExportFormat::Csv, "csv", ""},
    FormatInfo{ExportFormat::Json, "json", "json"},
    FormatInfo{ExportFormat::Eaf, "eaf", "eaf"},
    FormatInfo{ExportFormat::WebAnnotation, "webanno", "jsonld"},
    FormatInfo{ExportFormat::Otio, "otio", "otio"},
    FormatInfo{ExportFormat::Edl, "edl", "edl"},
    FormatInfo{ExportFormat::Bundle, "bundle", ""},
};

const FormatInfo& infoOf(ExportFormat format)
{
    return *std::find_if(kFormats.begin(), kFormats.end(),
                         [format](const FormatInfo& info) { return info.format == format; });
}

// A folder export is written into a hidden sibling folder first and its files moved into
// place only when every one is written, so a failed or cancelled export changes nothing.
class StagingFolder
{
public:
    explicit StagingFolder(const std::filesystem::path& out)
        : m_out(out)
        , m_path(out.parent_path() / ("." + out.filename().string() + ".partial"))
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
        std::error_code error;
        std::filesystem::create_directories(m_path, error);
        if (error)
            throw Error(out.string() + ": cannot create the folder (" + error.message() + ")");
    }
    ~StagingFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

    /// Moves everything staged into the output folder, replacing what has the same name.
    std::vector<std::filesystem::path> commit()
    {
        std::error_code error;
        std::filesystem::create_directories(m_out, error);
        if (error)
            throw Error(m_out.string() + ": cannot create the folder (" + error.message() + ")");
        for (const auto& entry : std::filesystem::directory_iterator(m_path)) {
            const auto target = m_out / entry.path().filename();
            std::filesystem::remove_all(target, error);
            std::filesystem::rename(entry.path(), target, error);
            if (error)
                throw Error(target.string() + ": cannot write (" + error.message() + ")");
        }
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(m_out))
            if (entry.is_regular_file())
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        return files;
    }

private:
    std::filesystem::path m_out;
    std::filesystem::path m_path;
};

std::string singleFileDocument(ExportFormat format, const ProjectSnapshot& snapshot)
{
    switch (format) {
    case ExportFormat::Json:
        return projectJson(snapshot);
    case ExportFormat::Eaf:
        return eafDocument(snapshot);
    case ExportFormat::WebAnnotation:
        return webAnnotationDocument(snapshot);
    case ExportFormat::Otio:
        return otioDocument(snapshot);
    case ExportFormat::Edl:
        return edlDocument(snapshot);
    case ExportFormat::Csv:
    case ExportFormat::Bundle:
        break;
    }
    throw std::logic_error("not a single-file format");
}

enum class ImportFormat
{
    Eaf,
    DiptychJson,
    WebAnnotation,
};

// The format from the content, not the name: ELAN files are XML with ANNOTATION_DOCUMENT,
// Diptych JSON says so in "format", Web Annotation has its JSON-LD context or types.
std::optional<ImportFormat> sniff(std::string_view text)
{
    auto start = text.find_first_not_of(" \t\r\n");
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        start = text.find_first_not_of(" \t\r\n", 3);
    if (start == std::string_view::npos)
        return std::nullopt;
    const auto head = text.substr(start, 4096);
    if (head.front() == '<')
        return head.find("ANNOTATION_DOCUMENT") != std::string_view::npos
                   ? std::optional(ImportFormat::Eaf)
                   : std::nullopt;
    if (head.front() != '{' && head.front() != '[')
        return std::nullopt;
    // JSON: look at the parsed top level rather than at the first bytes, since key order is
    // free. A file that does not parse goes to the importer its text suggests, which reports
    // the syntax error with its place.
    const auto document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_discarded())
        return text.find("\"diptych-project\"") != std::string_view::npos
                   ? ImportFormat::DiptychJson
                   : ImportFormat::WebAnnotation;
    if (document.is_object() && document.value("format", nlohmann::json()) == "diptych-project")
        return ImportFormat::DiptychJson;
    if (document.is_array() || document.contains("@context") || document.contains("type"))
        return ImportFormat::WebAnnotation;
    return std::nullopt;
}

} // namespace

const std::vector<ExportFormat>& exportFormats()
{
    static const std::vector<ExportFormat> formats = [] {
        std::vector<ExportFormat> all;
        all.reserve(kFormats.size());
        for (const auto& info : kFormats)
            all.push_back(info.format);
        return all;
    }();
    return formats;
}

std::string_view formatName(ExportFormat format)
{
    return infoOf(format).name;
}

std::optional<ExportFormat> exportFormatFromName(std::string_view name)
{
    for (const auto& info : kFormats)
        if (info.name == name)
            return info.format;
    return std::nullopt;
}

std::string_view fileExtension(ExportFormat format)
{
    return infoOf(format).extension;
}

bool writesFolder(ExportFormat format)
{
    return infoOf(format).extension.empty();
}

ExportResult exportProject(const store::ProjectStore& store, ExportFormat format,
                           const std::filesystem::path& out, const ExportOptions& options,
                           const ProgressSink& progress, const CancellationToken* cancel)
{
    const bool withSeries = format == ExportFormat::Json || format == ExportFormat::Bundle;
    const auto snapshot = takeSnapshot(store, options.film, withSeries);
    if (cancel)
        cancel->throwIfCancelled();
    ExportResult result;
    if (!writesFolder(format)) {
        writeTextFile(out, singleFileDocument(format, snapshot), "the export");
        result.files.push_back(out);
        if (progress)
            progress(1, 1);
        return result;
    }
    StagingFolder staging(out);
    if (format == ExportFormat::Csv) {
        for (const auto& table : csvTables(snapshot))
            writeTextFile(staging.path() / table.fileName, table.text, table.fileName);
        if (progress)
            progress(1, 1);
    } else {
        result.warnings = writeBundle(snapshot, staging.path(), progress, cancel);
    }
    if (cancel)
        cancel->throwIfCancelled();
    result.files = staging.commit();
    return result;
}

ImportSummary importFile(store::ProjectStore& store, const std::filesystem::path& file,
                         const ImportOptions& options)
{
    const auto text = readImportFile(file);
    const auto format = sniff(text);
    if (!format)
        throw InputError(file.string() +
                         ": not a file Diptych imports (ELAN .eaf, Diptych project .json, "
                         "W3C Web Annotation .jsonld)");
    switch (*format) {
    case ImportFormat::Eaf:
        return importEaf(store, text, file, options.film);
    case ImportFormat::DiptychJson:
        return importProjectJson(store, text, file);
    case ImportFormat::WebAnnotation:
        return importWebAnnotation(store, text, file, options.film);
    }
    throw std::logic_error("unknown import format");
}

} // namespace diptych::exchange
