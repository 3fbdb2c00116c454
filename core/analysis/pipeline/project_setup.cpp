#include "analysis/pipeline/project_setup.h"

#include "analysis/pipeline/metric_catalog.h"
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

} // namespace diptych::analysis
