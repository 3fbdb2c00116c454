#pragma once

#include "model/ids.h"

#include <string>
#include <vector>

namespace diptych::model {

/// A named measurement that analyses store per shot and/or per frame.
struct MetricDefinition
{
    MetricId id = 0;
    std::string name; ///< unique within a project, e.g. "mean_luma"
    std::string unit; ///< e.g. "cd/m²", "px", "" for dimensionless
    std::string description;
    /// Algorithm, version and parameters that produced the stored values, as JSON text, so a
    /// result can be traced and reproduced. Opaque to the store apart from being valid JSON.
    std::string parametersJson = "{}";

    bool operator==(const MetricDefinition&) const = default;
};

/// One metric value of one shot. NaN means "not defined for this shot" and round-trips.
struct ShotMetricValue
{
    ShotId shotId = 0;
    MetricId metricId = 0;
    double value = 0;
};

/// One JSON-valued metric of one shot (e.g. the dominant palette).
struct ShotMetricText
{
    ShotId shotId = 0;
    MetricId metricId = 0;
    std::string value; ///< JSON text

    bool operator==(const ShotMetricText&) const = default;
};

/// A per-frame metric track of one film: values[i] belongs to frame startFrame + i * step.
/// Stored as float32 (ample for per-frame measurements, half the size of double).
struct MetricSeries
{
    FilmId filmId = 0;
    MetricId metricId = 0;
    Frame startFrame = 0; ///< >= 0
    Frame step = 1;       ///< frames between samples, >= 1
    std::vector<float> values;

    [[nodiscard]] Frame frameOf(std::size_t index) const noexcept
    {
        return startFrame + static_cast<Frame>(index) * step;
    }
};

} // namespace diptych::model
