#pragma once

#include "model/film.h"
#include "model/shot.h"

#include <optional>
#include <string>
#include <vector>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::analysis {

/// One per-shot metric column of a results table.
struct ResultColumn
{
    std::string name;
    bool isText = false; ///< JSON text (palette, shot scale) rather than a number
};

/// One shot with its times and its value in every column.
struct ShotResult
{
    model::Shot shot;
    double startSeconds = 0; ///< presentation time of startFrame
    double endSeconds = 0;   ///< presentation time of endFrame (the film's end for the last shot)
    std::vector<double> numbers;    ///< one per column; NaN when missing, undefined or stale
    std::vector<std::string> texts; ///< one per column; empty when missing or stale
};

/// The analysis results of one film.
struct FilmResults
{
    model::Film film;
    bool complete = false; ///< the analysis ran to the end of the film
    /// Metrics whose stored values were made by another algorithm version than the current
    /// code's: their cells are left empty rather than mixed with current values.
    std::vector<std::string> staleMetrics;
    /// The film's shots were measured by other metric algorithms than the running code's (an
    /// older Diptych), or at another sampling rate than its settings now ask for: analyzeFilm
    /// measures them again in place, keeping the shots.
    bool measurementsOutdated = false;
    std::vector<ShotResult> shots;
};

struct AnalysisResults
{
    /// Every metric of the catalog (METRICS.md order), then any other metric the project
    /// holds, by name. Per-frame series are not columns.
    std::vector<ResultColumn> columns;
    std::vector<FilmResults> films;
};

/// Reads the shots and per-shot metrics of every film (or only `filmId`) from the project.
/// Shot times come from the film's stored frame index (exact for variable frame rates), or
/// frame / fps when it has none.
AnalysisResults readAnalysisResults(const store::ProjectStore& store,
                                    std::optional<model::FilmId> filmId = std::nullopt);

} // namespace diptych::analysis
