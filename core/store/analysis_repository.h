#pragma once

#include "model/film_analysis.h"
#include "model/metric.h"
#include "model/shot.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace diptych::store {

class Database;

/// One shot's results as the analysis pipeline commits them: the shot, its metric values and
/// its slice of every per-frame series.
struct AnalysedShot
{
    model::Shot shot;                           ///< id and filmId are ignored on input
    std::vector<model::ShotMetricValue> values; ///< shotId is filled in on commit
    std::vector<model::ShotMetricText> texts;   ///< shotId is filled in on commit
    struct SeriesChunk
    {
        model::MetricId metricId = 0;
        std::vector<float> values; ///< values[i] belongs to frame shot.startFrame + i
    };
    std::vector<SeriesChunk> series;
};

/// Per-film analysis progress, settings and provenance (schema v3), and the one transaction
/// that commits an analysed shot. Reached through ProjectStore::analysis(); same thread
/// contract as the other repositories.
class AnalysisRepository final
{
public:
    explicit AnalysisRepository(Database& db) noexcept
        : m_db(&db)
    {}

    [[nodiscard]] std::optional<model::FilmAnalysis> get(model::FilmId filmId) const;
    [[nodiscard]] std::vector<model::FilmAnalysis> list() const;

    /// Stores the film's analysis settings (JSON) without touching results. The next
    /// analysis run compares them with the settings its results were made with.
    void saveSettings(model::FilmId filmId, const std::string& settingsJson);

    /// Starts the film's analysis from scratch in one transaction: removes its shots (with
    /// their values), its series, and records `state` with nextFrame 0, not complete.
    void restart(const model::FilmAnalysis& state);

    /// Commits one analysed shot in one transaction: the shot, its values and series chunks,
    /// and the film's progress (nextFrame, resumeJson). Returns the stored shot.
    model::Shot commitShot(model::FilmId filmId, AnalysedShot shot, model::Frame nextFrame,
                           const std::string& resumeJson);

    /// Stores the measurements of an existing shot (after a hand edit changed its frames, or
    /// after clearMeasurements) in one transaction: its metric values and texts, replacing any
    /// it had, and its slice of every per-frame series, replacing the film's series chunks
    /// that start inside the shot's frames [startFrame, endFrame). Returns false, and stores
    /// nothing, when no shot with `shot`'s id and frames exists any more (edited again
    /// meanwhile: a new shot may even have reused the id).
    bool storeShotMeasurements(const model::Shot& shot, std::vector<model::ShotMetricValue> values,
                               std::vector<model::ShotMetricText> texts,
                               const std::vector<AnalysedShot::SeriesChunk>& series = {});
    /// Drops, in one transaction, the film's values, texts and per-frame series of `metrics`
    /// (its shots and everything else stay) and records `provenanceJson` as the algorithms its
    /// values are made with: for measuring the same shots again after only metric algorithms
    /// or the sampling rate changed. The shots are then unmeasured until
    /// storeShotMeasurements fills them in.
    void clearMeasurements(model::FilmId filmId, const std::vector<model::MetricId>& metrics,
                           const std::string& provenanceJson);
    /// Marks the film's analysis complete with its frame count.
    void markComplete(model::FilmId filmId, model::Frame frameCount);

private:
    Database* m_db;
};

} // namespace diptych::store
