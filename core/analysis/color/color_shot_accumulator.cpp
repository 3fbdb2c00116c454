#include "analysis/color/color_shot_accumulator.h"

#include <opencv2/core.hpp>

#include <cmath>
#include <limits>
#include <string>

namespace diptych::analysis::color {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

constexpr std::array<std::string_view, kHueBins> kHueBinNames = {
    "hue_hist_00", "hue_hist_01", "hue_hist_02", "hue_hist_03", "hue_hist_04", "hue_hist_05",
    "hue_hist_06", "hue_hist_07", "hue_hist_08", "hue_hist_09", "hue_hist_10", "hue_hist_11"};

int lumaPercentile(const std::array<std::uint64_t, 256>& histogram, double fraction)
{
    std::uint64_t total = 0;
    for (auto count : histogram)
        total += count;
    const double target = fraction * double(total);
    std::uint64_t running = 0;
    for (int v = 0; v < 256; ++v) {
        running += histogram[std::size_t(v)];
        if (double(running) >= target)
            return v;
    }
    return 255;
}

} // namespace

void ColorShotAccumulator::RunningSpread::add(double value)
{
    ++count;
    const double delta = value - mean;
    mean += delta / double(count);
    m2 += delta * (value - mean);
}

double ColorShotAccumulator::RunningSpread::populationSd() const
{
    return count > 0 ? std::sqrt(std::max(0.0, m2 / double(count))) : kNaN;
}

void ColorShotAccumulator::add(const AnalysisFrame& frame, const ColorFrameStats& stats)
{
    ++m_frames;
    m_lumaSum += stats.lumaMean;
    m_lumaSpread.add(stats.lumaMean);
    m_contrastSum += stats.contrastRms;
    m_chromaSum += stats.chromaMean;
    m_colorfulnessSum += stats.colorfulness;
    m_toiSum += stats.tealOrangeIndex;
    m_orangeSum += stats.orangeMass;
    m_tealSum += stats.tealMass;
    if (std::isfinite(stats.splitTone)) {
        m_splitToneSum += stats.splitTone;
        ++m_splitToneFrames;
    }
    const std::array<double, 3> lab = {stats.meanLab.L, stats.meanLab.a, stats.meanLab.b};
    for (std::size_t c = 0; c < 3; ++c) {
        m_labSum[c] += lab[c];
        m_labSpread[c].add(lab[c]);
    }
    for (std::size_t v = 0; v < 256; ++v)
        m_lumaHistogram[v] += stats.lumaHistogram[v];
    for (std::size_t k = 0; k < std::size_t(kHueBins); ++k)
        m_hueMass[k] += stats.hueMass[k];

    if ((m_frames == 1 || frame.isSample) && !frame.bgr.empty()) {
        const std::size_t candidate = m_paletteCandidates++;
        if (candidate % m_paletteStride == 0)
            poolPaletteFrame(frame.bgr);
    }
}

void ColorShotAccumulator::poolPaletteFrame(const cv::Mat& bgr)
{
    if (m_palettePool.size() == std::size_t(kPaletteMaxFrames)) {
        // Keep every other pooled frame: the pool stays evenly spread over the shot.
        std::vector<std::vector<cv::Vec3f>> kept;
        for (std::size_t i = 0; i < m_palettePool.size(); i += 2)
            kept.push_back(std::move(m_palettePool[i]));
        m_palettePool = std::move(kept);
        m_paletteStride *= 2;
        if ((m_paletteCandidates - 1) % m_paletteStride != 0)
            return;
    }
    // Grid-subsample first (cheap), then convert only those pixels to CIELAB. The grid is
    // centred in each step × step cell.
    const int step = kPaletteGridStep;
    const int cols = (bgr.cols + step - 1 - step / 2) / step;
    const int rows = (bgr.rows + step - 1 - step / 2) / step;
    cv::Mat grid(rows, cols, CV_8UC3);
    for (int y = 0; y < rows; ++y) {
        const auto* src = bgr.ptr<cv::Vec3b>(y * step + step / 2);
        auto* dst = grid.ptr<cv::Vec3b>(y);
        for (int x = 0; x < cols; ++x)
            dst[x] = src[x * step + step / 2];
    }
    const cv::Mat lab = bgrToLab(grid);
    std::vector<cv::Vec3f> pixels;
    pixels.reserve(std::size_t(rows) * std::size_t(cols));
    for (int y = 0; y < rows; ++y) {
        const auto* row = lab.ptr<cv::Vec3f>(y);
        pixels.insert(pixels.end(), row, row + cols);
    }
    m_palettePool.push_back(std::move(pixels));
}

ShotMetricValues ColorShotAccumulator::finish() const
{
    ShotMetricValues values;
    const double n = double(m_frames);
    const auto mean = [&](double sum) { return m_frames > 0 ? sum / n : kNaN; };
    const bool any = m_frames > 0;

    values.add("luma_mean", mean(m_lumaSum));
    values.add("luma_p05", any ? lumaPercentile(m_lumaHistogram, 0.05) / 255.0 : kNaN);
    values.add("luma_p50", any ? lumaPercentile(m_lumaHistogram, 0.50) / 255.0 : kNaN);
    values.add("luma_p95", any ? lumaPercentile(m_lumaHistogram, 0.95) / 255.0 : kNaN);
    values.add("luma_sd", any ? m_lumaSpread.populationSd() : kNaN);
    values.add("contrast_rms", mean(m_contrastSum));
    values.add("chroma_mean", mean(m_chromaSum));
    values.add("colorfulness", mean(m_colorfulnessSum));

    double hueTotal = 0;
    for (double mass : m_hueMass)
        hueTotal += mass;
    for (std::size_t k = 0; k < std::size_t(kHueBins); ++k) {
        const double share = !any ? kNaN : hueTotal > 0 ? m_hueMass[k] / hueTotal : 0.0;
        values.add(kHueBinNames[k], share);
    }

    values.add("orange_mass", mean(m_orangeSum));
    values.add("teal_mass", mean(m_tealSum));
    values.add("teal_orange_index", mean(m_toiSum));
    values.add("split_tone",
               m_splitToneFrames > 0 ? m_splitToneSum / double(m_splitToneFrames) : kNaN);
    values.add("warmth", mean(m_labSum[2]));
    values.add("lab_l_mean", mean(m_labSum[0]));
    values.add("lab_a_mean", mean(m_labSum[1]));

    // Colour stability: RMS ΔE*ab of the frames' mean colours from the shot's mean colour.
    double dispersion2 = 0;
    for (std::size_t c = 0; c < 3; ++c) {
        const double sd = any ? m_labSpread[c].populationSd() : 0.0;
        dispersion2 += sd * sd;
    }
    values.add("color_stability", any ? std::sqrt(dispersion2) : kNaN);

    std::vector<cv::Vec3f> samples;
    for (const auto& frame : m_palettePool)
        samples.insert(samples.end(), frame.begin(), frame.end());
    values.addText("palette", paletteToJson(extractPalette(samples)));
    return values;
}

const std::vector<MetricSpec>& ColorShotAccumulator::specs()
{
    static const std::vector<MetricSpec> all = [] {
        std::vector<MetricSpec> list = {
            {"luma_mean", "Y'", "Mean BT.601 luma (0 black .. 1 white): the key of the shot",
             false},
            {"luma_p05", "Y'", "5th percentile of luma over all the shot's pixels (shadows)",
             false},
            {"luma_p50", "Y'", "Median luma over all the shot's pixels", false},
            {"luma_p95", "Y'", "95th percentile of luma over all the shot's pixels (highlights)",
             false},
            {"luma_sd", "Y'", "SD over the shot's frames of the frame mean luma (light changes)",
             false},
            {"contrast_rms", "Y'", "RMS contrast: SD of luma within a frame, mean over frames",
             false},
            {"chroma_mean", "C*ab", "Mean CIELAB chroma (0 = grey)", false},
            {"colorfulness", "M", "Hasler-Suesstrunk colourfulness (0 = grey, >100 = vivid)",
             false},
        };
        for (int k = 0; k < kHueBins; ++k) {
            static const std::array<std::string, kHueBins> descriptions = [] {
                std::array<std::string, kHueBins> d;
                for (int i = 0; i < kHueBins; ++i)
                    d[std::size_t(i)] = "Share of chroma mass with CIELAB hue in [" +
                                        std::to_string(30 * i) + ", " +
                                        std::to_string(30 * (i + 1)) + ") degrees";
                return d;
            }();
            list.push_back(
                {kHueBinNames[std::size_t(k)], "fraction", descriptions[std::size_t(k)], false});
        }
        const std::vector<MetricSpec> rest = {
            {"orange_mass", "fraction", "Chroma-gated share of pixels with orange/skin hue", false},
            {"teal_mass", "fraction", "Chroma-gated share of pixels with teal/cyan hue", false},
            {"teal_orange_index", "fraction",
             "2 min(orange, teal) per frame, mean: co-occurring teal and orange (0..1)", false},
            {"split_tone", "C*ab",
             "Warm projection of highlights minus shadows (>0: warm highlights, cool shadows)",
             false},
            {"warmth", "b*", "Mean CIELAB b* (+ yellow/warm, - blue/cool)", false},
            {"lab_l_mean", "L*", "Mean CIELAB lightness L*", false},
            {"lab_a_mean", "a*", "Mean CIELAB a* (+ red/magenta, - green)", false},
            {"color_stability", "dE*ab",
             "RMS distance of frame mean colours from the shot mean (0 = stable)", false},
            {"palette", "CIELAB",
             "JSON: 5 k-means colours [{L,a,b,hex,weight}] by weight, from sampled frames", true},
        };
        list.insert(list.end(), rest.begin(), rest.end());
        return list;
    }();
    return all;
}

nlohmann::json ColorShotAccumulator::provenance()
{
    const PaletteOptions palette;
    return {
        {"algorithm", "diptych.color"},
        {"version", 2},
        {"color_space", "CIELAB, D65, from 8-bit sRGB (IEC 61966-2-1), tabulated cube root"},
        {"pixel_stride", kColorPixelStride},
        {"luma", "BT.601 Y' (cv::COLOR_BGR2GRAY) / 255"},
        {"analysis_width", kAnalysisWidth},
        {"achromatic_chroma", kAchromaticChroma},
        {"hue_bins", kHueBins},
        {"orange_hue_deg", {kOrangeHueMin, kOrangeHueMax}},
        {"teal_hue_deg", {kTealHueMin, kTealHueMax}},
        {"teal_orange_chroma_gate", {kTealOrangeChromaLow, kTealOrangeChromaHigh}},
        {"warm_axis_deg", kWarmAxisDegrees},
        {"split_tone_percentiles", {1.0 / 3.0, 2.0 / 3.0}},
        {"aggregation", "mean over frames; luma percentiles from the pooled shot histogram; "
                        "hue histogram from pooled chroma mass"},
        {"palette",
         {{"method", "k-means++ / Lloyd in CIELAB"},
          {"k", palette.colors},
          {"attempts", palette.attempts},
          {"max_iterations", palette.maxIterations},
          {"epsilon", palette.epsilon},
          {"seed", palette.seed},
          {"grid_step", kPaletteGridStep},
          {"max_frames", kPaletteMaxFrames},
          {"frames", "first frame of the shot and its sampled frames, thinned evenly"}}},
    };
}

} // namespace diptych::analysis::color
