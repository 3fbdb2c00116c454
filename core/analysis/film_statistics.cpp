#include "analysis/film_statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace diptych::analysis {
namespace {

// Quantile with linear interpolation between order statistics (R's type 7, numpy's default),
// so the figures match what scholars get from R or pandas.
double quantile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double position = p * double(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const auto above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - double(below);
    return sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

} // namespace

FilmStatistics computeFilmStatistics(std::vector<double> shotSeconds, int histogramBins)
{
    FilmStatistics stats;
    stats.histogram.assign(static_cast<std::size_t>(std::max(1, histogramBins)), 0);
    if (shotSeconds.empty())
        return stats;
    std::sort(shotSeconds.begin(), shotSeconds.end());
    const auto n = double(shotSeconds.size());
    stats.shotCount = static_cast<int>(shotSeconds.size());
    stats.durationSeconds = std::accumulate(shotSeconds.begin(), shotSeconds.end(), 0.0);
    stats.averageShotLength = stats.durationSeconds / n;
    stats.medianShotLength = quantile(shotSeconds, 0.5);
    double squares = 0;
    double logSum = 0;
    for (const double length : shotSeconds) {
        squares += (length - stats.averageShotLength) * (length - stats.averageShotLength);
        logSum += std::log(length);
    }
    stats.standardDeviation = shotSeconds.size() > 1 ? std::sqrt(squares / (n - 1))
                                                     : std::numeric_limits<double>::quiet_NaN();
    stats.coefficientOfVariation = stats.standardDeviation / stats.averageShotLength;
    stats.q10 = quantile(shotSeconds, 0.10);
    stats.q25 = quantile(shotSeconds, 0.25);
    stats.q75 = quantile(shotSeconds, 0.75);
    stats.q90 = quantile(shotSeconds, 0.90);
    stats.interquartileRange = stats.q75 - stats.q25;
    stats.lognormalMu = logSum / n;
    double logSquares = 0;
    for (const double length : shotSeconds)
        logSquares +=
            (std::log(length) - stats.lognormalMu) * (std::log(length) - stats.lognormalMu);
    stats.lognormalSigma = shotSeconds.size() > 1 ? std::sqrt(logSquares / (n - 1))
                                                  : std::numeric_limits<double>::quiet_NaN();
    const auto last = stats.histogram.size() - 1;
    for (const double length : shotSeconds) {
        const auto bin = static_cast<std::size_t>(std::max(0.0, std::floor(length)));
        ++stats.histogram[std::min(bin, last)];
    }
    return stats;
}

} // namespace diptych::analysis
