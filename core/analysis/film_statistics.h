#pragma once

#include <vector>

namespace diptych::analysis {

/// Shot-length statistics of one film, after Cinemetrics conventions (Salt; Redfern). All
/// lengths in seconds. With no shots every field is 0 (NaN where a statistic needs more
/// shots: sd with fewer than 2).
struct FilmStatistics
{
    int shotCount = 0;
    double durationSeconds = 0;   ///< sum of the shot lengths
    double averageShotLength = 0; ///< ASL: duration / shot count (Salt)
    double medianShotLength = 0;  ///< MSL: the median, robust to a few very long takes (Redfern)
    double standardDeviation = 0; ///< sample SD of the lengths
    double coefficientOfVariation = 0;         ///< SD / ASL
    double q10 = 0, q25 = 0, q75 = 0, q90 = 0; ///< quantiles (linear interpolation)
    double interquartileRange = 0;             ///< q75 - q25
    /// Lognormal fit of the lengths: mean and SD of ln(length). Salt models shot lengths as
    /// lognormal; MSL/ASL = exp(-sigma^2 / 2) when the fit holds.
    double lognormalMu = 0;
    double lognormalSigma = 0;
    /// Shots per one-second bin: histogram[i] counts lengths in [i, i + 1) s; the last bin
    /// also holds every longer shot.
    std::vector<int> histogram;
};

/// Statistics of `shotSeconds` (each > 0). `histogramBins` one-second bins (>= 1).
FilmStatistics computeFilmStatistics(std::vector<double> shotSeconds, int histogramBins = 30);

} // namespace diptych::analysis
