#include "annotation/code_query.h"

#include "analysis/analysis_results.h"
#include "store/project_store.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>

namespace diptych::annotation {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Quantile p of ascending `sorted` (not empty), interpolating between order statistics.
double quantile(const std::vector<double>& sorted, double p)
{
    const double position = p * double(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const auto above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

/// Every code of the project with its path of labels from the top of its scheme.
std::vector<std::pair<model::CodeId, std::vector<std::string>>>
codePaths(const store::ProjectStore& store)
{
    std::vector<std::pair<model::CodeId, std::vector<std::string>>> paths;
    for (const auto& scheme : store.schemes().list()) {
        std::map<model::CodeId, std::vector<std::string>> pathOf;
        // codes() lists every parent before its children.
        for (const auto& code : store.schemes().codes(scheme.id)) {
            auto path = code.parentId ? pathOf[*code.parentId] : std::vector<std::string>();
            path.push_back(code.label);
            pathOf[code.id] = path;
            paths.emplace_back(code.id, std::move(path));
        }
    }
    return paths;
}

std::vector<std::string> levelsOf(const std::string& name)
{
    std::vector<std::string> levels;
    std::size_t start = 0;
    for (;;) {
        const auto slash = name.find('/', start);
        auto level = name.substr(start, slash == std::string::npos ? slash : slash - start);
        const auto first = level.find_first_not_of(" \t");
        const auto last = level.find_last_not_of(" \t");
        levels.push_back(first == std::string::npos ? std::string()
                                                    : level.substr(first, last - first + 1));
        if (slash == std::string::npos)
            return levels;
        start = slash + 1;
    }
}

std::set<model::CodeId>
matchingCodes(const std::vector<std::pair<model::CodeId, std::vector<std::string>>>& paths,
              const std::string& name)
{
    const auto levels = levelsOf(name);
    std::set<model::CodeId> ids;
    for (const auto& [id, path] : paths) {
        const bool match = levels.size() == 1 ? path.back() == levels.front() : path == levels;
        if (match)
            ids.insert(id);
    }
    return ids;
}

} // namespace

MetricSummary summarize(std::span<const double> values)
{
    MetricSummary summary;
    std::vector<double> sorted;
    for (const double value : values) {
        if (std::isnan(value))
            ++summary.missing;
        else
            sorted.push_back(value);
    }
    std::sort(sorted.begin(), sorted.end());
    summary.count = int(sorted.size());
    if (sorted.empty()) {
        summary.mean = summary.median = summary.standardDeviation = kNaN;
        summary.q25 = summary.q75 = summary.interquartileRange = kNaN;
        return summary;
    }
    const double n = double(sorted.size());
    summary.mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / n;
    double squares = 0;
    for (const double value : sorted)
        squares += (value - summary.mean) * (value - summary.mean);
    summary.standardDeviation = sorted.size() < 2 ? kNaN : std::sqrt(squares / (n - 1));
    summary.median = quantile(sorted, 0.5);
    summary.q25 = quantile(sorted, 0.25);
    summary.q75 = quantile(sorted, 0.75);
    summary.interquartileRange = summary.q75 - summary.q25;
    return summary;
}

CodeQueryResult queryCodes(const store::ProjectStore& store, const CodeQuery& query)
{
    if (query.filmA.has_value() != query.filmB.has_value())
        throw QueryError("comparing films needs both film A and film B");

    const auto paths = codePaths(store);
    std::vector<std::set<model::CodeId>> codeIds;
    for (const auto& name : query.codes) {
        codeIds.push_back(matchingCodes(paths, name));
        if (codeIds.back().empty())
            throw QueryError("no code '" + name + "' in the project's coding schemes");
    }

    std::optional<model::CoderId> coderId;
    if (query.coder) {
        for (const auto& coder : store.coders().list())
            if (coder.name == *query.coder)
                coderId = coder.id;
        if (!coderId)
            throw QueryError("no coder '" + *query.coder + "' in the project");
    }

    const auto results = analysis::readAnalysisResults(store);
    std::vector<std::size_t> columns;
    for (const auto& name : query.metrics) {
        const auto column =
            std::find_if(results.columns.begin(), results.columns.end(),
                         [&](const analysis::ResultColumn& c) { return c.name == name; });
        if (column == results.columns.end())
            throw QueryError("no per-shot metric '" + name + "' (see 'diptych-cli metrics')");
        if (column->isText)
            throw QueryError("metric '" + name + "' is not numeric");
        columns.push_back(std::size_t(column - results.columns.begin()));
    }

    // The films to report, in order.
    std::vector<const analysis::FilmResults*> films;
    const auto resultsOf = [&](model::FilmId id) {
        const auto film =
            std::find_if(results.films.begin(), results.films.end(),
                         [&](const analysis::FilmResults& f) { return f.film.id == id; });
        if (film == results.films.end())
            throw QueryError("no film with id " + std::to_string(id) + " in the project");
        return &*film;
    };
    if (query.filmA) {
        films = {resultsOf(*query.filmA), resultsOf(*query.filmB)};
        if (*query.filmA == *query.filmB)
            throw QueryError("film A and film B are the same film: " +
                             films[0]->film.path.string());
    } else {
        for (const auto& film : results.films)
            films.push_back(&film);
    }

    CodeQueryResult result;
    result.compared = films.size() == 2;
    // Per film, per code of the query: the shots carrying it (by row in the film's results).
    std::vector<std::vector<std::set<std::size_t>>> coded(films.size());
    for (std::size_t f = 0; f < films.size(); ++f) {
        std::map<model::ShotId, std::size_t> rowOfShot;
        for (std::size_t r = 0; r < films[f]->shots.size(); ++r)
            rowOfShot.emplace(films[f]->shots[r].shot.id, r);
        coded[f].resize(query.codes.size());
        for (const auto& annotation : store.annotations().listByFilm(films[f]->film.id)) {
            if (!annotation.shotId || !annotation.codeId ||
                (coderId && annotation.coderId != *coderId))
                continue;
            const auto row = rowOfShot.find(*annotation.shotId);
            if (row == rowOfShot.end())
                continue;
            for (std::size_t c = 0; c < query.codes.size(); ++c)
                if (codeIds[c].contains(*annotation.codeId))
                    coded[f][c].insert(row->second);
        }
    }

    for (std::size_t c = 0; c < query.codes.size(); ++c) {
        for (std::size_t m = 0; m < query.metrics.size(); ++m) {
            CodeMetricResult row;
            row.code = query.codes[c];
            row.metric = query.metrics[m];
            for (std::size_t f = 0; f < films.size(); ++f) {
                std::vector<double> values;
                for (const auto shotRow : coded[f][c])
                    values.push_back(films[f]->shots[shotRow].numbers[columns[m]]);
                row.films.push_back({films[f]->film, int(coded[f][c].size()), summarize(values)});
            }
            if (result.compared) {
                row.meanDifference = row.films[1].summary.mean - row.films[0].summary.mean;
                row.medianDifference = row.films[1].summary.median - row.films[0].summary.median;
            }
            result.rows.push_back(std::move(row));
        }
    }
    return result;
}

} // namespace diptych::annotation
