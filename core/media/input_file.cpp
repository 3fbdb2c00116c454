#include "media/input_file.h"

#include "common/error.h"
#include "log/log.h"
#include "media/ffmpeg_error.h"

extern "C" {
#include <libavutil/display.h>
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>
}

#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <system_error>

namespace diptych::media {
namespace {

// Larger pictures than this are refused before any allocation: nothing a film scholar brings
// is wider than 16K, and a corrupt header claiming 100000x100000 must not allocate 30 GB.
constexpr int kMaxDimension = 16384;

// The last error FFmpeg logged on this thread (when routeFfmpegLogging() is installed): it
// often says more than the error code, e.g. "Picture size 100000x100000 is invalid".
thread_local std::string lastFfmpegError;

bool isRealVideo(const AVStream* stream)
{
    return stream->codecpar->codec_type == AVMEDIA_TYPE_VIDEO &&
           !(stream->disposition & AV_DISPOSITION_ATTACHED_PIC);
}

std::string fourccText(std::uint32_t tag)
{
    std::string text;
    for (int i = 0; i < 4; ++i) {
        const char c = char((tag >> (8 * i)) & 0xff);
        text += (c >= 32 && c < 127) ? c : '?';
    }
    return text;
}

int displayRotation(const AVStream* stream)
{
    const auto* matrix = reinterpret_cast<const std::int32_t*>(
        av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr));
    if (!matrix)
        return 0;
    // av_display_rotation_get is counter-clockwise; players rotate clockwise by its negation.
    const double counterClockwise = av_display_rotation_get(matrix);
    if (std::isnan(counterClockwise))
        return 0;
    int clockwise = int(std::lround(-counterClockwise / 90.0)) * 90;
    clockwise %= 360;
    return clockwise < 0 ? clockwise + 360 : clockwise;
}

} // namespace

int VideoStreamInfo::displayWidth() const
{
    const double sar = sampleAspect.isValid() ? sampleAspect.toDouble() : 1.0;
    const int w = std::max(1, int(std::lround(width * sar)));
    return (rotation == 90 || rotation == 270) ? height : w;
}

int VideoStreamInfo::displayHeight() const
{
    const double sar = sampleAspect.isValid() ? sampleAspect.toDouble() : 1.0;
    const int w = std::max(1, int(std::lround(width * sar)));
    return (rotation == 90 || rotation == 270) ? w : height;
}

InputFile::InputFile(const std::filesystem::path& path)
    : m_path(path.string())
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status))
        fail("file not found");
    if (std::filesystem::is_directory(status))
        fail("is a folder, not a media file");
    m_sizeBytes = std::int64_t(std::filesystem::file_size(path, error));
    if (error)
        fail("cannot read the file: " + error.message());
    if (m_sizeBytes == 0)
        fail("file is empty (0 bytes)");

    AVFormatContext* raw = nullptr;
    lastFfmpegError.clear();
    if (const int rc = avformat_open_input(&raw, m_path.c_str(), nullptr, nullptr); rc < 0) {
        if (rc == AVERROR(EACCES))
            fail("permission denied");
        fail("not a media file FFmpeg can read (" +
             (lastFfmpegError.empty() ? avErrorText(rc) : lastFfmpegError) + ")");
    }
    m_context.reset(raw);
    if (const int rc = avformat_find_stream_info(m_context.get(), nullptr); rc < 0)
        fail("cannot read stream information (" + avErrorText(rc) + ")");

    // Prefer FFmpeg's choice (default disposition, resolution), but never cover art.
    int best = av_find_best_stream(m_context.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (best < 0 || !isRealVideo(m_context->streams[best])) {
        best = -1;
        for (unsigned i = 0; i < m_context->nb_streams; ++i)
            if (isRealVideo(m_context->streams[i])) {
                best = int(i);
                break;
            }
    }
    if (best < 0)
        fail("no video stream");
    m_videoIndex = best;

    const AVCodecParameters* par = videoStream()->codecpar;
    if (par->codec_id == AV_CODEC_ID_NONE)
        fail("unsupported video codec (unknown codec tag '" + fourccText(par->codec_tag) + "')");
    if (!avcodec_find_decoder(par->codec_id))
        fail(std::string("unsupported video codec '") + avcodec_get_name(par->codec_id) +
             "' (no decoder in this FFmpeg build)");
    if (par->width <= 0 || par->height <= 0 || par->width > kMaxDimension ||
        par->height > kMaxDimension ||
        av_image_check_size(unsigned(par->width), unsigned(par->height), 0, nullptr) < 0)
        fail("absurd picture size " + std::to_string(par->width) + "x" +
             std::to_string(par->height) + " (limit " + std::to_string(kMaxDimension) + ")");
    // Skip every other stream at the demuxer: the packets are never needed.
    for (unsigned i = 0; i < m_context->nb_streams; ++i)
        if (int(i) != m_videoIndex &&
            m_context->streams[i]->codecpar->codec_type != AVMEDIA_TYPE_AUDIO)
            m_context->streams[i]->discard = AVDISCARD_ALL;
}

void InputFile::fail(const std::string& reason) const
{
    throw MediaError(m_path, reason);
}

MediaInfo InputFile::describe() const
{
    MediaInfo info;
    info.path = m_path;
    info.sizeBytes = m_sizeBytes;
    info.container = m_context->iformat->name;
    if (m_context->duration != AV_NOPTS_VALUE && m_context->duration > 0)
        info.containerDurationSeconds = double(m_context->duration) / AV_TIME_BASE;

    const AVStream* stream = videoStream();
    const AVCodecParameters* par = stream->codecpar;
    auto& video = info.video;
    video.streamIndex = m_videoIndex;
    video.codec = avcodec_get_name(par->codec_id);
    video.width = par->width;
    video.height = par->height;
    const AVRational sar =
        av_guess_sample_aspect_ratio(m_context.get(), const_cast<AVStream*>(stream), nullptr);
    video.sampleAspect = (sar.num > 0 && sar.den > 0) ? Rational{sar.num, sar.den} : Rational{1, 1};
    video.rotation = displayRotation(stream);
    video.nominalRate = {stream->r_frame_rate.num, stream->r_frame_rate.den};
    video.averageRate = {stream->avg_frame_rate.num, stream->avg_frame_rate.den};
    const auto format = AVPixelFormat(par->format);
    if (const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(format)) {
        video.pixelFormat = desc->name;
        video.bitDepth = desc->comp[0].depth;
    }

    for (unsigned i = 0; i < m_context->nb_streams; ++i) {
        const AVStream* s = m_context->streams[i];
        if (s->codecpar->codec_type != AVMEDIA_TYPE_AUDIO)
            continue;
        AudioStreamInfo audio;
        audio.streamIndex = int(i);
        audio.codec = avcodec_get_name(s->codecpar->codec_id);
        audio.channels = s->codecpar->ch_layout.nb_channels;
        audio.sampleRate = s->codecpar->sample_rate;
        if (const AVDictionaryEntry* lang = av_dict_get(s->metadata, "language", nullptr, 0))
            audio.language = lang->value;
        info.audio.push_back(std::move(audio));
    }
    return info;
}

CodecContextPtr InputFile::openVideoDecoder(int threads) const
{
    return openDecoder(videoStream(), threads);
}

CodecContextPtr InputFile::openAudioDecoder(int streamIndex) const
{
    if (streamIndex < 0 || unsigned(streamIndex) >= m_context->nb_streams ||
        m_context->streams[streamIndex]->codecpar->codec_type != AVMEDIA_TYPE_AUDIO)
        fail("no audio stream " + std::to_string(streamIndex));
    return openDecoder(m_context->streams[streamIndex], 1);
}

CodecContextPtr InputFile::openDecoder(const AVStream* stream, int threads) const
{
    const AVCodec* codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec)
        fail(std::string("unsupported codec '") + avcodec_get_name(stream->codecpar->codec_id) +
             "'");
    CodecContextPtr decoder(avcodec_alloc_context3(codec));
    if (!decoder)
        throw std::bad_alloc();
    if (const int rc = avcodec_parameters_to_context(decoder.get(), stream->codecpar); rc < 0)
        fail("cannot configure the decoder (" + avErrorText(rc) + ")");
    decoder->pkt_timebase = stream->time_base;
    decoder->thread_count = threads;
    decoder->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    if (const int rc = avcodec_open2(decoder.get(), codec, nullptr); rc < 0)
        fail(std::string("cannot open the ") + codec->name + " decoder (" + avErrorText(rc) + ")");
    return decoder;
}

// FFmpeg hands us a printf format and its arguments; the format comes from FFmpeg itself.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
void routeFfmpegLogging()
{
    av_log_set_callback([](void* /*avcl*/, int level, const char* format, va_list args) {
        if (level > AV_LOG_WARNING)
            return;
        char line[1024];
        va_list copy;
        va_copy(copy, args);
        std::vsnprintf(line, sizeof line, format, copy);
        va_end(copy);
        std::string text(line);
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
            text.pop_back();
        static const auto logger = log::get("ffmpeg");
        if (level <= AV_LOG_ERROR) {
            lastFfmpegError = text;
            logger->info("{}", text);
        } else
            logger->debug("{}", text);
    });
}
#pragma GCC diagnostic pop

} // namespace diptych::media
