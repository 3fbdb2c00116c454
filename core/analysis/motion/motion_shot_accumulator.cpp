#include "analysis/motion/motion_shot_accumulator.h"

#include "analysis/motion/motion_parameters.h"
#include "analysis/motion/motion_series.h"

#include <cmath>
#include <limits>
#include <numeric>

namespace diptych::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Shannon entropy of the direction histogram divided by ln(8): 0 when all subject motion
/// goes one way, 1 when it is spread evenly over the 8 directions. NaN when the subject motion
/// is too slight to have a direction (`pairs` frame pairs were summed into `bins`).
double directionEntropy(const std::array<double, kMotionDirectionBins>& bins, double pairs)
{
    const double total = std::accumulate(bins.begin(), bins.end(), 0.0);
    if (!(total > 0) || total / pairs < motion::kMinDirectionMass)
        return kNaN;
    double entropy = 0;
    for (const double bin : bins) {
        if (bin > 0) {
            const double p = bin / total;
            entropy -= p * std::log(p);
        }
    }
    return entropy / std::log(static_cast<double>(kMotionDirectionBins));
}

} // namespace

void MotionShotAccumulator::add(const MotionFrameStats& stats)
{
    m_speeds.push_back(stats.meanSpeed);
    m_sumP90 += stats.p90Speed;
    m_sumCamera += stats.cameraSpeed;
    m_sumSubject += stats.subjectSpeed;
    m_sumPan += stats.pan;
    m_sumTilt += stats.tilt;
    m_sumZoom += stats.zoom;
    m_sumRoll += stats.roll;
    m_sumInliers += stats.inlierRatio;
    for (std::size_t i = 0; i < m_directions.size(); ++i)
        m_directions[i] += stats.subjectDirections[i];
}

const std::vector<MetricSpec>& MotionShotAccumulator::specs()
{
    static const std::vector<MetricSpec> specs{
        {"motion_mean", "%W/s", "mean optical-flow speed, camera and subject together", false},
        {"motion_p90", "%W/s", "mean per-frame 90th percentile of the flow speed", false},
        {"camera_motion", "%W/s", "mean speed of the camera (global) motion field", false},
        {"subject_motion", "%W/s", "mean speed of the residual motion after the camera's", false},
        {"camera_pan", "%W/s", "mean camera pan, > 0 = pans right", false},
        {"camera_tilt", "%W/s", "mean camera tilt, > 0 = tilts up", false},
        {"camera_zoom", "%/s", "mean zoom rate, > 0 = picture grows (zoom or dolly in)", false},
        {"camera_roll", "deg/s", "mean camera roll, > 0 = clockwise", false},
        {"camera_inlier_ratio", "", "share of flow agreeing with the camera fit, 0..1", false},
        {"motion_smoothness", "",
         "log dimensionless jerk of the speed series per second, higher = smoother", false},
        {"impacts_per_min", "1/min", "abrupt speed changes (hits, jolts) per minute", false},
        {"direction_entropy", "", "spread of subject-motion directions over 8 sectors, 0..1",
         false},
    };
    return specs;
}

ShotMetricValues MotionShotAccumulator::finish(double fps) const
{
    ShotMetricValues values;
    const auto n = static_cast<double>(m_speeds.size());
    const bool any = !m_speeds.empty() && fps > 0;
    const auto mean = [&](double sum) { return any ? sum / n : kNaN; };

    const double sumSpeed = std::accumulate(m_speeds.begin(), m_speeds.end(), 0.0);
    values.add("motion_mean", mean(sumSpeed));
    values.add("motion_p90", mean(m_sumP90));
    values.add("camera_motion", mean(m_sumCamera));
    values.add("subject_motion", mean(m_sumSubject));
    values.add("camera_pan", mean(m_sumPan));
    values.add("camera_tilt", mean(m_sumTilt));
    values.add("camera_zoom", mean(m_sumZoom));
    values.add("camera_roll", mean(m_sumRoll));
    values.add("camera_inlier_ratio", mean(m_sumInliers));

    double smoothness = kNaN;
    double impactsPerMinute = kNaN;
    const double seconds = any ? n / fps : 0.0;
    if (any && seconds >= motion::kMinSeriesSeconds) {
        const motion::SpeedSeries series =
            motion::resampleSpeedSeries(m_speeds, fps, motion::kSeriesRate);
        smoothness = motion::speedSmoothness(series);
        impactsPerMinute = motion::countImpacts(series) / (seconds / 60.0);
    }
    values.add("motion_smoothness", smoothness);
    values.add("impacts_per_min", impactsPerMinute);
    values.add("direction_entropy", any ? directionEntropy(m_directions, n) : kNaN);
    return values;
}

nlohmann::json MotionShotAccumulator::provenance()
{
    using namespace motion;
    return {
        {"algorithm", "motion"},
        {"version", kMotionAlgorithmVersion},
        {"flow", "cv::DISOpticalFlow PRESET_FAST"},
        {"camera_model", "similarity (estimateAffinePartial2D, RANSAC)"},
        {"grid_step_px", kGridStep},
        {"grid_margin_px", kGridMargin},
        {"stats_step_px", kStatsStep},
        {"ransac_threshold_px", kRansacThresholdPx},
        {"ransac_max_iterations", kRansacMaxIterations},
        {"ransac_confidence", kRansacConfidence},
        {"ransac_refine_iterations", kRansacRefineIterations},
        {"direction_min_speed_pct_w_per_s", kDirectionMinSpeed},
        {"direction_min_px", kDirectionMinPx},
        {"direction_min_mass_pct_w_per_s", kMinDirectionMass},
        {"series_rate_hz", kSeriesRate},
        {"min_series_seconds", kMinSeriesSeconds},
        {"jerk_reference_seconds", kJerkReferenceSeconds},
        {"min_peak_speed_pct_w_per_s", kMinPeakSpeed},
        {"impact_min_acceleration_pct_w_per_s2", kImpactMinAcceleration},
        {"impact_min_relative_change", kImpactMinRelativeChange},
        {"impact_suppress_samples", kImpactSuppressSamples},
        {"impact_edge_samples", kImpactEdgeSamples},
    };
}

} // namespace diptych::analysis
