#include "analysis/pipeline/analysis_frame_source.h"

#include "common/error.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace diptych::analysis {
namespace {

/// Frames converted ahead of the caller: enough to keep the conversion thread busy while the
/// decoder stalls on a large frame, small enough to stay a few megabytes.
constexpr std::size_t kFramesAhead = 4;

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
                                         std::shared_ptr<const media::FrameIndex> index,
                                         SourcedContents contents)
    : m_decoder(film, std::move(index))
    , m_fps(averageFps(m_decoder))
    , m_contents(contents)
    , m_queue(
          1, kFramesAhead,
          [stream = m_decoder.info().video] {
              return std::make_unique<media::PictureConverter>(stream);
          },
          [this](media::PictureConverter& converter, const Job& job) {
              return convert(converter, job);
          })
{
    m_sampleStep = std::max(1, static_cast<int>(std::lround(m_fps / samplesPerSecond)));
    seek(0);
}

AnalysisFrameSource::~AnalysisFrameSource() = default;

void AnalysisFrameSource::seek(model::Frame frame)
{
    const model::Frame target = std::clamp<model::Frame>(frame, 0, frameCount());
    // Already there (the next shot after the one just read): keep what was converted ahead.
    if (m_last && target == m_submitted - model::Frame(m_queue.inFlightCount()))
        return;
    // Frames converted ahead for the old position are dropped.
    while (m_queue.inFlightCount() > 0)
        (void)m_queue.take();
    m_submitted = target;
    m_decoded = -1;
    m_decoderAtEnd = m_submitted >= frameCount();
    m_anyPicture = false;
    m_last.reset();
    if (!m_decoderAtEnd)
        m_decoder.seekSequential(m_submitted);
}

std::optional<SourcedFrame> AnalysisFrameSource::next()
{
    while (m_submitted < frameCount() && m_queue.inFlightCount() < kFramesAhead)
        submitNext();
    auto converted = m_queue.take();
    if (!converted)
        return std::nullopt;
    if (converted->repeat) {
        repeatPrevious(*converted);
        ++m_repaired;
    }
    m_last = converted->sourced;
    return std::move(converted->sourced);
}

void AnalysisFrameSource::submitNext()
{
    const model::Frame index = m_submitted;
    while (!m_decoderAtEnd && m_decoded < index) {
        m_decoded = m_decoder.decodeNext();
        if (m_decoded < 0)
            m_decoderAtEnd = true;
    }
    const bool fromDecoder = !m_decoderAtEnd && m_decoded == index;
    if (!fromDecoder && !m_anyPicture) {
        // Nothing decoded yet to stand in for the missing frame: the file is unusable here.
        throw MediaError(m_decoder.info().path,
                         "frame " + std::to_string(index) + " cannot be decoded");
    }
    Job job;
    job.index = index;
    job.seconds = m_decoder.index().secondsOf(index);
    job.isSample = index % m_sampleStep == 0;
    // Face detection costs ~40 ms a frame at the detail size: once per second is enough to
    // tell a shot's scale, and keeps the whole analysis near decoding speed.
    job.wantsDetail = m_contents.measurement && job.isSample && (index / m_sampleStep) % 2 == 0;
    if (fromDecoder) {
        job.picture = m_decoder.currentPicture();
        m_anyPicture = true;
    }
    m_queue.submit(std::move(job));
    ++m_submitted;
}

AnalysisFrameSource::Converted AnalysisFrameSource::convert(media::PictureConverter& converter,
                                                            const Job& job) const
{
    Converted converted;
    AnalysisFrame& frame = converted.sourced.frame;
    frame.index = job.index;
    frame.seconds = job.seconds;
    frame.isSample = job.isSample;
    converted.wantsDetail = job.wantsDetail;
    if (job.picture.empty()) {
        converted.repeat = true; // filled in from the previous frame, in order, by next()
        return converted;
    }
    frame.bgr = converter.toBgr(job.picture, kAnalysisWidth);
    if (m_contents.measurement)
        cv::cvtColor(frame.bgr, frame.gray, cv::COLOR_BGR2GRAY);
    if (job.wantsDetail)
        frame.detail = converter.toBgr(job.picture, kDetailWidth);
    if (m_contents.signature)
        converted.sourced.signature = makeFrameSignature(frame.bgr, frame.index);
    return converted;
}

void AnalysisFrameSource::repeatPrevious(Converted& converted) const
{
    // submitNext() only queues a repeat after a picture, so the previous frame exists.
    const SourcedFrame& last = *m_last;
    AnalysisFrame& frame = converted.sourced.frame;
    // Mats are shared, never written after construction, so the copy is cheap and safe.
    frame.bgr = last.frame.bgr;
    frame.gray = last.frame.gray;
    if (converted.wantsDetail) {
        // The previous picture's detail copy, or an upscale of it when it had none.
        frame.detail = last.frame.detail;
        if (frame.detail.empty())
            cv::resize(frame.bgr, frame.detail,
                       cv::Size(kDetailWidth, frame.bgr.rows * kDetailWidth / frame.bgr.cols), 0, 0,
                       cv::INTER_LINEAR);
    }
    converted.sourced.signature = last.signature;
    converted.sourced.signature.index = frame.index;
}

} // namespace diptych::analysis
