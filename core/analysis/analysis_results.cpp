#include "analysis/analysis_results.h"

#include "analysis/pipeline/metric_catalog.h"
#include "analysis/pipeline/project_setup.h"
#include "media/frame_index.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <set>
#include <string_view>
#include <unordered_map>

namespace diptych::analysis {
namespace {

/// Seconds of a frame number for one film.
class FilmClock
{
public:
    FilmClock(const store::ProjectStore& store, const model::Film& film)
        : m_fps(film.fps > 0 ? film.fps : 24.0)
    {
        try {
            if (const auto record = store.frameIndexes().load(film.id);
                record && record->formatVersion == media::FrameIndex::kFormatVersion) {
                const auto* bytes = reinterpret_cast<const std::uint8_t*>(record->data.data());
                m_index = media::FrameIndex::deserialize({bytes, record->data.size()});
            }
        } catch (const std::exception&) {
            m_index.reset(); // an unreadable index only costs exactness: fall back to fps
        }
    }

    double secondsAt(model::Frame frame) const
    {
        if (m_index && m_index->frameCount() > 0) {
            if (frame >= m_index->frameCount())
                return m_index->durationSeconds();
            return m_index->secondsOf(frame);
        }
        return double(frame) / m_fps;
    }

private:
    double m_fps;
    std::optional<media::FrameIndex> m_index;
};

std::vector<ResultColumn> columnsOf(const std::vector<model::MetricDefinition>& defined)
{
    std::vector<ResultColumn> columns;
    std::set<std::string, std::less<>> seen;
    for (const auto& spec : shotMetricSpecs()) {
        columns.push_back({std::string(spec.name), spec.isText});
        seen.emplace(spec.name);
    }
    for (const auto& series : frameSeriesSpecs())
        seen.emplace(series.name);
    for (const auto& metric : defined)
        if (!seen.contains(metric.name))
            columns.push_back({metric.name, false});
    return columns;
}

/// Each defined metric's parameters as the current code records them (null when not JSON),
/// parsed once per read rather than once per film.
std::vector<nlohmann::json> currentParametersOf(const std::vector<model::MetricDefinition>& defined)
{
    std::vector<nlohmann::json> parameters(defined.size());
    for (std::size_t m = 0; m < defined.size(); ++m) {
        try {
            parameters[m] = nlohmann::json::parse(defined[m].parametersJson);
        } catch (const nlohmann::json::exception&) {
        }
    }
    return parameters;
}

/// Which defined metrics (by position in `defined`) have values for this film that came from
/// other code than the current.
std::vector<bool> staleFor(const store::ProjectStore& store, const model::Film& film,
                           const std::vector<model::MetricDefinition>& defined,
                           const std::vector<nlohmann::json>& currentParameters)
{
    std::vector<bool> stale(defined.size(), false);
    const auto state = store.analysis().get(film.id);
    if (!state)
        return stale; // values not written by the pipeline: nothing to compare with
    nlohmann::json recorded;
    try {
        recorded = nlohmann::json::parse(state->provenanceJson).value("metrics", nlohmann::json());
    } catch (const nlohmann::json::exception&) {
        recorded = nlohmann::json();
    }
    if (!recorded.is_object())
        return stale;
    for (std::size_t m = 0; m < defined.size(); ++m) {
        const auto it = recorded.find(defined[m].name);
        if (it == recorded.end())
            continue; // not a pipeline metric of this film's run
        stale[m] = *it != currentParameters[m];
    }
    return stale;
}

} // namespace

AnalysisResults readAnalysisResults(const store::ProjectStore& store,
                                    std::optional<model::FilmId> filmId)
{
    AnalysisResults results;
    const auto defined = store.metrics().list();
    results.columns = columnsOf(defined);
    const auto currentParameters = currentParametersOf(defined);
    // Position in `defined` -> column, for the metrics that are columns.
    std::vector<std::optional<std::size_t>> columnOfDefined(defined.size());
    {
        std::unordered_map<std::string_view, std::size_t> columnOfName;
        for (std::size_t c = 0; c < results.columns.size(); ++c)
            columnOfName.emplace(results.columns[c].name, c);
        for (std::size_t m = 0; m < defined.size(); ++m)
            if (const auto it = columnOfName.find(defined[m].name); it != columnOfName.end())
                columnOfDefined[m] = it->second;
    }

    for (const auto& film : store.films().list()) {
        if (filmId && film.id != *filmId)
            continue;
        FilmResults filmResults;
        filmResults.film = film;
        const auto state = store.analysis().get(film.id);
        filmResults.complete = state && state->complete;
        filmResults.measurementsOutdated = state && onlyMeasurementsOutdated(*state);
        const auto stale = staleFor(store, film, defined, currentParameters);
        // Stale metrics have no column here: their cells stay empty.
        std::unordered_map<model::MetricId, std::size_t> columnOfMetric;
        std::set<std::string, std::less<>> staleNames;
        for (std::size_t m = 0; m < defined.size(); ++m) {
            if (stale[m])
                staleNames.insert(defined[m].name);
            else if (columnOfDefined[m])
                columnOfMetric.emplace(defined[m].id, *columnOfDefined[m]);
        }
        filmResults.staleMetrics.assign(staleNames.begin(), staleNames.end());
        const FilmClock clock(store, film);

        // A feature film has thousands of shots by dozens of metrics: hash lookups per cell.
        const auto shots = store.shots().list(film.id);
        std::unordered_map<model::ShotId, std::size_t> rowOfShot;
        rowOfShot.reserve(shots.size());
        filmResults.shots.reserve(shots.size());
        for (const auto& shot : shots) {
            ShotResult row;
            row.shot = shot;
            row.startSeconds = clock.secondsAt(shot.startFrame);
            row.endSeconds = clock.secondsAt(shot.endFrame);
            row.numbers.assign(results.columns.size(), std::numeric_limits<double>::quiet_NaN());
            row.texts.assign(results.columns.size(), std::string());
            rowOfShot.emplace(shot.id, filmResults.shots.size());
            filmResults.shots.push_back(std::move(row));
        }
        auto cell =
            [&](model::ShotId shot,
                model::MetricId metric) -> std::optional<std::pair<std::size_t, std::size_t>> {
            const auto row = rowOfShot.find(shot);
            const auto column = columnOfMetric.find(metric);
            if (row == rowOfShot.end() || column == columnOfMetric.end())
                return std::nullopt;
            return std::pair{row->second, column->second};
        };
        for (const auto& value : store.metrics().shotValues(film.id))
            if (const auto at = cell(value.shotId, value.metricId))
                filmResults.shots[at->first].numbers[at->second] = value.value;
        for (auto& text : store.metrics().shotTexts(film.id))
            if (const auto at = cell(text.shotId, text.metricId))
                filmResults.shots[at->first].texts[at->second] = std::move(text.value);
        results.films.push_back(std::move(filmResults));
    }
    return results;
}

} // namespace diptych::analysis
