#pragma once

#include <array>

namespace diptych::analysis {

/// Number of direction bins of the subject-motion histogram: 45° sectors centred on
/// right (0), down-right (1), down (2), down-left (3), left (4), up-left (5), up (6), up-right (7)
/// in screen terms (image y grows downwards).
inline constexpr int kMotionDirectionBins = 8;

/// Motion between two consecutive frames of one shot, as MotionEstimator measures it.
///
/// Units are per second and resolution-independent: speeds are in percent of the frame width
/// per second (%W/s; 100 %W/s crosses the screen in one second), so films of any size and
/// frame rate compare directly. The camera terms describe what the camera does, which is the
/// opposite of what the picture does: when the camera pans right the picture moves left.
/// Means are over the frame without an 8 px border (where entering content has no valid
/// flow). The struct is small on purpose: the per-shot accumulator keeps a few numbers per
/// frame.
struct MotionFrameStats
{
    /// Mean optical-flow speed (camera and subject motion together), >= 0.
    double meanSpeed = 0;
    /// 90th percentile of the flow speed over a grid of samples: how fast the fastest-moving
    /// tenth of the picture moves, >= 0.
    double p90Speed = 0;
    /// Mean speed of the global (camera) motion field, >= 0; includes the
    /// pan/tilt translation and the zoom and roll contributions.
    double cameraSpeed = 0;
    /// Mean speed of the residual flow once the camera motion is removed, >= 0: movement of
    /// people and objects (plus flow noise).
    double subjectSpeed = 0;
    /// Camera pan, %W/s: > 0 when the camera turns right (the picture moves left).
    double pan = 0;
    /// Camera tilt, %W/s (of the frame *width*, so pan and tilt share a scale): > 0 when the
    /// camera tilts up (the picture moves down).
    double tilt = 0;
    /// Zoom rate, %/s, as a continuous (logarithmic) rate 100·ln(scale)·fps: > 0 when the
    /// picture grows (zoom in or dolly in), < 0 when it shrinks.
    double zoom = 0;
    /// Camera roll, degrees/s: > 0 when the camera rolls clockwise, so that the picture turns
    /// counter-clockwise on screen.
    double roll = 0;
    /// Share of flow samples that agree with the fitted camera motion (RANSAC inliers), 0..1.
    /// Low values mean the camera numbers are unreliable: the picture is dominated by moving
    /// subjects or has too little texture. 0 when the fit failed (camera terms are then 0).
    double inlierRatio = 0;
    /// Subject (residual) motion by direction: for each 45° sector, the sum of residual
    /// speeds (%W/s) of the pixels moving that way faster than a noise threshold, divided by
    /// the pixel count. The bins add up to at most subjectSpeed.
    std::array<double, kMotionDirectionBins> subjectDirections{};
};

} // namespace diptych::analysis
