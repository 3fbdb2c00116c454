#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

/// The numbers behind the comparison charts, kept free of widgets so they can be checked
/// against hand-computed answers. Every function ignores NaN and infinite values: a NaN cell
/// means "not measured" (analysis still running, metric undefined for the shot).
namespace diptych::ui::chart_stats {

/// How the bin width of a shared histogram is chosen.
enum class BinRule
{
    /// h = 2 · IQR · n^(-1/3) over the pooled samples: robust to outliers and to the long
    /// tails per-shot metrics often have. Falls back to Sturges when the IQR is 0.
    FreedmanDiaconis,
    /// k = ⌈log2 n⌉ + 1 bins over the pooled range: fine for small, roughly normal samples.
    Sturges,
};

/// Several samples counted on one set of bins, so their bars line up category by category.
struct SharedHistogram
{
    /// Ascending bin edges; bin i is [edges[i], edges[i+1]), the last bin also holds its upper
    /// edge. Empty when no sample has a finite value.
    std::vector<double> edges;
    /// counts[s][i]: values of sample s in bin i. Each sums to the sample's finite values.
    std::vector<std::vector<int>> counts;
    BinRule rule = BinRule::FreedmanDiaconis; ///< the rule actually used

    [[nodiscard]] std::size_t binCount() const { return edges.empty() ? 0 : edges.size() - 1; }
};

/// Bins `samples` on shared edges: the width follows `rule` over the pooled finite values, is
/// rounded up to 1, 2, 2.5 or 5 × 10^k so the edges read well on an axis, and is widened
/// further if that would give more than `maxBins` bins. A pooled sample with a single distinct
/// value gets one bin centred on it.
[[nodiscard]] SharedHistogram sharedHistogram(std::span<const std::vector<double>> samples,
                                              BinRule rule = BinRule::FreedmanDiaconis,
                                              int maxBins = 30);

/// The p-quantile (0 ≤ p ≤ 1) of an ascending sample by linear interpolation between order
/// statistics (Hyndman & Fan type 7, the default of R and NumPy). `sorted` must not be empty.
[[nodiscard]] double quantile(std::span<const double> sorted, double p);

/// A box plot's numbers: quartiles by quantile() and Tukey whiskers.
struct BoxSummary
{
    std::size_t count = 0; ///< finite values summarised
    double minimum = 0;
    double lowerWhisker = 0; ///< the smallest value ≥ q1 − 1.5 · IQR
    double q1 = 0;
    double median = 0;
    double q3 = 0;
    double upperWhisker = 0; ///< the largest value ≤ q3 + 1.5 · IQR
    double maximum = 0;
    std::vector<double> outliers; ///< values beyond the whiskers, ascending
};

/// nullopt when the sample has no finite value.
[[nodiscard]] std::optional<BoxSummary> boxSummary(std::span<const double> sample);

/// One shot's value and the time it covers.
struct TimedValue
{
    double startSeconds = 0;
    double endSeconds = 0; ///< exclusive
    double value = 0;      ///< NaN when not measured
};

/// Where the "over time" x axis puts a moment of the film.
enum class TimeAxis
{
    Seconds,        ///< seconds from the film's start
    FractionOfFilm, ///< 0..1 of the film's length, so films of different lengths line up
};

struct StepPoint
{
    double x = 0;
    double y = 0;
};

/// The per-shot step function of one film: each shot's value held over [start, end), drawn as
/// its two corner points. The result is a list of runs; a shot without a value, or a gap
/// between shots, ends a run so the line is not drawn across missing data. With
/// FractionOfFilm, x = t / filmSeconds clamped to [0, 1]; when filmSeconds ≤ 0 the end of the
/// last shot stands for the film's length.
[[nodiscard]] std::vector<std::vector<StepPoint>> stepSeries(std::span<const TimedValue> shots,
                                                             TimeAxis axis, double filmSeconds = 0);

} // namespace diptych::ui::chart_stats
