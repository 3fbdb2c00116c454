#include "analysis/motion/motion_series.h"

#include "analysis/motion/motion_parameters.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace diptych::analysis::motion {

namespace {

/// Keeps −ln(DJ) finite for a perfectly constant speed (synthetic footage).
constexpr double kMinDimensionlessJerk = 1e-6;

} // namespace

SpeedSeries resampleSpeedSeries(const std::vector<double>& perFrame, double fps, double rate)
{
    if (fps <= rate)
        return {perFrame, fps};

    SpeedSeries out;
    out.rate = rate;
    const auto n = static_cast<double>(perFrame.size());
    // Work in frame units: window k spans [k·step, (k+1)·step) frames.
    const double step = fps / rate;
    const auto windows = static_cast<std::size_t>(std::floor(n / step + 1e-9));
    out.values.reserve(windows);
    for (std::size_t k = 0; k < windows; ++k) {
        const double start = static_cast<double>(k) * step;
        const double end = std::min(start + step, n);
        double integral = 0;
        for (auto i = static_cast<std::size_t>(start); static_cast<double>(i) < end; ++i) {
            const double overlap =
                std::min(end, static_cast<double>(i + 1)) - std::max(start, static_cast<double>(i));
            if (overlap > 0)
                integral += overlap * perFrame[i];
        }
        out.values.push_back(integral / (end - start));
    }
    return out;
}

double speedSmoothness(const SpeedSeries& series)
{
    const auto& v = series.values;
    if (v.size() < 3)
        return std::numeric_limits<double>::quiet_NaN();
    const double peak = *std::max_element(v.begin(), v.end());
    if (peak < kMinPeakSpeed)
        return std::numeric_limits<double>::quiet_NaN();

    const double rate2 = series.rate * series.rate;
    double sumSquaredJerk = 0;
    for (std::size_t k = 1; k + 1 < v.size(); ++k) {
        const double jerk = (v[k + 1] - 2.0 * v[k] + v[k - 1]) * rate2;
        sumSquaredJerk += jerk * jerk;
    }
    const double meanSquaredJerk = sumSquaredJerk / static_cast<double>(v.size() - 2);
    const double t2 = kJerkReferenceSeconds * kJerkReferenceSeconds;
    const double dimensionlessJerk = t2 * t2 * meanSquaredJerk / (peak * peak);
    return -std::log(dimensionlessJerk + kMinDimensionlessJerk);
}

int countImpacts(const SpeedSeries& series)
{
    const auto& v = series.values;
    if (v.size() < 2)
        return 0;
    // change[k] = v[k+1] − v[k], the speed change over one sample.
    std::vector<double> change(v.size() - 1);
    for (std::size_t k = 0; k < change.size(); ++k)
        change[k] = std::abs(v[k + 1] - v[k]);

    const double minChange = kImpactMinAcceleration / series.rate;
    const auto last = static_cast<std::ptrdiff_t>(change.size()) - 1;
    int impacts = 0;
    for (std::ptrdiff_t k = kImpactEdgeSamples; k <= last - kImpactEdgeSamples; ++k) {
        const auto uk = static_cast<std::size_t>(k);
        const double c = change[uk];
        if (c < minChange || c < kImpactMinRelativeChange * std::max(v[uk], v[uk + 1]))
            continue;
        bool isPeak = true;
        const std::ptrdiff_t from = std::max<std::ptrdiff_t>(0, k - kImpactSuppressSamples);
        const std::ptrdiff_t to = std::min(last, k + kImpactSuppressSamples);
        for (std::ptrdiff_t j = from; j <= to && isPeak; ++j) {
            const double other = change[static_cast<std::size_t>(j)];
            // Ties go to the earliest change, so a plateau counts once.
            isPeak = j < k ? other < c : (j == k || other <= c);
        }
        if (isPeak)
            ++impacts;
    }
    return impacts;
}

} // namespace diptych::analysis::motion
