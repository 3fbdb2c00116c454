#pragma once

#include "analysis/analysis_frame.h"
#include "analysis/composition/composition_analyzer.h"
#include "analysis/shot_metrics.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <vector>

namespace diptych::analysis::composition {

/// Collects the composition statistics of one shot's frames into per-shot metrics (see specs()
/// and METRICS.md): means over frames for the every-frame metrics, mean clutter over sampled
/// frames, median face count over sampled frames, median largest-face size over sampled frames
/// with a face, and the shot scale derived from it. Memory: running sums plus 4 bytes per
/// sampled frame (about 5 KB for a 10-minute shot at 2 samples/s).
///
/// Feed frames in presentation order; not thread-safe (one per shot, one thread at a time).
class CompositionShotAccumulator final
{
public:
    void add(const AnalysisFrame& frame, const CompositionFrameStats& stats);

    /// The per-shot metrics; NaN numbers and shot_scale "unknown" when nothing was measured.
    [[nodiscard]] ShotMetricValues finish() const;

    static const std::vector<MetricSpec>& specs();
    static nlohmann::json provenance();

private:
    struct Mean
    {
        double sum = 0;
        std::size_t count = 0;
        void add(double value);
        [[nodiscard]] double value() const;
    };

    Mean m_symmetry, m_saliencyX, m_saliencyY, m_centerDist, m_thirdsDist, m_edges, m_dof;
    Mean m_clutter;
    static constexpr std::size_t kFaceCountBins = 64; ///< counts ≥ 63 share the last bin
    std::array<std::uint32_t, kFaceCountBins> m_faceCounts{};
    std::size_t m_faceFrames = 0;   ///< sampled frames where faces were looked for
    std::vector<float> m_faceSizes; ///< largest-face ratio of each sampled frame with a face
};

} // namespace diptych::analysis::composition
