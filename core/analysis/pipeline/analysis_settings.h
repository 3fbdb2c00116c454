#pragma once

#include "analysis/segmentation/shot_detector.h"

#include <nlohmann/json.hpp>

namespace diptych::analysis {

/// What a user may change about a film's analysis, stored per film in the project
/// (film_analysis.settings_json). Changing them makes the next run re-analyse the film.
struct AnalysisSettings
{
    /// Shot segmentation parameters (threshold, minimum shot length...).
    ShotDetectorOptions segmentation;
    /// How many frames per second of film the sampled extractors see (faces, clutter, palette
    /// pixels), > 0 and <= the frame rate. Frames are sampled at fixed intervals of
    /// round(fps / samplesPerSecond) frames from frame 0.
    double samplesPerSecond = 2.0;

    /// {"segmentation": {...}, "samples_per_second": 2}.
    [[nodiscard]] nlohmann::json toJson() const;
    /// Missing keys take their defaults; throws diptych::Error for a value out of range.
    static AnalysisSettings fromJson(const nlohmann::json& json);
};

} // namespace diptych::analysis
