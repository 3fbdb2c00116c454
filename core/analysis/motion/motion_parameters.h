#pragma once

// The fixed parameters of the motion metrics. They are constants, not options, because the
// per-shot numbers are only comparable between films analysed with the same values; each one
// is reported in MotionShotAccumulator::provenance(), and changing any of them must bump
// kMotionAlgorithmVersion.

namespace diptych::analysis::motion {

/// Bumped whenever a change below (or in the code) changes any output number.
inline constexpr int kMotionAlgorithmVersion = 2;

// --- per frame -------------------------------------------------------------------------

/// Flow samples for the camera fit: every kGridStep pixels, kGridMargin pixels away from the
/// border (flow is least reliable where content enters or leaves the frame).
inline constexpr int kGridStep = 8;
inline constexpr int kGridMargin = 8;
/// The per-frame speeds and the direction histogram read every kStatsStep-th pixel of every
/// kStatsStep-th row of the flow. DIS (preset FAST) estimates the flow on a patch grid at a
/// quarter of the analysis size and interpolates it up, so the skipped pixels carry no
/// information the read ones lack; reading a quarter of them saves ~1.5 % of the analysis.
inline constexpr int kStatsStep = 2;
/// RANSAC inlier threshold of the camera fit, in pixels at analysis size (320 px wide). Half
/// a pixel rather than 1: DIS smears a moving object's flow into a halo around it, and at 1 px
/// the halo joins the inliers and drags the camera fit along with the subject.
inline constexpr double kRansacThresholdPx = 0.5;
inline constexpr int kRansacMaxIterations = 2000;
inline constexpr double kRansacConfidence = 0.99;
inline constexpr int kRansacRefineIterations = 10;
/// Residual flow slower than this (%W/s) or than kDirectionMinPx (px/frame), whichever is
/// larger, is treated as noise by the direction histogram.
inline constexpr double kDirectionMinSpeed = 2.0;
inline constexpr double kDirectionMinPx = 0.1;
/// direction_entropy needs some subject motion to describe: the histogram's mean mass per
/// frame pair (%W/s, e.g. 2.5 % of the picture moving at 10 %W/s) must reach this, else NaN.
inline constexpr double kMinDirectionMass = 0.25;

// --- per shot --------------------------------------------------------------------------

/// Smoothness and impacts are read from the speed series resampled to this common rate (Hz),
/// so that a 24 fps and a 60 fps copy of one motion give comparable values. Films below this
/// rate keep their own rate.
inline constexpr double kSeriesRate = 24.0;
/// Shots with less flow than this (seconds) get NaN smoothness and impact rate.
inline constexpr double kMinSeriesSeconds = 0.5;
/// Reference duration of the log dimensionless jerk (seconds): the jerk is normalised per
/// unit time so that long and short shots compare (see motion_series.h).
inline constexpr double kJerkReferenceSeconds = 1.0;
/// Shots whose peak speed stays below this (%W/s) have no motion to judge: smoothness NaN.
inline constexpr double kMinPeakSpeed = 1.0;
/// An impact is a change of speed of at least kImpactMinAcceleration (%W/s per second) that
/// is also at least kImpactMinRelativeChange of the faster of the two speeds, and is the
/// largest change within ±kImpactSuppressSamples samples of the series.
inline constexpr double kImpactMinAcceleration = 100.0;
inline constexpr double kImpactMinRelativeChange = 0.25;
inline constexpr int kImpactSuppressSamples = 3;
/// Changes this close (samples) to either end of the shot are not impacts: flow next to a
/// cut or inside a transition is unreliable.
inline constexpr int kImpactEdgeSamples = 2;

} // namespace diptych::analysis::motion
