#include "analysis/segmentation/boundary_evaluation.h"

#include <algorithm>
#include <tuple>

namespace diptych::analysis {
namespace {

double ratio(int numerator, int denominator)
{
    return denominator == 0 ? 1.0 : double(numerator) / double(denominator);
}

// Frames between two [start, end) spans; 0 when they overlap.
model::Frame gap(const ShotBoundary& a, const ShotBoundary& b)
{
    if (a.end <= b.start)
        return b.start - a.end + 1;
    if (b.end <= a.start)
        return a.start - b.end + 1;
    return 0;
}

BoundaryClassScore& classOf(BoundaryScore& score, TransitionKind kind)
{
    return isGradual(kind) ? score.gradual : score.cuts;
}

} // namespace

double BoundaryClassScore::precision() const
{
    return ratio(truePositives, truePositives + falsePositives);
}

double BoundaryClassScore::recall() const
{
    return ratio(truePositives, truePositives + falseNegatives);
}

double BoundaryClassScore::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

BoundaryClassScore& BoundaryClassScore::operator+=(const BoundaryClassScore& other)
{
    truePositives += other.truePositives;
    falsePositives += other.falsePositives;
    falseNegatives += other.falseNegatives;
    return *this;
}

BoundaryClassScore BoundaryScore::overall() const
{
    BoundaryClassScore sum = cuts;
    sum += gradual;
    return sum;
}

BoundaryScore evaluateBoundaries(const std::vector<ShotBoundary>& truth,
                                 const std::vector<ShotBoundary>& detected, int tolerance)
{
    // Every admissible (distance, truth, detection) pair, closest first.
    std::vector<std::tuple<model::Frame, std::size_t, std::size_t>> pairs;
    for (std::size_t t = 0; t < truth.size(); ++t)
        for (std::size_t d = 0; d < detected.size(); ++d) {
            // A cut is a one-frame span [c, c + 1): gap() of 1 means adjacent frames.
            const model::Frame distance = gap(truth[t], detected[d]);
            if (distance <= tolerance)
                pairs.emplace_back(distance, t, d);
        }
    std::sort(pairs.begin(), pairs.end());

    std::vector<bool> truthUsed(truth.size(), false);
    std::vector<bool> detectionUsed(detected.size(), false);
    BoundaryScore score;
    for (const auto& [distance, t, d] : pairs) {
        if (truthUsed[t] || detectionUsed[d])
            continue;
        truthUsed[t] = true;
        detectionUsed[d] = true;
        ++classOf(score, truth[t].kind).truePositives;
    }
    for (std::size_t t = 0; t < truth.size(); ++t)
        if (!truthUsed[t])
            ++classOf(score, truth[t].kind).falseNegatives;
    for (std::size_t d = 0; d < detected.size(); ++d)
        if (!detectionUsed[d])
            ++classOf(score, detected[d].kind).falsePositives;
    return score;
}

} // namespace diptych::analysis
