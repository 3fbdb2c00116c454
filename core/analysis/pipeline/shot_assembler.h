#pragma once

#include "analysis/color/color_shot_accumulator.h"
#include "analysis/composition/composition_shot_accumulator.h"
#include "analysis/motion/motion_shot_accumulator.h"
#include "analysis/pipeline/frame_measurer.h"
#include "analysis/segmentation/shot_boundary.h"

#include <optional>
#include <string>
#include <vector>

namespace diptych::analysis {

/// One finished shot: its frames, how it begins, every per-shot metric by name, and its slice
/// of the per-frame series (series[i] belongs to frameSeriesSpecs()[i]).
struct AssembledShot
{
    model::Frame startFrame = 0;
    model::Frame endFrame = 0; ///< exclusive
    TransitionKind transition = TransitionKind::None;
    model::Frame transitionFrames = 0;
    ShotMetricValues metrics;
    std::vector<std::vector<float>> series;
};

/// Collects the features of one shot's frames, in order, and turns them into the shot's
/// metrics when the shot ends. Memory: the extractors' small per-frame stats and the series,
/// whatever the shot's length. Not thread-safe.
class ShotAssembler final
{
public:
    explicit ShotAssembler(double fps);

    /// Starts a shot at `startFrame`, entered by `transition` (None for the film's first shot)
    /// lasting `transitionFrames` frames (0 for a cut).
    void start(model::Frame startFrame, TransitionKind transition, model::Frame transitionFrames);
    /// Adds the next frame; its index must be nextFrame().
    void add(const FrameFeatures& features);
    /// The index of the frame add() expects next.
    [[nodiscard]] model::Frame nextFrame() const { return m_next; }
    [[nodiscard]] model::Frame startFrame() const { return m_shot.startFrame; }
    /// Ends the shot at nextFrame() (exclusive) and returns it. Call start() before reuse.
    AssembledShot finish();

private:
    double m_fps;
    model::Frame m_next = 0;
    AssembledShot m_shot;
    std::optional<color::ColorShotAccumulator> m_color;
    std::optional<MotionShotAccumulator> m_motion;
    std::optional<composition::CompositionShotAccumulator> m_composition;
};

} // namespace diptych::analysis
