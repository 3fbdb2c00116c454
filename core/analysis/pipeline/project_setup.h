#pragma once

#include "analysis/pipeline/analysis_settings.h"
#include "model/film.h"
#include "model/film_analysis.h"
#include "model/metric.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::analysis {

/// Metric ids by name, as registerMetrics() returns them.
using MetricIds = std::map<std::string, model::MetricId, std::less<>>;

/// Registers every metric and series of the catalog with the current code's provenance and
/// returns their ids by name. A metric whose provenance changed keeps its old values, which
/// are then stale for every film whose recorded provenance differs.
MetricIds registerMetrics(store::ProjectStore& store);

/// The ids of every metric and series of the catalog in `ids`.
std::vector<model::MetricId> catalogMetricIds(const MetricIds& ids);

/// The id of `name`; throws std::logic_error when it is not in `ids` (a programming error:
/// the catalog and the extractors disagree).
model::MetricId idOf(const MetricIds& ids, std::string_view name);

/// The analysis settings the project holds for `film` (defaults when it has none). Throws
/// StoreError when they are damaged.
AnalysisSettings storedSettings(const store::ProjectStore& store, const model::Film& film);

/// What a film's results depend on besides its file, as the current code would record them
/// for `settings`: the pipeline version, the settings, the segmentation algorithm and every
/// metric's provenance. Stored in film_analysis.provenance_json when an analysis starts.
nlohmann::json filmProvenance(const AnalysisSettings& settings);

/// True when the film's complete results were made by the same pipeline, segmentation
/// algorithm and segmentation settings as the current code and the film's settings ask for,
/// but other metric algorithms (an older Diptych) or another sampling rate: its shots (hand
/// edits included) still stand and only their measurements are out of date, so analyzeFilm
/// measures them again in place instead of cutting the film anew. False for a damaged record.
bool onlyMeasurementsOutdated(const model::FilmAnalysis& state);

} // namespace diptych::analysis
