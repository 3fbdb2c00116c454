#include "analysis/pipeline/metric_catalog.h"

#include "analysis/analysis_frame.h"
#include "analysis/color/color_shot_accumulator.h"
#include "analysis/composition/composition_shot_accumulator.h"
#include "analysis/motion/motion_shot_accumulator.h"

#include <stdexcept>

namespace diptych::analysis {
namespace {

struct Group
{
    const std::vector<MetricSpec>* specs;
    nlohmann::json provenance;
};

// Built once: the extractors' provenance never changes while the program runs.
const std::vector<Group>& groups()
{
    static const std::vector<Group> all = {
        {&color::ColorShotAccumulator::specs(), color::ColorShotAccumulator::provenance()},
        {&MotionShotAccumulator::specs(), MotionShotAccumulator::provenance()},
        {&composition::CompositionShotAccumulator::specs(),
         composition::CompositionShotAccumulator::provenance()},
    };
    return all;
}

nlohmann::json withPipeline(nlohmann::json extractor)
{
    return {{"extractor", std::move(extractor)},
            {"pipeline_version", kPipelineVersion},
            {"analysis_width", kAnalysisWidth},
            {"detail_width", kDetailWidth}};
}

} // namespace

const std::vector<MetricSpec>& shotMetricSpecs()
{
    static const std::vector<MetricSpec> all = [] {
        std::vector<MetricSpec> specs;
        for (const auto& group : groups())
            specs.insert(specs.end(), group.specs->begin(), group.specs->end());
        return specs;
    }();
    return all;
}

const std::vector<SeriesSpec>& frameSeriesSpecs()
{
    static const std::vector<SeriesSpec> all = {
        {"frame_luma", "", "per-frame mean luma Y'/255, 0..1"},
        {"frame_chroma", "C*ab", "per-frame mean CIELAB chroma"},
        {"frame_motion", "%W/s", "per-frame mean optical-flow speed (NaN on a shot's first frame)"},
        {"frame_lab_l", "L*", "per-frame mean CIELAB L*"},
        {"frame_lab_a", "a*", "per-frame mean CIELAB a*"},
        {"frame_lab_b", "b*", "per-frame mean CIELAB b*"},
    };
    return all;
}

nlohmann::json metricProvenance(std::string_view name)
{
    for (const auto& group : groups())
        for (const auto& spec : *group.specs)
            if (spec.name == name)
                return withPipeline(group.provenance);
    for (const auto& series : frameSeriesSpecs())
        if (series.name == name) {
            // Series come from the colour and motion extractors' per-frame measurements.
            return withPipeline(
                {{"color", groups()[0].provenance}, {"motion", groups()[1].provenance}});
        }
    throw std::out_of_range("unknown metric '" + std::string(name) + "'");
}

nlohmann::json allMetricProvenance()
{
    nlohmann::json all = nlohmann::json::object();
    for (const auto& spec : shotMetricSpecs())
        all[std::string(spec.name)] = metricProvenance(spec.name);
    for (const auto& series : frameSeriesSpecs())
        all[std::string(series.name)] = metricProvenance(series.name);
    return all;
}

} // namespace diptych::analysis
