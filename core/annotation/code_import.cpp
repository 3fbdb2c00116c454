#include "annotation/code_import.h"

#include "common/csv.h"
#include "common/error.h"
#include "common/text.h"
#include "store/project_store.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <vector>

namespace diptych::annotation {
namespace {

// Spreadsheet cells: spaces and tabs around a value are typing noise.
std::string trimmedOfSpaces(std::string_view text)
{
    return trimmed(text, " \t");
}

constexpr std::string_view kDefaultTier = "Codes";
constexpr std::string_view kImportedScheme = "Imported codes";

[[noreturn]] void fail(const std::filesystem::path& csv, int line, int row, const std::string& why)
{
    std::string where = "line " + std::to_string(line);
    if (row != line)
        where += " (row " + std::to_string(row) + ")";
    throw InputError(csv.string() + ": " + where + ": " + why);
}

[[noreturn]] void fail(const std::filesystem::path& csv, const CsvRecord& record,
                       const std::string& why)
{
    fail(csv, record.line, record.row, why);
}

std::string lowered(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::string inQuotes(std::string_view text)
{
    return "'" + std::string(text) + "'";
}

enum Column
{
    Film,
    ShotIndex,
    Coder,
    CodeName,
    TierName,
    Note,
    ColumnCount,
};

constexpr std::array<std::string_view, ColumnCount> kColumnNames = {"film", "shot", "coder",
                                                                    "code", "tier", "note"};
constexpr int kRequiredColumns = 4; // film, shot, coder, code

/// Where each known column is in the file; nullopt for an absent optional column.
using ColumnPositions = std::array<std::optional<std::size_t>, ColumnCount>;

ColumnPositions readHeader(const std::filesystem::path& csv, const std::vector<CsvRecord>& records)
{
    if (records.empty())
        fail(csv, 1, 1, "no header: expected the columns film,shot,coder,code[,tier][,note]");
    const auto& header = records.front();
    ColumnPositions positions;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const auto name = lowered(trimmedOfSpaces(header.fields[i]));
        const auto known = std::find(kColumnNames.begin(), kColumnNames.end(), name);
        if (known == kColumnNames.end())
            fail(csv, header,
                 "unknown column " + inQuotes(header.fields[i]) +
                     " (expected film, shot, coder, code and optionally tier, note)");
        auto& position = positions[static_cast<std::size_t>(known - kColumnNames.begin())];
        if (position)
            fail(csv, header, "column " + inQuotes(name) + " appears twice");
        position = i;
    }
    for (std::size_t c = 0; c < kRequiredColumns; ++c)
        if (!positions[c])
            fail(csv, header, "missing column " + inQuotes(kColumnNames[c]));
    return positions;
}

std::string readFile(const std::filesystem::path& csv)
{
    std::ifstream file(csv, std::ios::binary);
    if (!file)
        throw InputError(csv.string() + ": cannot read the file");
    std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    if (file.bad())
        throw InputError(csv.string() + ": cannot read the file");
    return text;
}

/// The importer's view of the project, loaded lazily and kept in step with what it writes,
/// so a file of thousands of rows reads each film's shots, tiers and annotations once.
class Importer
{
public:
    Importer(store::ProjectStore& store, const std::filesystem::path& csv)
        : m_store(store)
        , m_csv(csv)
        , m_films(store.films().list())
    {
        for (const auto& coder : store.coders().list())
            m_coders.emplace(coder.name, coder.id);
    }

    void importRow(const CsvRecord& record, const ColumnPositions& columns)
    {
        const auto field = [&](Column column) -> std::string {
            const auto& position = columns[column];
            return position ? record.fields[*position] : std::string();
        };
        const auto& film = findFilm(record, trimmedOfSpaces(field(Film)));
        const auto& shot = findShot(record, film, trimmedOfSpaces(field(ShotIndex)));
        const auto coderName = trimmedOfSpaces(field(Coder));
        if (coderName.empty())
            fail(m_csv, record, "empty coder");
        const auto codeName = trimmedOfSpaces(field(CodeName));
        if (codeName.empty())
            fail(m_csv, record, "empty code");
        auto tierName = trimmedOfSpaces(field(TierName));
        if (tierName.empty())
            tierName = kDefaultTier;

        const auto& tier = findTier(record, film, tierName);
        const auto codeId = findCode(record, *tier.schemeId, codeName);
        const auto coderId = findCoder(coderName);
        ++m_summary.rows;
        auto& existing = annotationsOf(tier.id);
        if (!existing.emplace(coderId, shot.id, codeId).second) {
            ++m_summary.duplicatesSkipped;
            return;
        }
        model::Annotation annotation;
        annotation.tierId = tier.id;
        annotation.coderId = coderId;
        annotation.shotId = shot.id;
        annotation.startFrame = shot.startFrame;
        annotation.endFrame = shot.endFrame;
        annotation.codeId = codeId;
        annotation.note = field(Note);
        m_store.annotations().add(std::move(annotation));
        ++m_summary.annotationsAdded;
    }

    [[nodiscard]] const CodeImportSummary& summary() const noexcept { return m_summary; }

private:
    using AnnotationKey = std::tuple<model::CoderId, model::ShotId, model::CodeId>;

    const model::Film& findFilm(const CsvRecord& record, const std::string& name)
    {
        if (name.empty())
            fail(m_csv, record, "empty film");
        // The stored path first: it is unique, where file names may not be.
        for (const auto& film : m_films)
            if (film.path.string() == name)
                return film;
        const model::Film* found = nullptr;
        int matches = 0;
        for (const auto& film : m_films)
            if (film.path.filename().string() == name) {
                found = &film;
                ++matches;
            }
        if (matches > 1)
            fail(m_csv, record,
                 "film " + inQuotes(name) + " is ambiguous: " + std::to_string(matches) +
                     " films of the project have that file name; give the film's path");
        if (!found)
            fail(m_csv, record, "unknown film " + inQuotes(name));
        return *found;
    }

    const model::Shot& findShot(const CsvRecord& record, const model::Film& film,
                                const std::string& text)
    {
        auto [at, loaded] = m_shots.try_emplace(film.id);
        if (loaded)
            at->second = m_store.shots().list(film.id);
        const auto& shots = at->second;
        std::size_t index = 0;
        const auto* end = text.data() + text.size();
        const auto [ptr, ec] = std::from_chars(text.data(), end, index);
        if (text.empty() || ec == std::errc::invalid_argument || ptr != end)
            fail(m_csv, record,
                 "shot " + inQuotes(text) + " is not a shot index (a whole number from 0)");
        if (ec == std::errc::result_out_of_range || index >= shots.size())
            fail(m_csv, record,
                 "shot " + text + " out of range: film " + inQuotes(film.path.string()) +
                     (shots.empty() ? " has no shots"
                                    : " has shots 0 to " + std::to_string(shots.size() - 1)));
        return shots[index];
    }

    model::SchemeId defaultScheme()
    {
        if (!m_defaultScheme) {
            const auto schemes = m_store.schemes().list();
            const auto first =
                std::min_element(schemes.begin(), schemes.end(),
                                 [](const auto& a, const auto& b) { return a.id < b.id; });
            if (first != schemes.end()) {
                m_defaultScheme = first->id;
            } else {
                m_defaultScheme =
                    m_store.schemes()
                        .add({0, std::string(kImportedScheme), "Codes imported from a spreadsheet"})
                        .id;
                ++m_summary.schemesCreated;
            }
        }
        return *m_defaultScheme;
    }

    const model::Tier& findTier(const CsvRecord& record, const model::Film& film,
                                const std::string& name)
    {
        auto [at, loaded] = m_tiers.try_emplace(film.id);
        if (loaded)
            at->second = m_store.tiers().list(film.id);
        auto& tiers = at->second;
        const auto tier =
            std::find_if(tiers.begin(), tiers.end(), [&](const auto& t) { return t.name == name; });
        if (tier == tiers.end()) {
            model::Tier added;
            added.filmId = film.id;
            added.name = name;
            added.kind = model::TierKind::Shot;
            added.schemeId = defaultScheme();
            added.sortOrder = 0;
            for (const auto& other : tiers)
                added.sortOrder = std::max(added.sortOrder, other.sortOrder + 1);
            tiers.push_back(m_store.tiers().add(std::move(added)));
            ++m_summary.tiersCreated;
            return tiers.back();
        }
        if (tier->kind != model::TierKind::Shot)
            fail(m_csv, record,
                 "tier " + inQuotes(name) + " of film " + inQuotes(film.path.string()) + " is a " +
                     std::string(model::toString(tier->kind)) +
                     " tier; shot codes need a shot tier");
        if (!tier->schemeId) {
            tier->schemeId = defaultScheme();
            m_store.tiers().update(*tier);
            ++m_summary.tiersGivenScheme;
        }
        return *tier;
    }

    model::CodeId findCode(const CsvRecord& record, model::SchemeId scheme, const std::string& name)
    {
        auto [at, loaded] = m_codes.try_emplace(scheme);
        if (loaded)
            at->second = m_store.schemes().codes(scheme);
        auto& codes = at->second;

        std::vector<std::string> levels;
        for (std::size_t start = 0;;) {
            const auto slash = name.find('/', start);
            levels.push_back(trimmedOfSpaces(std::string_view(name).substr(
                start, slash == std::string::npos ? std::string::npos : slash - start)));
            if (levels.back().empty())
                fail(m_csv, record, "code " + inQuotes(name) + " has an empty level");
            if (slash == std::string::npos)
                break;
            start = slash + 1;
        }
        const auto child = [&](std::optional<model::CodeId> parent,
                               const std::string& label) -> const model::Code* {
            for (const auto& code : codes)
                if (code.parentId == parent && code.label == label)
                    return &code;
            return nullptr;
        };
        if (levels.size() == 1) {
            if (const auto* top = child(std::nullopt, levels[0]))
                return top->id;
            std::vector<const model::Code*> anywhere;
            for (const auto& code : codes)
                if (code.label == levels[0])
                    anywhere.push_back(&code);
            if (anywhere.size() > 1)
                fail(m_csv, record,
                     "code " + inQuotes(name) + " is in " + std::to_string(anywhere.size()) +
                         " places of the tier's coding scheme; give its path (Parent/Child)");
            if (anywhere.size() == 1)
                return anywhere[0]->id;
        }
        std::optional<model::CodeId> parent;
        for (const auto& label : levels) {
            if (const auto* existing = child(parent, label)) {
                parent = existing->id;
                continue;
            }
            model::Code code;
            code.schemeId = scheme;
            code.parentId = parent;
            code.label = label;
            // After the existing siblings, in the order the file names them.
            for (const auto& sibling : codes)
                if (sibling.parentId == parent)
                    code.sortOrder = std::max(code.sortOrder, sibling.sortOrder + 1);
            codes.push_back(m_store.schemes().addCode(std::move(code)));
            ++m_summary.codesCreated;
            parent = codes.back().id;
        }
        return *parent;
    }

    model::CoderId findCoder(const std::string& name)
    {
        if (const auto at = m_coders.find(name); at != m_coders.end())
            return at->second;
        const auto coder = m_store.coders().add({0, name, ""});
        ++m_summary.codersCreated;
        m_coders.emplace(name, coder.id);
        return coder.id;
    }

    std::set<AnnotationKey>& annotationsOf(model::TierId tier)
    {
        auto [at, loaded] = m_annotations.try_emplace(tier);
        if (loaded)
            for (const auto& annotation : m_store.annotations().listByTier(tier))
                if (annotation.shotId && annotation.codeId)
                    at->second.emplace(annotation.coderId, *annotation.shotId, *annotation.codeId);
        return at->second;
    }

    store::ProjectStore& m_store;
    const std::filesystem::path& m_csv;
    CodeImportSummary m_summary;
    std::vector<model::Film> m_films;
    std::map<std::string, model::CoderId> m_coders;
    std::map<model::FilmId, std::vector<model::Shot>> m_shots;
    // std::vector elements move when it grows: findTier() returns a reference that is used
    // before the next growth only.
    std::map<model::FilmId, std::vector<model::Tier>> m_tiers;
    std::map<model::SchemeId, std::vector<model::Code>> m_codes;
    std::map<model::TierId, std::set<AnnotationKey>> m_annotations;
    std::optional<model::SchemeId> m_defaultScheme;
};

std::string plural(int count, std::string_view one, std::string_view many)
{
    return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

} // namespace

std::string describe(const CodeImportSummary& s)
{
    std::string text = plural(s.rows, "row", "rows") + ": " +
                       plural(s.annotationsAdded, "annotation", "annotations") + " added, " +
                       plural(s.duplicatesSkipped, "duplicate", "duplicates") +
                       " skipped; created " + plural(s.codesCreated, "code", "codes") + ", " +
                       plural(s.codersCreated, "coder", "coders") + ", " +
                       plural(s.tiersCreated, "tier", "tiers");
    if (s.schemesCreated > 0)
        text += ", " + plural(s.schemesCreated, "scheme", "schemes");
    if (s.tiersGivenScheme > 0)
        text += "; " + plural(s.tiersGivenScheme, "tier", "tiers") + " given a scheme";
    return text;
}

CodeImportSummary importShotCodes(store::ProjectStore& store, const std::filesystem::path& csv)
{
    // The whole file is parsed and its header checked before the first write, so a malformed
    // file never even takes the project's write lock.
    const auto records = parseCsv(readFile(csv), csv.string());
    const auto columns = readHeader(csv, records);
    const auto width = records.front().fields.size();
    for (std::size_t r = 1; r < records.size(); ++r)
        if (records[r].fields.size() != width)
            fail(csv, records[r],
                 "expected " + std::to_string(width) + " fields like the header, found " +
                     std::to_string(records[r].fields.size()));

    CodeImportSummary summary;
    store.transaction("importing codes from " + csv.string(), [&]() {
        Importer importer(store, csv);
        for (std::size_t r = 1; r < records.size(); ++r)
            importer.importRow(records[r], columns);
        summary = importer.summary();
    });
    return summary;
}

} // namespace diptych::annotation
