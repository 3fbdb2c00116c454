#include "exchange/import_support.h"

#include "common/error.h"
#include "common/text.h"
#include "store/project_store.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>

namespace diptych::exchange {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string percentDecoded(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const int hi = hexValue(text[i + 1]);
            const int lo = hexValue(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

void appendCount(std::string& line, int count, std::string_view one, std::string_view many)
{
    if (count == 0)
        return;
    line += line.empty() ? "" : ", ";
    line += std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

} // namespace

std::string describe(const ImportSummary& s)
{
    std::string counts;
    appendCount(counts, s.filmsAdded, "film", "films");
    appendCount(counts, s.shotsAdded, "shot", "shots");
    appendCount(counts, s.metricValuesAdded, "metric value", "metric values");
    appendCount(counts, s.codersCreated, "coder", "coders");
    appendCount(counts, s.schemesCreated, "coding scheme", "coding schemes");
    appendCount(counts, s.codesCreated, "code", "codes");
    appendCount(counts, s.tiersCreated, "tier", "tiers");
    appendCount(counts, s.annotationsAdded, "annotation", "annotations");
    appendCount(counts, s.regionsAdded, "region", "regions");
    appendCount(counts, s.correspondencesAdded, "correspondence", "correspondences");
    std::string line = s.format + ": " + (counts.empty() ? "nothing to add" : counts + " added");
    for (const auto& remark : s.remarks)
        line += "; " + remark;
    return line;
}

std::string readImportFile(const std::filesystem::path& path)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error)
        throw InputError(path.string() + ": cannot read the file (" + error.message() + ")");
    if (size == 0)
        throw InputError(path.string() + ": the file is empty");
    if (size > kMaxImportBytes)
        throw InputError(path.string() + ": the file is too large to import (" +
                         std::to_string(size >> 20) + " MiB; the limit is " +
                         std::to_string(kMaxImportBytes >> 20) + " MiB)");
    std::ifstream file(path, std::ios::binary);
    std::string text(static_cast<std::size_t>(size), '\0');
    if (!file || !file.read(text.data(), static_cast<std::streamsize>(size)))
        throw InputError(path.string() + ": cannot read the file");
    return text;
}

std::string fileUrl(const std::filesystem::path& path)
{
    static constexpr std::string_view kUnreserved = "-._~/";
    std::string url = "file://";
    for (const char c : path.generic_string()) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved =
            (u < 0x80 && std::isalnum(u) != 0) || kUnreserved.find(c) != std::string_view::npos;
        if (unreserved) {
            url += c;
        } else {
            static constexpr char kHex[] = "0123456789ABCDEF";
            url += '%';
            url += kHex[u >> 4];
            url += kHex[u & 0xF];
        }
    }
    return url;
}

std::filesystem::path pathFromMediaReference(std::string_view reference,
                                             const std::filesystem::path& baseDir)
{
    std::string text = trimmed(reference);
    std::filesystem::path path;
    if (text.starts_with("file://")) {
        std::string rest = text.substr(7);
        // "file://host/path" names a host; "file:///path" and "file://localhost/path" do not.
        if (rest.starts_with("localhost/"))
            rest = rest.substr(9);
        path = percentDecoded(rest);
    } else if (text.starts_with("file:")) {
        path = percentDecoded(text.substr(5)); // ELAN's relative "file:./clip.mp4"
    } else {
        path = text;
    }
    if (path.is_relative() && !path.empty())
        path = baseDir / path;
    return path.lexically_normal();
}

model::Film matchFilm(const store::ProjectStore& store,
                      const std::vector<std::string>& mediaReferences,
                      const std::filesystem::path& baseDir, std::optional<model::FilmId> chosen,
                      std::string_view source)
{
    const auto films = store.films().list();
    const std::string prefix = std::string(source) + ": ";
    if (chosen) {
        for (const auto& film : films)
            if (film.id == *chosen)
                return film;
        throw InputError(prefix + "the project has no film with id " + std::to_string(*chosen));
    }
    for (const auto& reference : mediaReferences) {
        const auto path = pathFromMediaReference(reference, baseDir);
        for (const auto& film : films)
            if (film.path.lexically_normal() == path)
                return film;
    }
    for (const auto& reference : mediaReferences) {
        const auto name = pathFromMediaReference(reference, baseDir).filename();
        const model::Film* match = nullptr;
        int matches = 0;
        for (const auto& film : films)
            if (film.path.filename() == name) {
                match = &film;
                ++matches;
            }
        if (matches == 1)
            return *match;
    }
    if (mediaReferences.empty() && films.size() == 1)
        return films.front();
    if (films.empty())
        throw InputError(prefix + "the project has no film to attach the annotations to; "
                                  "add the film first");
    std::string names;
    for (const auto& reference : mediaReferences)
        names += (names.empty() ? "" : ", ") + std::string("'") + reference + "'";
    throw InputError(
        prefix +
        (names.empty() ? "the file names no media" : "no film of the project matches " + names) +
        "; name the film with --film");
}

CoderResolver::CoderResolver(store::ProjectStore& store, ImportSummary& summary,
                             std::string fallback)
    : m_store(store)
    , m_summary(summary)
    , m_fallback(std::move(fallback))
{
    for (const auto& coder : m_store.coders().list())
        m_byName.emplace(coder.name, coder.id);
}

model::CoderId CoderResolver::operator()(std::string_view name)
{
    std::string key = trimmed(name);
    if (key.empty())
        key = m_fallback;
    if (const auto at = m_byName.find(key); at != m_byName.end())
        return at->second;
    const auto coder = m_store.coders().add({0, key, ""});
    ++m_summary.codersCreated;
    m_byName.emplace(key, coder.id);
    return coder.id;
}

CodeResolver::CodeResolver(store::ProjectStore& store, ImportSummary& summary)
    : m_store(store)
    , m_summary(summary)
{}

void CodeResolver::load(model::SchemeId scheme)
{
    auto [at, added] = m_codes.try_emplace(scheme);
    if (!added)
        return;
    for (const auto& code : m_store.schemes().codes(scheme))
        at->second.push_back({code.id, code.parentId, code.label});
}

model::CodeId CodeResolver::operator()(model::SchemeId scheme, std::string_view path)
{
    load(scheme);
    auto& codes = m_codes[scheme];
    std::vector<std::string> levels;
    for (std::size_t start = 0;;) {
        const auto slash = path.find('/', start);
        levels.push_back(trimmed(path.substr(
            start, slash == std::string_view::npos ? std::string_view::npos : slash - start)));
        if (levels.back().empty())
            throw InputError("code '" + std::string(path) + "' has an empty level");
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    const auto child = [&](std::optional<model::CodeId> parent,
                           const std::string& label) -> std::optional<model::CodeId> {
        for (const auto& code : codes)
            if (code.parent == parent && code.label == label)
                return code.id;
        return std::nullopt;
    };
    if (levels.size() == 1 && !child(std::nullopt, levels[0])) {
        std::vector<model::CodeId> anywhere;
        for (const auto& code : codes)
            if (code.label == levels[0])
                anywhere.push_back(code.id);
        if (anywhere.size() > 1)
            throw InputError("code '" + levels[0] + "' is in " + std::to_string(anywhere.size()) +
                             " places of the coding scheme; give its path (Parent/Child)");
        if (anywhere.size() == 1)
            return anywhere[0];
    }
    std::optional<model::CodeId> parent;
    for (const auto& label : levels) {
        if (const auto existing = child(parent, label)) {
            parent = existing;
            continue;
        }
        model::Code code;
        code.schemeId = scheme;
        code.parentId = parent;
        code.label = label;
        for (const auto& sibling : m_store.schemes().codes(scheme))
            if (sibling.parentId == parent)
                code.sortOrder = std::max(code.sortOrder, sibling.sortOrder + 1);
        const auto added = m_store.schemes().addCode(std::move(code));
        codes.push_back({added.id, added.parentId, added.label});
        ++m_summary.codesCreated;
        parent = added.id;
    }
    return *parent;
}

double secondsOfFrame(model::Frame frame, double fps)
{
    return fps > 0 ? static_cast<double>(frame) / fps : 0.0;
}

std::int64_t millisecondsOfFrame(model::Frame frame, double fps)
{
    return static_cast<std::int64_t>(std::llround(secondsOfFrame(frame, fps) * 1000.0));
}

model::Frame frameOfMilliseconds(double ms, double fps)
{
    if (fps <= 0 || !std::isfinite(ms) || ms <= 0)
        return 0;
    return static_cast<model::Frame>(std::llround(ms * fps / 1000.0));
}

} // namespace diptych::exchange
