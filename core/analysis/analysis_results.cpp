#include "analysis/analysis_results.h"

#include "analysis/pipeline/metric_catalog.h"
#include "media/frame_index.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <set>

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

/// Names of the metrics whose values for this film came from other code than the current.
std::set<std::string, std::less<>> staleFor(const store::ProjectStore& store,
                                            const model::Film& film,
                                            const std::vector<model::MetricDefinition>& defined)
{
    std::set<std::string, std::less<>> stale;
    const auto state = store.analysis().get(film.id);
    if (!state)
        return stale; // values not written by the pipeline: nothing to compare with
    nlohmann::json recorded;
    try {
        recorded = nlohmann::json::parse(state->provenanceJson).value("metrics", nlohmann::json());
    } catch (const nlohmann::json::exception&) {
        recorded = nlohmann::json();
    }
    for (const auto& metric : defined) {
        if (!recorded.is_object() || !recorded.contains(metric.name))
            continue; // not a pipeline metric of this film's run
        nlohmann::json current;
        try {
            current = nlohmann::json::parse(metric.parametersJson);
        } catch (const nlohmann::json::exception&) {
        }
        if (recorded.at(metric.name) != current)
            stale.insert(metric.name);
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
    std::map<model::MetricId, std::size_t> columnOfMetric;
    for (const auto& metric : defined)
        for (std::size_t c = 0; c < results.columns.size(); ++c)
            if (results.columns[c].name == metric.name)
                columnOfMetric.emplace(metric.id, c);
    std::map<model::MetricId, std::string> nameOfMetric;
    for (const auto& metric : defined)
        nameOfMetric.emplace(metric.id, metric.name);

    for (const auto& film : store.films().list()) {
        if (filmId && film.id != *filmId)
            continue;
        FilmResults filmResults;
        filmResults.film = film;
        const auto state = store.analysis().get(film.id);
        filmResults.complete = state && state->complete;
        const auto stale = staleFor(store, film, defined);
        filmResults.staleMetrics.assign(stale.begin(), stale.end());
        const FilmClock clock(store, film);

        std::map<model::ShotId, std::size_t> rowOfShot;
        for (const auto& shot : store.shots().list(film.id)) {
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
            if (row == rowOfShot.end() || column == columnOfMetric.end() ||
                stale.contains(nameOfMetric[metric]))
                return std::nullopt;
            return std::pair{row->second, column->second};
        };
        for (const auto& value : store.metrics().shotValues(film.id))
            if (const auto at = cell(value.shotId, value.metricId))
                filmResults.shots[at->first].numbers[at->second] = value.value;
        for (const auto& text : store.metrics().shotTexts(film.id))
            if (const auto at = cell(text.shotId, text.metricId))
                filmResults.shots[at->first].texts[at->second] = text.value;
        results.films.push_back(std::move(filmResults));
    }
    return results;
}

} // namespace diptych::analysis
