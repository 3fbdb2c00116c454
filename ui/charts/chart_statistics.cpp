#include "charts/chart_statistics.h"

#include <algorithm>
#include <cmath>

namespace diptych::ui::chart_stats {
namespace {

std::vector<double> finiteSorted(std::span<const double> sample)
{
    std::vector<double> values;
    values.reserve(sample.size());
    for (const double v : sample)
        if (std::isfinite(v))
            values.push_back(v);
    std::sort(values.begin(), values.end());
    return values;
}

// The smallest of 1, 2, 2.5, 5 × 10^k that is ≥ width (width > 0).
double niceWidth(double width)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(width)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= width * (1 - 1e-9))
            return step * magnitude;
    return 10 * magnitude;
}

double ruleWidth(const std::vector<double>& pooled, BinRule& rule)
{
    const double n = double(pooled.size());
    const double range = pooled.back() - pooled.front();
    if (rule == BinRule::FreedmanDiaconis) {
        const double iqr = quantile(pooled, 0.75) - quantile(pooled, 0.25);
        if (iqr > 0)
            return 2 * iqr / std::cbrt(n);
        rule = BinRule::Sturges; // most values equal: FD would give zero-width bins
    }
    return range / (std::ceil(std::log2(n)) + 1);
}

} // namespace

double quantile(std::span<const double> sorted, double p)
{
    const double position = std::clamp(p, 0.0, 1.0) * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const auto above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - double(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

SharedHistogram sharedHistogram(std::span<const std::vector<double>> samples, BinRule rule,
                                int maxBins)
{
    SharedHistogram histogram;
    histogram.rule = rule;
    std::vector<double> pooled;
    for (const auto& sample : samples)
        pooled.insert(pooled.end(), sample.begin(), sample.end());
    pooled = finiteSorted(pooled);
    histogram.counts.assign(samples.size(), {});
    if (pooled.empty())
        return histogram;

    const double lo = pooled.front();
    const double hi = pooled.back();
    if (lo == hi) {
        const double width = niceWidth(lo == 0 ? 1.0 : std::abs(lo) * 0.1);
        histogram.edges = {lo - width / 2, lo + width / 2};
    } else {
        double width = niceWidth(ruleWidth(pooled, histogram.rule));
        maxBins = std::max(maxBins, 1);
        double first = std::floor(lo / width);
        auto bins = std::max(1.0, std::ceil((hi - first * width) / width - 1e-9));
        while (bins > maxBins) { // aligning to nice edges can add a bin: widen until it fits
            width = niceWidth(width * 1.01);
            first = std::floor(lo / width);
            bins = std::max(1.0, std::ceil((hi - first * width) / width - 1e-9));
        }
        for (int i = 0; i <= int(bins); ++i)
            histogram.edges.push_back((first + i) * width);
        histogram.edges.back() = std::max(histogram.edges.back(), hi); // rounding must not drop hi
    }

    const auto binCount = histogram.binCount();
    for (std::size_t s = 0; s < samples.size(); ++s) {
        auto& counts = histogram.counts[s];
        counts.assign(binCount, 0);
        for (const double v : samples[s]) {
            if (!std::isfinite(v))
                continue;
            const auto upper = std::upper_bound(histogram.edges.begin(), histogram.edges.end(), v);
            const auto bin = std::clamp<std::ptrdiff_t>(upper - histogram.edges.begin() - 1, 0,
                                                        std::ptrdiff_t(binCount) - 1);
            ++counts[std::size_t(bin)];
        }
    }
    return histogram;
}

std::optional<BoxSummary> boxSummary(std::span<const double> sample)
{
    const auto values = finiteSorted(sample);
    if (values.empty())
        return std::nullopt;
    BoxSummary box;
    box.count = values.size();
    box.minimum = values.front();
    box.maximum = values.back();
    box.q1 = quantile(values, 0.25);
    box.median = quantile(values, 0.5);
    box.q3 = quantile(values, 0.75);
    const double reach = 1.5 * (box.q3 - box.q1);
    const double lowFence = box.q1 - reach;
    const double highFence = box.q3 + reach;
    box.lowerWhisker = *std::lower_bound(values.begin(), values.end(), lowFence);
    box.upperWhisker = *std::prev(std::upper_bound(values.begin(), values.end(), highFence));
    for (const double v : values)
        if (v < lowFence || v > highFence)
            box.outliers.push_back(v);
    return box;
}

std::vector<std::vector<StepPoint>> stepSeries(std::span<const TimedValue> shots, TimeAxis axis,
                                               double filmSeconds)
{
    double length = filmSeconds;
    if (length <= 0)
        for (const auto& shot : shots)
            length = std::max(length, shot.endSeconds);
    auto xOf = [&](double seconds) {
        if (axis == TimeAxis::Seconds)
            return seconds;
        return length > 0 ? std::clamp(seconds / length, 0.0, 1.0) : 0.0;
    };

    std::vector<std::vector<StepPoint>> runs;
    bool open = false;
    double lastEnd = 0;
    for (const auto& shot : shots) {
        if (!std::isfinite(shot.value) || !(shot.endSeconds > shot.startSeconds)) {
            open = false;
            continue;
        }
        // Shot times come from one frame index, so touching shots share the exact value.
        const bool touches = open && std::abs(shot.startSeconds - lastEnd) < 1e-6;
        if (!touches)
            runs.emplace_back();
        runs.back().push_back({xOf(shot.startSeconds), shot.value});
        runs.back().push_back({xOf(shot.endSeconds), shot.value});
        open = true;
        lastEnd = shot.endSeconds;
    }
    return runs;
}

} // namespace diptych::ui::chart_stats
