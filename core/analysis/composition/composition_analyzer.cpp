#include "analysis/composition/composition_analyzer.h"

#include "analysis/composition/clutter.h"
#include "analysis/composition/frame_structure.h"
#include "analysis/composition/saliency_layout.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/saliency.hpp>

#include <limits>

namespace diptych::analysis::composition {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

struct CompositionAnalyzer::Impl
{
    cv::Ptr<cv::saliency::StaticSaliencySpectralResidual> saliency =
        cv::saliency::StaticSaliencySpectralResidual::create();
    FaceDetector faces;
};

CompositionAnalyzer::CompositionAnalyzer()
    : m_impl(std::make_unique<Impl>())
{}

CompositionAnalyzer::~CompositionAnalyzer() = default;

bool CompositionAnalyzer::facesAvailable() const
{
    return m_impl->faces.available();
}

CompositionFrameStats CompositionFrameStats::notMeasured()
{
    CompositionFrameStats stats;
    stats.symmetryLr = stats.saliencyX = stats.saliencyY = kNaN;
    stats.saliencyCenterDist = stats.saliencyThirdsDist = kNaN;
    stats.edgeDensity = stats.dofProxy = kNaN;
    stats.clutter = stats.faceCount = stats.faceSize = kNaN;
    return stats;
}

CompositionFrameStats CompositionAnalyzer::measure(const AnalysisFrame& frame)
{
    return measure(frame, frame.isSample);
}

CompositionFrameStats CompositionAnalyzer::measure(const AnalysisFrame& frame,
                                                   bool runSampledExtras)
{
    CV_Assert(frame.bgr.type() == CV_8UC3 && !frame.bgr.empty());
    cv::Mat gray = frame.gray;
    if (gray.empty())
        cv::cvtColor(frame.bgr, gray, cv::COLOR_BGR2GRAY);

    CompositionFrameStats stats;
    stats.symmetryLr = mirrorSymmetry(gray);
    stats.edgeDensity = edgeDensity(gray);
    stats.dofProxy = depthOfFieldProxy(gray);

    cv::Mat saliencyMap;
    SaliencyLayout layout{kNaN, kNaN, kNaN, kNaN};
    if (m_impl->saliency->computeSaliency(gray, saliencyMap) && saliencyMap.type() == CV_32FC1)
        layout = saliencyLayout(saliencyMap);
    stats.saliencyX = layout.x;
    stats.saliencyY = layout.y;
    stats.saliencyCenterDist = layout.centerDistance;
    stats.saliencyThirdsDist = layout.thirdsDistance;

    stats.sampled = runSampledExtras;
    stats.clutter = kNaN;
    stats.faceCount = kNaN;
    stats.faceSize = kNaN;
    if (!runSampledExtras)
        return stats;
    stats.clutter = subbandEntropy(frame.bgr);
    if (!frame.detail.empty() && m_impl->faces.available()) {
        const auto found = m_impl->faces.detect(frame.detail);
        stats.faceCount = double(found.size());
        stats.faceSize = found.empty() ? 0.0 : double(found.front().height) / frame.detail.rows;
    }
    return stats;
}

} // namespace diptych::analysis::composition
