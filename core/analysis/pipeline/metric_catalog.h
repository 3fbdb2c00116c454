#pragma once

#include "analysis/shot_metrics.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace diptych::analysis {

/// Bump when the pipeline itself changes results (frame scaling, sampling, shot assembly).
inline constexpr int kPipelineVersion = 1;

/// A per-frame series stored for plots: one float per frame of the film.
struct SeriesSpec
{
    std::string_view name; ///< stored as a metric definition of this name
    std::string_view unit;
    std::string_view description;
};

/// Every per-shot metric the pipeline computes, in export order: colour and light, motion,
/// composition. Names are unique; METRICS.md documents each.
const std::vector<MetricSpec>& shotMetricSpecs();

/// The per-frame series: frame_luma, frame_chroma, frame_motion, frame_lab_l/a/b.
const std::vector<SeriesSpec>& frameSeriesSpecs();

/// The provenance of one metric as the current code computes it: its extractor's algorithm,
/// version and fixed parameters, the analysis frame width and the pipeline version. Stored in
/// metrics.parameters_json; a film whose recorded provenance of a metric differs holds stale
/// values of it. Throws std::out_of_range for an unknown name.
nlohmann::json metricProvenance(std::string_view name);

/// {metric or series name: metricProvenance(name)} for every metric and series.
nlohmann::json allMetricProvenance();

} // namespace diptych::analysis
