#pragma once

#include <vector>

namespace diptych::analysis::motion {

/// A per-shot speed series (%W/s) on a regular time base.
struct SpeedSeries
{
    std::vector<double> values;
    double rate = 0; ///< samples per second
};

/// Brings a per-frame speed series (one value per frame pair, `fps` per second) to a common
/// time base: films faster than `rate` are averaged over consecutive 1/rate s windows (each
/// frame weighted by its overlap with the window, i.e. the integral of the piecewise-constant
/// series; a trailing partial window is dropped); slower films keep their own rate.
/// This lets a 24 fps and a 60 fps copy of one motion be differentiated alike.
SpeedSeries resampleSpeedSeries(const std::vector<double>& perFrame, double fps, double rate);

/// Smoothness of a speed series: a log dimensionless jerk, normalised per unit time,
///   S = −ln( T_ref⁴ · mean_k(j_k²) / v_peak² ),  j_k = (v_{k+1} − 2·v_k + v_{k−1})·rate²,
/// with T_ref = kJerkReferenceSeconds and v_peak the series maximum. For a single movement
/// lasting T_ref this is exactly Hogan & Sternad's LDLJ (−ln of T³/v_peak²·∫j² dt); the
/// per-unit-time mean makes it independent of shot length for steady motion. Higher means
/// smoother; at most −ln(1e−6) ≈ 13.8 (perfectly constant speed). NaN with fewer than 3
/// samples or when the peak speed is below kMinPeakSpeed (nothing moves, so there is no
/// motion whose smoothness could be judged).
double speedSmoothness(const SpeedSeries& series);

/// Number of impacts in a speed series: abrupt changes of speed between consecutive samples
/// that (1) reach kImpactMinAcceleration %W/s², (2) are at least kImpactMinRelativeChange of
/// the faster of the two speeds (so flow noise on fast motion does not count), (3) are the
/// largest change within ±kImpactSuppressSamples (one event counts once), and (4) are at
/// least kImpactEdgeSamples from either end of the series (flow next to a cut is unreliable).
int countImpacts(const SpeedSeries& series);

} // namespace diptych::analysis::motion
