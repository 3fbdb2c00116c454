#include "store/metric_repository.h"

#include "store/repository_support.h"
#include "store/sqlite.h"

#include <bit>
#include <cstdint>
#include <limits>
#include <span>
#include <string>

namespace diptych::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, name, unit, description, parameters_json FROM metrics ";

model::MetricDefinition readMetric(const Statement& row)
{
    return {row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4)};
}

// Samples are float32 little-endian whatever the host, so a project moves between machines.
std::vector<std::byte> encodeSamples(std::span<const float> values)
{
    std::vector<std::byte> bytes(values.size() * 4);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto bits = std::bit_cast<std::uint32_t>(values[i]);
        for (std::size_t b = 0; b < 4; ++b)
            bytes[i * 4 + b] = static_cast<std::byte>((bits >> (8 * b)) & 0xffu);
    }
    return bytes;
}

std::vector<float> decodeSamples(const std::vector<std::byte>& bytes)
{
    std::vector<float> values(bytes.size() / 4);
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::uint32_t bits = 0;
        for (std::size_t b = 0; b < 4; ++b)
            bits |= std::to_integer<std::uint32_t>(bytes[i * 4 + b]) << (8 * b);
        values[i] = std::bit_cast<float>(bits);
    }
    return values;
}

} // namespace

model::MetricDefinition MetricRepository::define(model::MetricDefinition metric)
{
    const std::string what = "defining metric '" + metric.name + "'";
    if (metric.parametersJson.empty())
        metric.parametersJson = "{}";
    Transaction transaction(*m_db, what);
    Statement upsert(*m_db, what,
                     "INSERT INTO metrics(name, unit, description, parameters_json) "
                     "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(name) DO UPDATE SET "
                     "unit = excluded.unit, description = excluded.description, "
                     "parameters_json = excluded.parameters_json RETURNING id");
    upsert.bind(1, metric.name)
        .bind(2, metric.unit)
        .bind(3, metric.description)
        .bind(4, metric.parametersJson);
    if (!upsert.step())
        m_db->fail(what, "no id returned");
    metric.id = upsert.int64(0);
    upsert.reset();
    transaction.commit();
    return metric;
}

std::optional<model::MetricDefinition> MetricRepository::find(std::string_view name) const
{
    Statement query(*m_db, "looking up a metric", std::string(kColumns) + "WHERE name = ?1");
    query.bind(1, name);
    if (!query.step())
        return std::nullopt;
    return readMetric(query);
}

std::vector<model::MetricDefinition> MetricRepository::list() const
{
    Statement query(*m_db, "listing metrics", std::string(kColumns) + "ORDER BY name");
    std::vector<model::MetricDefinition> metrics;
    while (query.step())
        metrics.push_back(readMetric(query));
    return metrics;
}

void MetricRepository::remove(model::MetricId id)
{
    const std::string_view what = "removing a metric";
    Transaction transaction(*m_db, what);
    Statement remove(*m_db, what, "DELETE FROM metrics WHERE id = ?1");
    remove.bind(1, id).run();
    detail::requireChanged(*m_db, what, "metric", id);
    transaction.commit();
}

void MetricRepository::putShotValues(std::span<const model::ShotMetricValue> values)
{
    const std::string_view what = "writing shot metric values";
    Transaction transaction(*m_db, what);
    Statement upsert(*m_db, what,
                     "INSERT INTO shot_metric_values(shot_id, metric_id, value) "
                     "VALUES (?1, ?2, ?3) ON CONFLICT(shot_id, metric_id) "
                     "DO UPDATE SET value = excluded.value");
    for (const auto& value : values) {
        upsert.bind(1, value.shotId).bind(2, value.metricId).bind(3, value.value).run();
    }
    transaction.commit();
}

std::vector<model::ShotMetricValue> MetricRepository::shotValues(model::FilmId filmId,
                                                                 model::MetricId metricId) const
{
    Statement query(*m_db, "reading shot metric values",
                    "SELECT v.shot_id, v.metric_id, v.value FROM shot_metric_values v "
                    "JOIN shots s ON s.id = v.shot_id "
                    "WHERE s.film_id = ?1 AND v.metric_id = ?2 ORDER BY s.start_frame");
    query.bind(1, filmId).bind(2, metricId);
    std::vector<model::ShotMetricValue> values;
    while (query.step())
        values.push_back({query.int64(0), query.int64(1), query.realOrNaN(2)});
    return values;
}

std::vector<model::ShotMetricValue> MetricRepository::shotValues(model::FilmId filmId) const
{
    Statement query(*m_db, "reading shot metric values",
                    "SELECT v.shot_id, v.metric_id, v.value FROM shot_metric_values v "
                    "JOIN shots s ON s.id = v.shot_id "
                    "WHERE s.film_id = ?1 ORDER BY s.start_frame, v.metric_id");
    query.bind(1, filmId);
    std::vector<model::ShotMetricValue> values;
    while (query.step())
        values.push_back({query.int64(0), query.int64(1), query.realOrNaN(2)});
    return values;
}

void MetricRepository::putSeries(const model::MetricSeries& series)
{
    const std::string_view what = "writing a metric series";
    const auto samples = encodeSamples(series.values);
    Transaction transaction(*m_db, what);
    Statement upsert(*m_db, what,
                     "INSERT INTO metric_series(film_id, metric_id, start_frame, step, samples) "
                     "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(film_id, metric_id) DO UPDATE SET "
                     "start_frame = excluded.start_frame, step = excluded.step, "
                     "samples = excluded.samples");
    upsert.bind(1, series.filmId)
        .bind(2, series.metricId)
        .bind(3, series.startFrame)
        .bind(4, series.step)
        .bind(5, samples)
        .run();
    transaction.commit();
}

std::optional<model::MetricSeries> MetricRepository::series(model::FilmId filmId,
                                                            model::MetricId metricId) const
{
    Statement query(*m_db, "reading a metric series",
                    "SELECT start_frame, step, samples FROM metric_series "
                    "WHERE film_id = ?1 AND metric_id = ?2");
    query.bind(1, filmId).bind(2, metricId);
    if (!query.step())
        return joinedChunks(filmId, metricId);
    model::MetricSeries series;
    series.filmId = filmId;
    series.metricId = metricId;
    series.startFrame = query.int64(0);
    series.step = query.int64(1);
    series.values = decodeSamples(query.blob(2));
    return series;
}

void MetricRepository::putShotTexts(std::span<const model::ShotMetricText> texts)
{
    const std::string_view what = "writing shot metric texts";
    Transaction transaction(*m_db, what);
    Statement upsert(*m_db, what,
                     "INSERT INTO shot_metric_texts(shot_id, metric_id, value) "
                     "VALUES (?1, ?2, ?3) ON CONFLICT(shot_id, metric_id) "
                     "DO UPDATE SET value = excluded.value");
    for (const auto& text : texts)
        upsert.bind(1, text.shotId).bind(2, text.metricId).bind(3, text.value).run();
    transaction.commit();
}

std::vector<model::ShotMetricText> MetricRepository::shotTexts(model::FilmId filmId) const
{
    Statement query(*m_db, "reading shot metric texts",
                    "SELECT t.shot_id, t.metric_id, t.value FROM shot_metric_texts t "
                    "JOIN shots s ON s.id = t.shot_id "
                    "WHERE s.film_id = ?1 ORDER BY s.start_frame, t.metric_id");
    query.bind(1, filmId);
    std::vector<model::ShotMetricText> texts;
    while (query.step())
        texts.push_back({query.int64(0), query.int64(1), query.text(2)});
    return texts;
}

void MetricRepository::putSeriesChunk(model::FilmId filmId, model::MetricId metricId,
                                      model::Frame startFrame, std::span<const float> values)
{
    const std::string_view what = "writing a metric series chunk";
    const auto samples = encodeSamples(values);
    Transaction transaction(*m_db, what);
    Statement upsert(*m_db, what,
                     "INSERT INTO metric_series_chunks(film_id, metric_id, start_frame, samples) "
                     "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(film_id, metric_id, start_frame) "
                     "DO UPDATE SET samples = excluded.samples");
    upsert.bind(1, filmId).bind(2, metricId).bind(3, startFrame).bind(4, samples).run();
    transaction.commit();
}

void MetricRepository::removeSeriesChunks(model::FilmId filmId)
{
    const std::string_view what = "removing metric series chunks";
    Transaction transaction(*m_db, what);
    Statement remove(*m_db, what, "DELETE FROM metric_series_chunks WHERE film_id = ?1");
    remove.bind(1, filmId).run();
    transaction.commit();
}

std::optional<model::MetricSeries> MetricRepository::joinedChunks(model::FilmId filmId,
                                                                  model::MetricId metricId) const
{
    Statement query(*m_db, "reading metric series chunks",
                    "SELECT start_frame, samples FROM metric_series_chunks "
                    "WHERE film_id = ?1 AND metric_id = ?2 ORDER BY start_frame");
    query.bind(1, filmId).bind(2, metricId);
    std::optional<model::MetricSeries> series;
    while (query.step()) {
        const model::Frame start = query.int64(0);
        const auto values = decodeSamples(query.blob(1));
        if (!series) {
            series = model::MetricSeries{filmId, metricId, start, 1, {}};
        }
        const auto offset = static_cast<std::size_t>(start - series->startFrame);
        if (series->values.size() < offset)
            series->values.resize(offset, std::numeric_limits<float>::quiet_NaN());
        series->values.resize(offset); // a later chunk overrides an overlapping earlier one
        series->values.insert(series->values.end(), values.begin(), values.end());
    }
    return series;
}

void MetricRepository::removeSeries(model::FilmId filmId, model::MetricId metricId)
{
    const std::string_view what = "removing a metric series";
    Transaction transaction(*m_db, what);
    Statement remove(*m_db, what,
                     "DELETE FROM metric_series WHERE film_id = ?1 AND metric_id = ?2");
    remove.bind(1, filmId).bind(2, metricId).run();
    detail::requireChanged(*m_db, what, "metric series", metricId);
    transaction.commit();
}

} // namespace diptych::store
