#pragma once

#include "analysis/pipeline/analysis_settings.h"
#include "model/film.h"
#include "model/metric.h"

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

/// The id of `name`; throws std::logic_error when it is not in `ids` (a programming error:
/// the catalog and the extractors disagree).
model::MetricId idOf(const MetricIds& ids, std::string_view name);

/// The analysis settings the project holds for `film` (defaults when it has none). Throws
/// StoreError when they are damaged.
AnalysisSettings storedSettings(const store::ProjectStore& store, const model::Film& film);

} // namespace diptych::analysis
