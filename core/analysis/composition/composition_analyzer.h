#pragma once

#include "analysis/analysis_frame.h"
#include "analysis/composition/face_detector.h"

#include <memory>

namespace diptych::analysis::composition {

/// Space and composition statistics of one frame. NaN marks a value not measured on this frame
/// (the sampled-frame extras on other frames) or undefined (e.g. symmetry of a flat frame).
struct CompositionFrameStats
{
    // --- Every frame, on the 320 px analysis frame.
    double symmetryLr = 0;         ///< mirrorSymmetry(), [−1, 1], 1 = mirror-symmetric
    double saliencyX = 0;          ///< saliency centroid x, [0, 1] from the left
    double saliencyY = 0;          ///< saliency centroid y, [0, 1] from the top
    double saliencyCenterDist = 0; ///< centroid distance from the centre, [0, 0.71]
    double saliencyThirdsDist = 0; ///< centroid distance from the nearest power point
    double edgeDensity = 0;        ///< share of Canny edge pixels, [0, 1]
    double dofProxy = 0;           ///< depthOfFieldProxy(), ln ratio, > 0 = sharp centre

    // --- Sampled frames only (NaN elsewhere).
    bool sampled = false; ///< true when the extras below were computed
    double clutter = 0;   ///< subbandEntropy(), bits
    /// Number of frontal faces found in the 480 px detail image; NaN if not measured or the
    /// detector is unavailable.
    double faceCount = 0;
    /// Largest face box height / detail frame height, (0, 1]; 0 when no face; NaN if not
    /// measured.
    double faceSize = 0;

    /// Every value NaN: a frame the pipeline did not measure (shot means skip NaN).
    static CompositionFrameStats notMeasured();
};

/// Measures composition on frames. Holds the OpenCV objects that are not thread-safe (spectral
/// residual saliency, the face cascade): create one per worker thread. Loading the cascade
/// takes some tens of ms, so reuse the analyzer for many frames. Deterministic.
class CompositionAnalyzer final
{
public:
    CompositionAnalyzer();
    ~CompositionAnalyzer();
    CompositionAnalyzer(const CompositionAnalyzer&) = delete;
    CompositionAnalyzer& operator=(const CompositionAnalyzer&) = delete;

    /// Every-frame metrics always; the sampled-frame extras (clutter on `bgr`, faces on
    /// `detail`) when frame.isSample. Costs at 320×180, one core: ~1.2 ms every frame; sampled
    /// frames add ~3–5 ms of clutter and ~25–30 ms of Haar face detection at 480×270.
    CompositionFrameStats measure(const AnalysisFrame& frame);
    /// As measure(frame) with the extras forced on or off (faces still need frame.detail; they
    /// are NaN without it).
    CompositionFrameStats measure(const AnalysisFrame& frame, bool runSampledExtras);

    /// False when the face cascade could not be loaded (face metrics are then NaN).
    [[nodiscard]] bool facesAvailable() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace diptych::analysis::composition
