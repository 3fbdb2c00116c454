#include "analysis/composition/composition_shot_accumulator.h"

#include "analysis/composition/clutter.h"
#include "analysis/composition/face_detector.h"
#include "analysis/composition/frame_structure.h"
#include "analysis/composition/shot_scale.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace diptych::analysis::composition {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double median(std::vector<float> values)
{
    if (values.empty())
        return kNaN;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? double(values[n / 2])
                      : 0.5 * (double(values[n / 2 - 1]) + double(values[n / 2]));
}

} // namespace

void CompositionShotAccumulator::Mean::add(double value)
{
    if (!std::isfinite(value))
        return;
    sum += value;
    ++count;
}

double CompositionShotAccumulator::Mean::value() const
{
    return count > 0 ? sum / double(count) : kNaN;
}

void CompositionShotAccumulator::add(const AnalysisFrame& /*frame*/,
                                     const CompositionFrameStats& stats)
{
    m_symmetry.add(stats.symmetryLr);
    m_saliencyX.add(stats.saliencyX);
    m_saliencyY.add(stats.saliencyY);
    m_centerDist.add(stats.saliencyCenterDist);
    m_thirdsDist.add(stats.saliencyThirdsDist);
    m_edges.add(stats.edgeDensity);
    m_dof.add(stats.dofProxy);
    if (!stats.sampled)
        return;
    m_clutter.add(stats.clutter);
    if (std::isfinite(stats.faceCount) && stats.faceCount >= 0) {
        ++m_faceFrames;
        ++m_faceCounts[std::min(kFaceCountBins - 1, std::size_t(stats.faceCount))];
        if (stats.faceCount > 0 && std::isfinite(stats.faceSize))
            m_faceSizes.push_back(float(stats.faceSize));
    }
}

ShotMetricValues CompositionShotAccumulator::finish() const
{
    ShotMetricValues values;
    values.add("symmetry_lr", m_symmetry.value());
    values.add("saliency_x", m_saliencyX.value());
    values.add("saliency_y", m_saliencyY.value());
    values.add("saliency_center_dist", m_centerDist.value());
    values.add("saliency_thirds_dist", m_thirdsDist.value());
    values.add("edge_density", m_edges.value());
    values.add("clutter", m_clutter.value());
    values.add("dof_proxy", m_dof.value());

    // Median face count from the count histogram (mean of the two middle values if even).
    double faceCount = kNaN;
    if (m_faceFrames > 0) {
        const auto at = [&](std::size_t rank) {
            std::size_t running = 0;
            for (std::size_t c = 0; c < kFaceCountBins; ++c) {
                running += m_faceCounts[c];
                if (running > rank)
                    return double(c);
            }
            return double(kFaceCountBins - 1);
        };
        faceCount = 0.5 * (at((m_faceFrames - 1) / 2) + at(m_faceFrames / 2));
    }
    values.add("face_count", faceCount);
    const double faceSize = median(m_faceSizes);
    values.add("face_size", faceSize);
    // A scale needs faces in at least half of the sampled frames: one stray false detection in
    // a long faceless shot must not label it.
    const bool facesTypical = m_faceFrames > 0 && 2 * m_faceSizes.size() >= m_faceFrames;
    values.addText("shot_scale", std::string(toString(facesTypical ? shotScaleFromFaceSize(faceSize)
                                                                   : ShotScale::Unknown)));
    return values;
}

const std::vector<MetricSpec>& CompositionShotAccumulator::specs()
{
    static const std::vector<MetricSpec> all = {
        {"symmetry_lr", "r",
         "Left-right mirror symmetry of gradient structure (1 = mirror image, ~0 = none)", false},
        {"saliency_x", "fraction", "Saliency centroid x (0 = left edge, 1 = right edge)", false},
        {"saliency_y", "fraction", "Saliency centroid y (0 = top, 1 = bottom)", false},
        {"saliency_center_dist", "fraction",
         "Distance of the saliency centroid from the frame centre (0 = centred)", false},
        {"saliency_thirds_dist", "fraction",
         "Distance of the saliency centroid from the nearest thirds power point", false},
        {"edge_density", "fraction", "Share of pixels on Canny edges", false},
        {"clutter", "bits", "Subband entropy of the frame (visual clutter), sampled frames", false},
        {"dof_proxy", "ln ratio",
         "ln centre/periphery Laplacian energy (>0 = sharp centre, shallow focus)", false},
        {"face_count", "faces",
         "Median number of frontal faces over the frames searched (about one per second)", false},
        {"face_size", "fraction",
         "Median largest-face height / frame height over searched frames with a face", false},
        {"shot_scale", "",
         "ECU, CU, MCU, MS, MLS, LS, ELS from face_size; unknown without frontal faces", true},
    };
    return all;
}

nlohmann::json CompositionShotAccumulator::provenance()
{
    const ClutterOptions clutter;
    const FaceDetectorOptions faces;
    return {
        {"algorithm", "diptych.composition"},
        {"version", 2},
        {"frames", "every second frame (even 0-based index) and every sampled frame"},
        {"analysis_width", kAnalysisWidth},
        {"symmetry", "Pearson r of Gaussian(1.5 px)-smoothed Sobel gradient magnitude with its "
                     "mirror image, at half resolution"},
        {"saliency", "OpenCV StaticSaliencySpectralResidual (64x64); centroid of mass >= 3x mean"},
        {"canny", {kCannyLow, kCannyHigh}},
        {"dof", "ln((E_centre+1)/(E_periphery+1)), E = mean squared 4-neighbour Laplacian, "
                "centre = middle half of width and height"},
        {"clutter",
         {{"method", "subband entropy, Sobel-steered bands of a Gaussian pyramid in CIELAB"},
          {"scales", clutter.scales},
          {"orientations", clutter.orientations},
          {"chroma_weight", clutter.chromaWeight},
          {"quantization_step", clutter.quantizationStep}}},
        {"faces",
         {{"cascade", "haarcascade_frontalface_default.xml"},
          {"image", "detail frame (480 px wide), equalised"},
          {"scale_factor", faces.scaleFactor},
          {"min_neighbors", faces.minNeighbors},
          {"min_face_px", faces.minFaceHeight}}},
        {"shot_scale_min_ratio",
         {{"ECU", kEcuMinRatio},
          {"CU", kCuMinRatio},
          {"MCU", kMcuMinRatio},
          {"MS", kMsMinRatio},
          {"MLS", kMlsMinRatio},
          {"LS", kLsMinRatio}}},
        {"aggregation", "mean over measured frames; clutter mean over sampled frames; "
                        "face_count median over the frames searched for faces (every second "
                        "sampled frame); face_size median over searched frames with a face; "
                        "shot_scale only if faces in >= half the searched frames"},
    };
}

} // namespace diptych::analysis::composition
