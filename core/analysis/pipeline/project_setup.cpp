#include "analysis/pipeline/project_setup.h"

#include "analysis/pipeline/metric_catalog.h"
#include "analysis/segmentation/shot_detector.h"
#include "common/error.h"
#include "store/project_store.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace diptych::analysis {

MetricIds registerMetrics(store::ProjectStore& store)
{
    MetricIds ids;
    auto define = [&](std::string_view name, std::string_view unit, std::string_view text) {
        model::MetricDefinition metric;
        metric.name = std::string(name);
        metric.unit = std::string(unit);
        metric.description = std::string(text);
        metric.parametersJson = metricProvenance(name).dump();
        ids.emplace(metric.name, store.metrics().define(metric).id);
    };
    for (const auto& spec : shotMetricSpecs())
        define(spec.name, spec.unit, spec.description);
    for (const auto& series : frameSeriesSpecs())
        define(series.name, series.unit, series.description);
    return ids;
}

std::vector<model::MetricId> catalogMetricIds(const MetricIds& ids)
{
    std::vector<model::MetricId> all;
    for (const auto& spec : shotMetricSpecs())
        all.push_back(idOf(ids, spec.name));
    for (const auto& series : frameSeriesSpecs())
        all.push_back(idOf(ids, series.name));
    return all;
}

model::MetricId idOf(const MetricIds& ids, std::string_view name)
{
    const auto it = ids.find(name);
    if (it == ids.end())
        throw std::logic_error("metric '" + std::string(name) + "' is not in the catalog");
    return it->second;
}

AnalysisSettings storedSettings(const store::ProjectStore& store, const model::Film& film)
{
    const auto state = store.analysis().get(film.id);
    if (!state)
        return AnalysisSettings::fromJson(nlohmann::json::object());
    try {
        return AnalysisSettings::fromJson(nlohmann::json::parse(state->settingsJson));
    } catch (const nlohmann::json::exception&) {
        throw StoreError(film.path.string() + ": damaged analysis settings in the project");
    }
}

// The settings here are those the stored results used; film_analysis.settings_json holds
// what the user wants next, so a settings change shows up as a difference.
nlohmann::json filmProvenance(const AnalysisSettings& settings)
{
    return {{"pipeline_version", kPipelineVersion},
            {"settings", settings.toJson()},
            {"segmentation", {{"version", kShotDetectorVersion}}},
            {"metrics", allMetricProvenance()}};
}

bool onlyMeasurementsOutdated(const model::FilmAnalysis& state)
{
    if (!state.complete)
        return false;
    try {
        auto recorded = nlohmann::json::parse(state.provenanceJson);
        auto current =
            filmProvenance(AnalysisSettings::fromJson(nlohmann::json::parse(state.settingsJson)));
        if (!recorded.is_object() || recorded == current)
            return false;
        // What only measuring depends on: the metric algorithms and the sampling rate.
        for (auto* provenance : {&recorded, &current}) {
            provenance->erase("metrics");
            if (auto settings = provenance->find("settings"); settings != provenance->end())
                settings->erase("samples_per_second");
        }
        return recorded == current;
    } catch (const std::exception&) {
        return false; // a damaged record: a full analysis sorts it out
    }
}

} // namespace diptych::analysis
