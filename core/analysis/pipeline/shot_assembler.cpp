#include "analysis/pipeline/shot_assembler.h"

#include "analysis/pipeline/metric_catalog.h"
#include "common/error.h"

#include <limits>

namespace diptych::analysis {

ShotAssembler::ShotAssembler(double fps)
    : m_fps(fps)
{}

void ShotAssembler::start(model::Frame startFrame, TransitionKind transition,
                          model::Frame transitionFrames)
{
    m_next = startFrame;
    m_shot = {};
    m_shot.startFrame = startFrame;
    m_shot.transition = transition;
    m_shot.transitionFrames = transitionFrames;
    m_shot.series.assign(frameSeriesSpecs().size(), {});
    m_color.emplace();
    m_motion.emplace();
    m_composition.emplace();
}

void ShotAssembler::add(const FrameFeatures& features)
{
    if (features.frame.index != m_next)
        throw Error("analysis: frame " + std::to_string(features.frame.index) +
                    " arrived out of order (expected " + std::to_string(m_next) + ")");
    const bool firstOfShot = m_next == m_shot.startFrame;
    m_color->add(features.frame, features.color);
    // Flow from the previous shot's last frame into this shot's first frame crosses the
    // boundary, so it says nothing about motion inside the shot.
    const bool hasMotion = features.motion.has_value() && !firstOfShot;
    if (hasMotion)
        m_motion->add(*features.motion);
    m_composition->add(features.frame, features.composition);

    const auto nan = std::numeric_limits<float>::quiet_NaN();
    const auto& color = features.color;
    const float values[] = {
        float(color.lumaMean),
        float(color.chromaMean),
        hasMotion ? float(features.motion->meanSpeed) : nan,
        float(color.meanLab.L),
        float(color.meanLab.a),
        float(color.meanLab.b),
    };
    static_assert(std::size(values) == 6, "one value per frame series");
    for (std::size_t i = 0; i < m_shot.series.size(); ++i)
        m_shot.series[i].push_back(values[i]);
    ++m_next;
}

AssembledShot ShotAssembler::finish()
{
    m_shot.endFrame = m_next;
    auto append = [this](ShotMetricValues values) {
        for (auto& number : values.numbers)
            m_shot.metrics.numbers.push_back(std::move(number));
        for (auto& text : values.texts)
            m_shot.metrics.texts.push_back(std::move(text));
    };
    append(m_color->finish());
    append(m_motion->finish(m_fps));
    append(m_composition->finish());
    return std::move(m_shot);
}

} // namespace diptych::analysis
