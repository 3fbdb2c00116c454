#pragma once

#include "analysis/segmentation/shot_boundary.h"
#include "analysis/segmentation/shot_detector.h"
#include "common/cancellation.h"

#include <filesystem>
#include <vector>

namespace diptych::analysis {

/// Runs ShotDetector over a whole film, decoded sequentially at kAnalysisWidth, with decoding
/// and the detector's per-frame work on two threads. The boundaries in frame order.
/// Sets OpenCV's own thread count to 1 for the process, as analyzeFilm does.
/// Progress in frames; throws MediaError, Cancelled, Error (bad options).
std::vector<ShotBoundary> detectShotBoundaries(const std::filesystem::path& film,
                                               const ShotDetectorOptions& options = {},
                                               const CancellationToken* cancel = nullptr,
                                               const ProgressSink& progress = {});

} // namespace diptych::analysis
