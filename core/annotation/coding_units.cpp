#include "annotation/coding_units.h"

#include "store/project_store.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace diptych::annotation {

namespace {

constexpr const char* kCodeSeparator = " + ";
constexpr const char* kPathSeparator = "/";

// Label paths of the codes a film's annotations use, reading each code and its ancestors once.
class CodeLabels
{
public:
    explicit CodeLabels(const store::ProjectStore& store)
        : m_store(&store)
    {}

    // The root-to-code path; nullopt when the code is gone (a stale id: the store clears them).
    std::optional<std::string> path(model::CodeId id)
    {
        std::vector<std::string> labels;
        std::optional<model::CodeId> next = id;
        while (next) {
            const auto* code = find(*next);
            if (!code)
                return std::nullopt;
            labels.push_back(code->label);
            next = code->parentId;
        }
        std::string path;
        for (auto it = labels.rbegin(); it != labels.rend(); ++it)
            path += (path.empty() ? "" : kPathSeparator) + *it;
        return path;
    }

    [[nodiscard]] model::SchemeId scheme(model::CodeId id) { return find(id)->schemeId; }

private:
    const model::Code* find(model::CodeId id)
    {
        auto it = m_codes.find(id);
        if (it == m_codes.end()) {
            const auto code = m_store->schemes().code(id);
            if (!code)
                return nullptr;
            it = m_codes.emplace(id, *code).first;
        }
        return &it->second;
    }

    const store::ProjectStore* m_store;
    std::unordered_map<model::CodeId, model::Code> m_codes;
};

// The label of every code in `ids`, unique per code: a path two schemes share gets the scheme
// name in front, so different codes never fall into one category.
std::map<model::CodeId, std::string> labelCodes(const store::ProjectStore& store,
                                                const std::set<model::CodeId>& ids)
{
    CodeLabels labels(store);
    std::map<model::CodeId, std::string> paths;
    std::map<std::string, std::set<model::SchemeId>> schemesOfPath;
    for (const auto id : ids)
        if (auto path = labels.path(id)) {
            schemesOfPath[*path].insert(labels.scheme(id));
            paths.emplace(id, std::move(*path));
        }
    for (auto& [id, path] : paths)
        if (schemesOfPath[path].size() > 1) {
            const auto scheme = store.schemes().get(labels.scheme(id));
            std::string prefixed = scheme ? scheme->name : std::string("?");
            prefixed += ": ";
            prefixed += path;
            path = std::move(prefixed);
        }
    return paths;
}

std::string joinCodes(const std::set<std::string>& codes)
{
    std::string joined;
    for (const auto& code : codes)
        joined += (joined.empty() ? "" : kCodeSeparator) + code;
    return joined;
}

} // namespace

std::size_t FilmCoding::codedUnits() const
{
    return std::size_t(std::count_if(matrix.units.begin(), matrix.units.end(), [](const auto& row) {
        return std::any_of(row.begin(), row.end(), [](const Rating& r) { return r.has_value(); });
    }));
}

FilmCoding buildFilmCoding(const store::ProjectStore& store, model::FilmId film,
                           const std::string& tierName)
{
    const auto filmRow = store.films().get(film);
    if (!filmRow)
        throw AgreementError(store.path().string() + ": no film with id " + std::to_string(film));
    std::vector<model::Tier> tiers = store.tiers().list(film);
    if (!tierName.empty()) {
        std::erase_if(tiers, [&](const model::Tier& tier) { return tier.name != tierName; });
        if (tiers.empty())
            throw AgreementError(store.path().string() + ": film " + filmRow->path.string() +
                                 " has no tier \"" + tierName + "\"");
    }

    FilmCoding coding;
    coding.filmId = film;
    const auto shots = store.shots().list(film);
    std::unordered_map<model::ShotId, std::size_t> indexOfShot;
    std::vector<model::Frame> middles; // ascending: shots are ordered and never overlap
    for (std::size_t u = 0; u < shots.size(); ++u) {
        coding.shots.push_back(shots[u].id);
        indexOfShot.emplace(shots[u].id, u);
        middles.push_back(shots[u].startFrame + shots[u].length() / 2);
    }

    // codesOf[u][coder]: the codes the coder applied to unit u.
    std::vector<std::map<model::CoderId, std::set<model::CodeId>>> codesOf(shots.size());
    std::set<model::CodeId> usedCodes;
    for (const auto& tier : tiers)
        for (const auto& a : store.annotations().listByTier(tier.id)) {
            if (!a.codeId)
                continue; // free text is not a category
            usedCodes.insert(*a.codeId);
            if (a.shotId) {
                if (const auto it = indexOfShot.find(*a.shotId); it != indexOfShot.end())
                    codesOf[it->second][a.coderId].insert(*a.codeId);
                continue;
            }
            auto it = std::lower_bound(middles.begin(), middles.end(), a.startFrame);
            for (; it != middles.end() && *it < a.endFrame; ++it)
                codesOf[std::size_t(it - middles.begin())][a.coderId].insert(*a.codeId);
        }

    const auto labels = labelCodes(store, usedCodes);
    std::vector<model::CoderId> coderIds;
    std::set<model::CoderId> codersPresent;
    for (const auto& unit : codesOf)
        for (const auto& [coder, codes] : unit)
            codersPresent.insert(coder);
    for (const auto& coder : store.coders().list()) // by name
        if (codersPresent.contains(coder.id)) {
            coderIds.push_back(coder.id);
            coding.matrix.coders.push_back(coder.name);
        }

    // labelsOf[u][c]: coder c's code labels on unit u; empty = not coded.
    std::vector<std::vector<std::set<std::string>>> labelsOf(
        shots.size(), std::vector<std::set<std::string>>(coderIds.size()));
    std::set<std::string> allLabels;
    for (std::size_t u = 0; u < shots.size(); ++u)
        for (std::size_t c = 0; c < coderIds.size(); ++c)
            if (const auto it = codesOf[u].find(coderIds[c]); it != codesOf[u].end())
                for (const auto code : it->second)
                    if (const auto label = labels.find(code); label != labels.end()) {
                        labelsOf[u][c].insert(label->second);
                        allLabels.insert(label->second);
                    }

    for (const auto& unit : labelsOf) {
        std::vector<Rating> row;
        row.reserve(unit.size());
        for (const auto& codes : unit)
            row.push_back(codes.empty() ? Rating() : Rating(joinCodes(codes)));
        coding.matrix.units.push_back(std::move(row));
    }
    for (const auto& label : allLabels) {
        CodeReliability code{label, {coding.matrix.coders, {}}};
        for (const auto& unit : labelsOf) {
            std::vector<Rating> row;
            row.reserve(unit.size());
            for (const auto& codes : unit)
                row.push_back(codes.empty() ? Rating() : Rating(codes.contains(label) ? "1" : "0"));
            code.matrix.units.push_back(std::move(row));
        }
        coding.perCode.push_back(std::move(code));
    }
    return coding;
}

AgreementReport summarizeAgreement(const FilmCoding& coding)
{
    AgreementReport report;
    report.codedUnits = coding.codedUnits();
    report.coders = coding.matrix.coders;
    report.krippendorffAlpha = krippendorffAlpha(coding.matrix);
    report.fleissKappa = fleissKappa(coding.matrix);
    for (std::size_t a = 0; a < report.coders.size(); ++a)
        for (std::size_t b = a + 1; b < report.coders.size(); ++b)
            report.pairwise.push_back({a, b, cohenKappa(coding.matrix, a, b)});
    for (const auto& code : coding.perCode)
        report.perCode.push_back({code.code, krippendorffAlpha(code.matrix)});
    return report;
}

} // namespace diptych::annotation
