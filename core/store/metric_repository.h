#pragma once

#include "model/metric.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace diptych::store {

class Database;

/// Metric definitions, per-shot values and per-frame series. Reached through
/// ProjectStore::metrics(); same thread contract.
class MetricRepository final
{
public:
    explicit MetricRepository(Database& db) noexcept
        : m_db(&db)
    {}

    /// Creates the metric, or updates unit, description and parameters of the metric with the
    /// same name (its values stay). Returns it with its id.
    model::MetricDefinition define(model::MetricDefinition metric);
    [[nodiscard]] std::optional<model::MetricDefinition> find(std::string_view name) const;
    /// All metrics ordered by name.
    [[nodiscard]] std::vector<model::MetricDefinition> list() const;
    /// Removes the metric with all its values and series.
    void remove(model::MetricId id);

    /// Inserts or overwrites a batch of values in one transaction (all or none).
    void putShotValues(std::span<const model::ShotMetricValue> values);
    /// Values of one metric for the film's shots, ordered by shot start.
    [[nodiscard]] std::vector<model::ShotMetricValue> shotValues(model::FilmId filmId,
                                                                 model::MetricId metricId) const;
    /// Values of every metric for the film's shots, ordered by shot start, then metric id.
    [[nodiscard]] std::vector<model::ShotMetricValue> shotValues(model::FilmId filmId) const;

    /// Inserts or overwrites JSON-valued shot metrics in one transaction (all or none).
    void putShotTexts(std::span<const model::ShotMetricText> texts);
    /// JSON-valued metrics of the film's shots, ordered by shot start, then metric id.
    [[nodiscard]] std::vector<model::ShotMetricText> shotTexts(model::FilmId filmId) const;

    /// Stores one piece of a per-frame series: values[i] belongs to frame startFrame + i.
    /// The analysis pipeline writes one chunk per shot as it commits the shot; series()
    /// joins them.
    void putSeriesChunk(model::FilmId filmId, model::MetricId metricId, model::Frame startFrame,
                        std::span<const float> values);
    /// Removes every series chunk of the film (all metrics).
    void removeSeriesChunks(model::FilmId filmId);

    /// Inserts or replaces the film's series of `series.metricId`.
    void putSeries(const model::MetricSeries& series);
    /// The series stored with putSeries(); without one, the chunks joined into one series
    /// with step 1 (frames no chunk covers are NaN); nullopt when there is neither.
    [[nodiscard]] std::optional<model::MetricSeries> series(model::FilmId filmId,
                                                            model::MetricId metricId) const;
    void removeSeries(model::FilmId filmId, model::MetricId metricId);

private:
    [[nodiscard]] std::optional<model::MetricSeries> joinedChunks(model::FilmId filmId,
                                                                  model::MetricId metricId) const;

    Database* m_db;
};

} // namespace diptych::store
