#include "analysis/pipeline/analysis_frame_source.h"

#include "common/error.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace diptych::analysis {
namespace {

// The average rate over the whole stream is what "per second" means for a film; the nominal
// rate is only a fallback for files too short or odd to have one.
double averageFps(const media::VideoDecoder& decoder)
{
    const double duration = decoder.index().durationSeconds();
    if (decoder.frameCount() > 1 && duration > 0)
        return double(decoder.frameCount()) / duration;
    const auto& video = decoder.info().video;
    if (video.averageRate.isValid())
        return video.averageRate.toDouble();
    return video.nominalRate.isValid() ? video.nominalRate.toDouble() : 24.0;
}

} // namespace

AnalysisFrameSource::AnalysisFrameSource(const std::filesystem::path& film, double samplesPerSecond,
                                         std::shared_ptr<const media::FrameIndex> index)
    : m_decoder(film, std::move(index))
    , m_fps(averageFps(m_decoder))
{
    m_sampleStep = std::max(1, static_cast<int>(std::lround(m_fps / samplesPerSecond)));
    seek(0);
}

void AnalysisFrameSource::seek(model::Frame frame)
{
    m_next = std::clamp<model::Frame>(frame, 0, frameCount());
    m_decoded = -1;
    m_decoderAtEnd = m_next >= frameCount();
    m_last = {};
    if (!m_decoderAtEnd)
        m_decoder.seekSequential(m_next);
}

std::optional<AnalysisFrame> AnalysisFrameSource::next()
{
    if (m_next >= frameCount())
        return std::nullopt;
    while (!m_decoderAtEnd && m_decoded < m_next) {
        m_decoded = m_decoder.decodeNext();
        if (m_decoded < 0)
            m_decoderAtEnd = true;
    }
    const bool fromDecoder = !m_decoderAtEnd && m_decoded == m_next;
    if (!fromDecoder && m_last.bgr.empty()) {
        // Nothing decoded yet to stand in for the missing frame: the file is unusable here.
        throw MediaError(m_decoder.info().path,
                         "frame " + std::to_string(m_next) + " cannot be decoded");
    }
    AnalysisFrame frame = makeFrame(m_next, fromDecoder);
    if (!fromDecoder)
        ++m_repaired;
    m_last = frame;
    ++m_next;
    return frame;
}

AnalysisFrame AnalysisFrameSource::makeFrame(model::Frame index, bool fromDecoder)
{
    AnalysisFrame frame;
    frame.index = index;
    frame.seconds = m_decoder.index().secondsOf(index);
    frame.isSample = index % m_sampleStep == 0;
    // Face detection costs ~40 ms a frame at the detail size: once per second is enough to
    // tell a shot's scale, and keeps the whole analysis near decoding speed.
    const bool wantsDetail = frame.isSample && (index / m_sampleStep) % 2 == 0;
    if (fromDecoder) {
        frame.bgr = m_decoder.currentImage(kAnalysisWidth);
        cv::cvtColor(frame.bgr, frame.gray, cv::COLOR_BGR2GRAY);
        if (wantsDetail)
            frame.detail = m_decoder.currentImage(kDetailWidth);
    } else {
        // Mats are shared, never written after construction, so the copy is cheap and safe.
        frame.bgr = m_last.bgr;
        frame.gray = m_last.gray;
        if (wantsDetail) {
            // The previous picture's detail copy, or an upscale of it when it had none.
            frame.detail = m_last.detail;
            if (frame.detail.empty())
                cv::resize(frame.bgr, frame.detail,
                           cv::Size(kDetailWidth, frame.bgr.rows * kDetailWidth / frame.bgr.cols),
                           0, 0, cv::INTER_LINEAR);
        }
    }
    return frame;
}

} // namespace diptych::analysis
