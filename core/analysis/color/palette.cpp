#include "analysis/color/palette.h"

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace diptych::analysis::color {
namespace {

using Centre = cv::Vec3d;

double distance2(const cv::Vec3f& x, const Centre& c)
{
    const double d0 = double(x[0]) - c[0];
    const double d1 = double(x[1]) - c[1];
    const double d2 = double(x[2]) - c[2];
    return d0 * d0 + d1 * d1 + d2 * d2;
}

/// k-means++ seeding (Arthur & Vassilvitskii 2007) with a local, seeded generator: never the
/// thread-local cv::theRNG(), whose state depends on whatever ran before on the thread.
std::vector<Centre> seedCentres(const std::vector<cv::Vec3f>& samples, int k, cv::RNG& rng)
{
    std::vector<Centre> centres;
    const auto n = int(samples.size());
    centres.emplace_back(cv::Vec3d(samples[std::size_t(rng.uniform(0, n))]));
    std::vector<double> nearest(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i)
        nearest[i] = distance2(samples[i], centres.back());
    while (int(centres.size()) < k) {
        double total = 0;
        for (double d : nearest)
            total += d;
        if (total <= 0)
            break; // fewer distinct colours than k: the remaining clusters would be empty
        const double pick = rng.uniform(0.0, total);
        double running = 0;
        std::size_t chosen = samples.size() - 1;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            running += nearest[i];
            if (running > pick && nearest[i] > 0) {
                chosen = i;
                break;
            }
        }
        centres.emplace_back(cv::Vec3d(samples[chosen]));
        for (std::size_t i = 0; i < samples.size(); ++i)
            nearest[i] = std::min(nearest[i], distance2(samples[i], centres.back()));
    }
    return centres;
}

struct Clustering
{
    std::vector<Centre> centres;
    std::vector<std::size_t> counts;
    double inertia = std::numeric_limits<double>::infinity();
};

Clustering lloyd(const std::vector<cv::Vec3f>& samples, std::vector<Centre> centres,
                 const PaletteOptions& options)
{
    const std::size_t k = centres.size();
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        std::vector<Centre> sums(k, Centre(0, 0, 0));
        std::vector<std::size_t> counts(k, 0);
        for (std::size_t i = 0; i < samples.size(); ++i) {
            int best = 0;
            double bestD = distance2(samples[i], centres[0]);
            for (std::size_t c = 1; c < k; ++c) {
                const double d = distance2(samples[i], centres[c]);
                if (d < bestD) {
                    bestD = d;
                    best = int(c);
                }
            }
            sums[std::size_t(best)] += cv::Vec3d(samples[i]);
            ++counts[std::size_t(best)];
        }
        double moved = 0;
        for (std::size_t c = 0; c < k; ++c) {
            if (counts[c] == 0)
                continue; // an empty cluster keeps its centre and is dropped at the end
            const Centre updated = sums[c] * (1.0 / double(counts[c]));
            moved = std::max(moved, cv::norm(updated - centres[c]));
            centres[c] = updated;
        }
        if (moved <= options.epsilon)
            break;
    }
    // Final assignment against the final centres, so counts match the reported centres.
    std::vector<std::size_t> counts(k, 0);
    double inertia = 0;
    for (const auto& sample : samples) {
        std::size_t best = 0;
        double bestD = distance2(sample, centres[0]);
        for (std::size_t c = 1; c < k; ++c) {
            const double d = distance2(sample, centres[c]);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        inertia += bestD;
        ++counts[best];
    }
    return {centres, counts, inertia};
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

std::vector<PaletteEntry> extractPalette(const std::vector<cv::Vec3f>& samples,
                                         const PaletteOptions& options)
{
    if (samples.empty() || options.colors < 1)
        return {};
    cv::RNG rng(options.seed);
    Clustering best;
    for (int attempt = 0; attempt < std::max(1, options.attempts); ++attempt) {
        Clustering run = lloyd(samples, seedCentres(samples, options.colors, rng), options);
        if (run.inertia < best.inertia)
            best = std::move(run);
    }
    std::vector<PaletteEntry> palette;
    const double n = double(samples.size());
    for (std::size_t c = 0; c < best.centres.size(); ++c) {
        if (best.counts[c] == 0)
            continue;
        const Centre& centre = best.centres[c];
        palette.push_back({{centre[0], centre[1], centre[2]}, double(best.counts[c]) / n});
    }
    std::sort(palette.begin(), palette.end(), [](const PaletteEntry& x, const PaletteEntry& y) {
        return std::tie(y.weight, x.color.L, x.color.a, x.color.b) <
               std::tie(x.weight, y.color.L, y.color.a, y.color.b);
    });
    return palette;
}

std::string paletteToJson(const std::vector<PaletteEntry>& palette)
{
    auto array = nlohmann::json::array();
    for (const auto& entry : palette) {
        array.push_back({{"L", round2(entry.color.L)},
                         {"a", round2(entry.color.a)},
                         {"b", round2(entry.color.b)},
                         {"hex", labToHex(entry.color)},
                         {"weight", entry.weight}});
    }
    return array.dump();
}

} // namespace diptych::analysis::color
