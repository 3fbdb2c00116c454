#include "analysis/segmentation/hsv_content_detector.h"

#include "media/video_decoder.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace diptych::analysis {

HsvContentDetector::HsvContentDetector(HsvContentOptions options)
    : m_options(options)
{}

void HsvContentDetector::push(const cv::Mat& bgr, model::Frame frame)
{
    cv::Mat small = bgr;
    if (bgr.cols != m_options.width) {
        const int height =
            std::max(1, int(std::lround(double(bgr.rows) * m_options.width / bgr.cols)));
        cv::resize(bgr, small, cv::Size(m_options.width, height), 0, 0, cv::INTER_LINEAR);
    }
    cv::Mat hsv;
    cv::cvtColor(small, hsv, cv::COLOR_BGR2HSV);
    double score = 0.0;
    if (!m_previousHsv.empty() && m_previousHsv.size() == hsv.size()) {
        cv::Mat difference;
        cv::absdiff(hsv, m_previousHsv, difference);
        const cv::Scalar perChannel = cv::mean(difference);
        // Hue is deliberately not circular (179 vs 0 counts as 179), as in the original.
        score = (perChannel[0] + perChannel[1] + perChannel[2]) / 3.0;
    }
    m_previousHsv = hsv;
    m_scores.push_back(score);
    if (score >= m_options.threshold && frame - m_lastCut >= m_options.minShotFrames) {
        m_cuts.push_back({frame, frame + 1, TransitionKind::Cut});
        m_lastCut = frame;
    }
}

std::vector<ShotBoundary> detectCutsWithHsvBaseline(const std::filesystem::path& film,
                                                    const HsvContentOptions& options,
                                                    const CancellationToken* cancel,
                                                    const ProgressSink& progress)
{
    media::VideoDecoder decoder(film);
    HsvContentDetector detector(options);
    decoder.seekSequential(0);
    for (model::Frame frame = decoder.decodeNext(); frame >= 0; frame = decoder.decodeNext()) {
        detector.push(decoder.currentImage(options.width), frame);
        if (cancel && frame % 64 == 0)
            cancel->throwIfCancelled();
        if (progress && frame % 64 == 0)
            progress(frame, decoder.frameCount());
    }
    return detector.cuts();
}

} // namespace diptych::analysis
