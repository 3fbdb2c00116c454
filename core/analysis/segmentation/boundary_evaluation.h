#pragma once

#include "analysis/segmentation/shot_boundary.h"

#include <vector>

namespace diptych::analysis {

/// Precision, recall and F1 of one class of boundaries.
struct BoundaryClassScore
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    /// 1.0 when nothing was detected and nothing was there to find.
    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall() const;
    [[nodiscard]] double f1() const;
    BoundaryClassScore& operator+=(const BoundaryClassScore& other);
};

struct BoundaryScore
{
    BoundaryClassScore cuts;    ///< ground-truth cuts, and detections that claim to be cuts
    BoundaryClassScore gradual; ///< ground-truth gradual transitions, and detections of them
    [[nodiscard]] BoundaryClassScore overall() const;
};

/// Scores detected boundaries against the true ones, the way shot-boundary benchmarks do
/// (TRECVID-style one-to-one matching):
/// - a true cut at frame c is found by a detection whose span comes within `tolerance` frames
///   of c (for a detected cut: |start - c| <= tolerance);
/// - a true gradual transition [s, e) is found by a detection whose span overlaps
///   [s - tolerance, e + tolerance);
/// - pairs are matched one to one, closest first (distance 0 inside a span);
/// - a matched truth counts for its own class, whatever kind the detection claimed; an
///   unmatched truth is a false negative of its class; an unmatched detection is a false
///   positive of the class it claims (cut, or gradual for every other kind).
BoundaryScore evaluateBoundaries(const std::vector<ShotBoundary>& truth,
                                 const std::vector<ShotBoundary>& detected, int tolerance = 2);

} // namespace diptych::analysis
