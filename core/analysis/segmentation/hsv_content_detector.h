#pragma once

#include "analysis/segmentation/shot_boundary.h"
#include "common/cancellation.h"

#include <opencv2/core/mat.hpp>

#include <filesystem>
#include <vector>

namespace diptych::analysis {

/// Parameters of the classic HSV content-difference cut detector.
struct HsvContentOptions
{
    /// Cut when the mean absolute frame difference, averaged over H, S and V (8-bit, H in
    /// 0..179), reaches this value. PySceneDetect's ContentDetector default.
    double threshold = 27.0;
    /// No cut closer than this many frames to the previous one (or to the film's start).
    int minShotFrames = 15;
    /// Frames are compared at this width (aspect kept), as PySceneDetect's 256 px.
    int width = 256;
};

/// The baseline every Diptych segmenter is measured against: PySceneDetect's ContentDetector
/// (v0.7.1 defaults) — per frame, the mean absolute difference of the H, S and V channels to
/// the previous frame, averaged; a cut where it reaches the threshold. It only finds hard cuts,
/// and flashes, fast motion and flicker fool it; that is the point of a baseline.
///
/// Streaming: push() every frame in order. Not thread-safe; one per film.
class HsvContentDetector final
{
public:
    explicit HsvContentDetector(HsvContentOptions options = {});

    /// Feeds frame `frame` (BGR 8-bit, already at options.width or any size: it is resized).
    void push(const cv::Mat& bgr, model::Frame frame);

    /// Cuts found so far, in frame order.
    [[nodiscard]] const std::vector<ShotBoundary>& cuts() const { return m_cuts; }
    /// The score of every pushed frame (0 for the first), index = push order.
    [[nodiscard]] const std::vector<double>& scores() const { return m_scores; }

private:
    HsvContentOptions m_options;
    cv::Mat m_previousHsv;
    model::Frame m_lastCut = 0;
    std::vector<ShotBoundary> m_cuts;
    std::vector<double> m_scores;
};

/// Runs the baseline over a whole film (sequential decoding at options.width).
/// Progress in frames; throws MediaError, Cancelled.
std::vector<ShotBoundary> detectCutsWithHsvBaseline(const std::filesystem::path& film,
                                                    const HsvContentOptions& options = {},
                                                    const CancellationToken* cancel = nullptr,
                                                    const ProgressSink& progress = {});

} // namespace diptych::analysis
