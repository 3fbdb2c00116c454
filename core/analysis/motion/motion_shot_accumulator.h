#pragma once

#include "analysis/motion/motion_frame_stats.h"
#include "analysis/shot_metrics.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <vector>

namespace diptych::analysis {

/// Collects the MotionFrameStats of one shot, in frame order, and computes its per-shot
/// motion metrics (names, units and meaning in specs() and METRICS.md):
///   motion_mean, motion_p90, camera_motion, subject_motion  (%W/s, >= 0)
///   camera_pan, camera_tilt (%W/s, signed), camera_zoom (%/s), camera_roll (deg/s)
///   camera_inlier_ratio (0..1), motion_smoothness (higher = smoother, <= 13.8),
///   impacts_per_min (>= 0), direction_entropy (0..1).
/// Memory: running sums plus one double per frame (the speed series). Deterministic: the
/// same stats in the same order give bit-identical metrics.
class MotionShotAccumulator final
{
public:
    /// Adds the motion between frame t−1 and frame t; call for t = 1 .. n−1 of the shot in
    /// order (the first frame of a shot has no predecessor and adds nothing).
    void add(const MotionFrameStats& stats);

    /// Number of frame pairs added.
    [[nodiscard]] std::size_t size() const { return m_speeds.size(); }

    /// The shot's metrics; `fps` is the film's frame rate (> 0). Every metric is NaN for a
    /// shot without frame pairs (one frame). motion_smoothness and impacts_per_min are NaN
    /// for shots with less than 0.5 s of frame pairs; motion_smoothness also when the peak
    /// speed stays below 1 %W/s; direction_entropy when the subject motion above noise averages
    /// less than 0.25 %W/s.
    [[nodiscard]] ShotMetricValues finish(double fps) const;

    /// The metrics finish() reports, in that order.
    static const std::vector<MetricSpec>& specs();

    /// {"algorithm": "motion", "version": N, and every fixed parameter}: stored with the
    /// results so that numbers from different versions are never compared unknowingly.
    static nlohmann::json provenance();

private:
    std::vector<double> m_speeds; ///< meanSpeed per frame pair, for smoothness and impacts
    double m_sumP90 = 0;
    double m_sumCamera = 0;
    double m_sumSubject = 0;
    double m_sumPan = 0;
    double m_sumTilt = 0;
    double m_sumZoom = 0;
    double m_sumRoll = 0;
    double m_sumInliers = 0;
    std::array<double, kMotionDirectionBins> m_directions{};
};

} // namespace diptych::analysis
