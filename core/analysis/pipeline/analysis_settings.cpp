#include "analysis/pipeline/analysis_settings.h"

#include "common/error.h"

namespace diptych::analysis {

nlohmann::json AnalysisSettings::toJson() const
{
    return {{"segmentation", segmentation.toJson()}, {"samples_per_second", samplesPerSecond}};
}

AnalysisSettings AnalysisSettings::fromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        throw Error("analysis settings: expected a JSON object");
    AnalysisSettings settings;
    try {
        if (json.contains("segmentation"))
            settings.segmentation = ShotDetectorOptions::fromJson(json.at("segmentation"));
        settings.samplesPerSecond = json.value("samples_per_second", settings.samplesPerSecond);
    } catch (const nlohmann::json::exception& e) {
        throw Error(std::string("analysis settings: ") + e.what());
    }
    if (!(settings.samplesPerSecond > 0 && settings.samplesPerSecond <= 240))
        throw Error("analysis settings: samples_per_second must be in (0, 240]");
    return settings;
}

} // namespace diptych::analysis
