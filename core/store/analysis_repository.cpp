#include "store/analysis_repository.h"

#include "store/metric_repository.h"
#include "store/repository_support.h"
#include "store/shot_repository.h"
#include "store/sqlite.h"
#include "store/timestamp.h"

#include <string>

namespace diptych::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT film_id, fingerprint, settings_json, provenance_json, next_frame, resume_json, "
    "frame_count, complete, started_at, updated_at FROM film_analysis ";

model::FilmAnalysis readState(const Statement& row)
{
    model::FilmAnalysis state;
    state.filmId = row.int64(0);
    state.fingerprint = row.text(1);
    state.settingsJson = row.text(2);
    state.provenanceJson = row.text(3);
    state.nextFrame = row.int64(4);
    state.resumeJson = row.text(5);
    state.frameCount = row.int64(6);
    state.complete = row.int64(7) != 0;
    state.startedAt = row.text(8);
    state.updatedAt = row.text(9);
    return state;
}

std::string orEmptyObject(const std::string& json)
{
    return json.empty() ? std::string("{}") : json;
}

} // namespace

std::optional<model::FilmAnalysis> AnalysisRepository::get(model::FilmId filmId) const
{
    Statement query(*m_db, "reading a film's analysis state",
                    std::string(kColumns) + "WHERE film_id = ?1");
    query.bind(1, filmId);
    if (!query.step())
        return std::nullopt;
    return readState(query);
}

std::vector<model::FilmAnalysis> AnalysisRepository::list() const
{
    Statement query(*m_db, "listing analysis states", std::string(kColumns) + "ORDER BY film_id");
    std::vector<model::FilmAnalysis> states;
    while (query.step())
        states.push_back(readState(query));
    return states;
}

void AnalysisRepository::saveSettings(model::FilmId filmId, const std::string& settingsJson)
{
    const std::string what = "saving the analysis settings of film " + std::to_string(filmId);
    const auto now = utcNowIso8601();
    Transaction transaction(*m_db, what);
    Statement upsert(*m_db, what,
                     "INSERT INTO film_analysis(film_id, fingerprint, settings_json, "
                     "provenance_json, started_at, updated_at) VALUES (?1, '', ?2, '{}', ?3, ?3) "
                     "ON CONFLICT(film_id) DO UPDATE SET settings_json = excluded.settings_json, "
                     "updated_at = excluded.updated_at");
    upsert.bind(1, filmId).bind(2, orEmptyObject(settingsJson)).bind(3, now).run();
    transaction.commit();
}

void AnalysisRepository::restart(const model::FilmAnalysis& state)
{
    const std::string what = "starting the analysis of film " + std::to_string(state.filmId);
    const auto now = utcNowIso8601();
    Transaction transaction(*m_db, what);
    ShotRepository(*m_db).removeAll(state.filmId);
    MetricRepository(*m_db).removeSeriesChunks(state.filmId);
    Statement series(*m_db, what, "DELETE FROM metric_series WHERE film_id = ?1");
    series.bind(1, state.filmId).run();
    Statement upsert(*m_db, what,
                     "INSERT INTO film_analysis(film_id, fingerprint, settings_json, "
                     "provenance_json, next_frame, resume_json, frame_count, complete, "
                     "started_at, updated_at) VALUES (?1, ?2, ?3, ?4, 0, ?5, 0, 0, ?6, ?6) "
                     "ON CONFLICT(film_id) DO UPDATE SET fingerprint = excluded.fingerprint, "
                     "settings_json = excluded.settings_json, "
                     "provenance_json = excluded.provenance_json, next_frame = 0, "
                     "resume_json = excluded.resume_json, frame_count = 0, complete = 0, "
                     "started_at = excluded.started_at, updated_at = excluded.updated_at");
    upsert.bind(1, state.filmId)
        .bind(2, state.fingerprint)
        .bind(3, orEmptyObject(state.settingsJson))
        .bind(4, orEmptyObject(state.provenanceJson))
        .bind(5, orEmptyObject(state.resumeJson))
        .bind(6, now)
        .run();
    transaction.commit();
}

model::Shot AnalysisRepository::commitShot(model::FilmId filmId, AnalysedShot analysed,
                                           model::Frame nextFrame, const std::string& resumeJson)
{
    const std::string what = "committing a shot of film " + std::to_string(filmId);
    Transaction transaction(*m_db, what);
    auto shot = ShotRepository(*m_db).append(filmId, analysed.shot);
    for (auto& value : analysed.values)
        value.shotId = shot.id;
    for (auto& text : analysed.texts)
        text.shotId = shot.id;
    MetricRepository metrics(*m_db);
    metrics.putShotValues(analysed.values);
    metrics.putShotTexts(analysed.texts);
    for (const auto& chunk : analysed.series)
        metrics.putSeriesChunk(filmId, chunk.metricId, shot.startFrame, chunk.values);
    Statement progress(*m_db, what,
                       "UPDATE film_analysis SET next_frame = ?1, resume_json = ?2, "
                       "updated_at = ?3 WHERE film_id = ?4");
    progress.bind(1, nextFrame)
        .bind(2, orEmptyObject(resumeJson))
        .bind(3, utcNowIso8601())
        .bind(4, filmId)
        .run();
    detail::requireChanged(*m_db, what, "film analysis", filmId);
    transaction.commit();
    return shot;
}

bool AnalysisRepository::storeShotMeasurements(const model::Shot& shot,
                                               std::vector<model::ShotMetricValue> values,
                                               std::vector<model::ShotMetricText> texts,
                                               const std::vector<AnalysedShot::SeriesChunk>& series)
{
    const std::string what = "storing the measurements of shot " + std::to_string(shot.id);
    Transaction transaction(*m_db, what);
    const auto stored = ShotRepository(*m_db).get(shot.id);
    if (!stored || stored->startFrame != shot.startFrame || stored->endFrame != shot.endFrame)
        return false;
    for (auto& value : values)
        value.shotId = shot.id;
    for (auto& text : texts)
        text.shotId = shot.id;
    MetricRepository metrics(*m_db);
    metrics.putShotValues(values);
    metrics.putShotTexts(texts);
    // Chunks of the shot's old extent (before a merge or a moved boundary) would otherwise
    // override part of the new one when the series is joined.
    Statement overlapping(*m_db, what,
                          "DELETE FROM metric_series_chunks WHERE film_id = ?1 AND "
                          "metric_id = ?2 AND start_frame >= ?3 AND start_frame < ?4");
    for (const auto& chunk : series) {
        overlapping.bind(1, stored->filmId)
            .bind(2, chunk.metricId)
            .bind(3, stored->startFrame)
            .bind(4, stored->endFrame)
            .run();
        metrics.putSeriesChunk(stored->filmId, chunk.metricId, stored->startFrame, chunk.values);
    }
    transaction.commit();
    return true;
}

void AnalysisRepository::clearMeasurements(model::FilmId filmId,
                                           const std::vector<model::MetricId>& metrics,
                                           const std::string& provenanceJson)
{
    const std::string what = "clearing the measurements of film " + std::to_string(filmId);
    Transaction transaction(*m_db, what);
    Statement values(*m_db, what,
                     "DELETE FROM shot_metric_values WHERE metric_id = ?2 AND "
                     "shot_id IN (SELECT id FROM shots WHERE film_id = ?1)");
    Statement texts(*m_db, what,
                    "DELETE FROM shot_metric_texts WHERE metric_id = ?2 AND "
                    "shot_id IN (SELECT id FROM shots WHERE film_id = ?1)");
    Statement chunks(*m_db, what,
                     "DELETE FROM metric_series_chunks WHERE film_id = ?1 AND metric_id = ?2");
    Statement series(*m_db, what,
                     "DELETE FROM metric_series WHERE film_id = ?1 AND metric_id = ?2");
    for (const model::MetricId metric : metrics) {
        for (Statement* statement : {&values, &texts, &chunks, &series})
            statement->bind(1, filmId).bind(2, metric).run();
    }
    Statement provenance(*m_db, what,
                         "UPDATE film_analysis SET provenance_json = ?1, updated_at = ?2 "
                         "WHERE film_id = ?3");
    provenance.bind(1, orEmptyObject(provenanceJson))
        .bind(2, utcNowIso8601())
        .bind(3, filmId)
        .run();
    detail::requireChanged(*m_db, what, "film analysis", filmId);
    transaction.commit();
}

void AnalysisRepository::markComplete(model::FilmId filmId, model::Frame frameCount)
{
    const std::string what = "completing the analysis of film " + std::to_string(filmId);
    Transaction transaction(*m_db, what);
    Statement update(*m_db, what,
                     "UPDATE film_analysis SET complete = 1, frame_count = ?1, next_frame = ?1, "
                     "updated_at = ?2 WHERE film_id = ?3");
    update.bind(1, frameCount).bind(2, utcNowIso8601()).bind(3, filmId).run();
    detail::requireChanged(*m_db, what, "film analysis", filmId);
    transaction.commit();
}

} // namespace diptych::store
