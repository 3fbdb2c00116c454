#pragma once

#include "analysis/analysis_frame.h"
#include "analysis/color/color_frame_stats.h"
#include "analysis/color/palette.h"
#include "analysis/shot_metrics.h"

#include <nlohmann/json.hpp>
#include <opencv2/core/matx.hpp>

#include <array>
#include <cstdint>
#include <vector>

namespace diptych::analysis::color {

/// Collects the colour and light statistics of one shot's frames and turns them into the
/// per-shot metrics (see specs() and METRICS.md). Memory is bounded whatever the shot length:
/// running sums, a 256-bin luma histogram, and at most kPaletteMaxFrames × ~2,300 Lab pixels.
///
/// Feed every frame of the shot, in presentation order, with the stats measureColor() gave for
/// it; the same frames in the same order give bit-identical results. Not thread-safe: one
/// accumulator per shot, used by one thread at a time.
class ColorShotAccumulator final
{
public:
    /// Palette pixels are taken on a grid with this step (in 320 px analysis pixels).
    static constexpr int kPaletteGridStep = 5;
    /// At most this many frames contribute palette pixels; a longer shot is thinned evenly.
    static constexpr int kPaletteMaxFrames = 8;

    void add(const AnalysisFrame& frame, const ColorFrameStats& stats);

    /// The per-shot metrics; NaN numbers and an empty palette "[]" when no frame was added.
    [[nodiscard]] ShotMetricValues finish() const;

    /// Number of frames added so far.
    [[nodiscard]] std::size_t frameCount() const { return m_frames; }

    /// Every metric finish() reports, in that order.
    static const std::vector<MetricSpec>& specs();
    /// Algorithm name, version and parameters, stored with the results.
    static nlohmann::json provenance();

private:
    /// Welford's running population variance: exactly 0 for a constant series, where a sum of
    /// squares minus the squared sum leaves rounding noise that the square root magnifies.
    struct RunningSpread
    {
        std::size_t count = 0;
        double mean = 0, m2 = 0;
        void add(double value);
        [[nodiscard]] double populationSd() const;
    };

    void poolPaletteFrame(const cv::Mat& bgr);

    std::size_t m_frames = 0;
    double m_lumaSum = 0, m_contrastSum = 0, m_chromaSum = 0;
    RunningSpread m_lumaSpread;
    double m_colorfulnessSum = 0, m_toiSum = 0, m_orangeSum = 0, m_tealSum = 0;
    double m_splitToneSum = 0;
    std::size_t m_splitToneFrames = 0;
    std::array<double, 3> m_labSum{};
    std::array<RunningSpread, 3> m_labSpread{};
    std::array<std::uint64_t, 256> m_lumaHistogram{};
    std::array<double, kHueBins> m_hueMass{};

    // Palette pool: candidates are the shot's first frame and its sampled frames; candidate c
    // is kept when c is a multiple of m_paletteStride, which doubles whenever the pool fills.
    std::vector<std::vector<cv::Vec3f>> m_palettePool;
    std::size_t m_paletteCandidates = 0;
    std::size_t m_paletteStride = 1;
};

} // namespace diptych::analysis::color
