#include "media/seek_proxy.h"

#include "common/error.h"
#include "common/temporary_file.h"
#include "log/log.h"
#include "media/ffmpeg_error.h"
#include "media/frame_index_scanner.h"
#include "media/input_file.h"
#include "media/media_cache.h"
#include "media/video_frame_reader.h"

extern "C" {
#include <libavutil/display.h>
#include <libavutil/opt.h>
}

#include <algorithm>
#include <cmath>
#include <system_error>
#include <unistd.h>

namespace diptych::media {
namespace {

class ProxyEncoder
{
public:
    ProxyEncoder(const std::string& sourcePath, const std::filesystem::path& target,
                 const VideoStreamInfo& video, const SeekProxyOptions& options)
        : m_sourcePath(sourcePath)
        , m_packet(allocatePacket())
        , m_frame(allocateFrame())
    {
        m_width = video.width;
        m_height = video.height;
        if (options.maxWidth > 0 && m_width > options.maxWidth) {
            m_height = int(std::lround(double(m_height) * options.maxWidth / m_width));
            m_width = options.maxWidth;
        }
        m_width &= ~1; // 4:2:0 wants even dimensions
        m_height = std::max(2, m_height & ~1);

        AVFormatContext* raw = nullptr;
        if (avformat_alloc_output_context2(&raw, nullptr, "mp4", target.c_str()) < 0 || !raw)
            fail("cannot create the proxy container");
        m_output.reset(raw);

        const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
        if (!codec)
            fail("this FFmpeg build has no libx264 encoder for the proxy");
        m_encoder.reset(avcodec_alloc_context3(codec));
        if (!m_encoder)
            throw std::bad_alloc();
        // Frame k gets timestamp k: the proxy is addressed by frame number, never by time.
        const Rational rate = video.nominalRate.isValid() ? video.nominalRate : Rational{24, 1};
        m_encoder->time_base = AVRational{rate.den, rate.num};
        m_encoder->framerate = AVRational{rate.num, rate.den};
        m_encoder->width = m_width;
        m_encoder->height = m_height;
        m_encoder->pix_fmt = AV_PIX_FMT_YUV420P;
        m_encoder->gop_size = options.keyframeInterval;
        m_encoder->keyint_min = options.keyframeInterval;
        m_encoder->max_b_frames = 0;
        m_encoder->thread_count = 0;
        const double sar = video.sampleAspect.isValid() ? video.sampleAspect.toDouble() : 1.0;
        // Scaling changes the pixel shape unless width and height shrink alike.
        const double pixelAspect =
            sar * (double(video.width) / m_width) / (double(video.height) / m_height);
        m_encoder->sample_aspect_ratio = av_d2q(pixelAspect, 1000);
        if (m_output->oformat->flags & AVFMT_GLOBALHEADER)
            m_encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        // CAVLC, no deblocking, no weighted prediction: the fastest H.264 to decode.
        av_opt_set(m_encoder->priv_data, "preset", "ultrafast", 0);
        av_opt_set(m_encoder->priv_data, "tune", "fastdecode", 0);
        av_opt_set(m_encoder->priv_data, "crf", std::to_string(options.crf).c_str(), 0);
        av_opt_set(m_encoder->priv_data, "x264-params", "scenecut=0", 0);
        if (const int rc = avcodec_open2(m_encoder.get(), codec, nullptr); rc < 0)
            fail("cannot open the proxy encoder (" + avErrorText(rc) + ")");

        m_stream = avformat_new_stream(m_output.get(), nullptr);
        if (!m_stream)
            throw std::bad_alloc();
        avcodec_parameters_from_context(m_stream->codecpar, m_encoder.get());
        m_stream->time_base = m_encoder->time_base;
        m_stream->sample_aspect_ratio = m_encoder->sample_aspect_ratio;
        if (video.rotation != 0) {
            auto* matrix = reinterpret_cast<std::int32_t*>(av_stream_new_side_data(
                m_stream, AV_PKT_DATA_DISPLAYMATRIX, 9 * sizeof(std::int32_t)));
            // FFmpeg 5.1's MP4 muxer stores the matrix transposed relative to what its demuxer
            // hands back, so the angle is written with the sign that reads back as
            // `video.rotation` (seek_proxy_test checks the round trip).
            if (matrix)
                av_display_rotation_set(matrix, double(video.rotation));
        }
        if (const int rc = avio_open(&m_output->pb, target.c_str(), AVIO_FLAG_WRITE); rc < 0)
            fail("cannot write " + target.string() + " (" + avErrorText(rc) + ")");
        if (const int rc = avformat_write_header(m_output.get(), nullptr); rc < 0)
            fail("cannot start the proxy file (" + avErrorText(rc) + ")");
        m_frame->format = AV_PIX_FMT_YUV420P;
        m_frame->width = m_width;
        m_frame->height = m_height;
        if (av_frame_get_buffer(m_frame.get(), 0) < 0)
            throw std::bad_alloc();
    }

    void encode(const AVFrame& source, std::int64_t number)
    {
        const bool downscale = m_width < source.width || m_height < source.height;
        m_sws.reset(sws_getCachedContext(m_sws.release(), source.width, source.height,
                                         AVPixelFormat(source.format), m_width, m_height,
                                         AV_PIX_FMT_YUV420P, downscale ? SWS_AREA : SWS_BICUBIC,
                                         nullptr, nullptr, nullptr));
        if (!m_sws)
            fail("cannot convert the picture for the proxy");
        if (av_frame_make_writable(m_frame.get()) < 0)
            throw std::bad_alloc();
        sws_scale(m_sws.get(), source.data, source.linesize, 0, source.height, m_frame->data,
                  m_frame->linesize);
        m_frame->pts = number;
        // swscale turned full-range "J" formats into limited range; others pass unchanged.
        const auto format = AVPixelFormat(source.format);
        const bool jpegFormat = format == AV_PIX_FMT_YUVJ420P || format == AV_PIX_FMT_YUVJ422P ||
                                format == AV_PIX_FMT_YUVJ444P || format == AV_PIX_FMT_YUVJ440P;
        m_frame->color_range = jpegFormat ? AVCOL_RANGE_MPEG : source.color_range;
        m_frame->colorspace = source.colorspace;
        m_frame->color_primaries = source.color_primaries;
        m_frame->color_trc = source.color_trc;
        send(m_frame.get());
    }

    void finish()
    {
        send(nullptr);
        if (const int rc = av_write_trailer(m_output.get()); rc < 0)
            fail("cannot finish the proxy file (" + avErrorText(rc) + ")");
    }

private:
    void send(const AVFrame* frame)
    {
        if (const int rc = avcodec_send_frame(m_encoder.get(), frame); rc < 0)
            fail("proxy encoding failed (" + avErrorText(rc) + ")");
        for (;;) {
            const int rc = avcodec_receive_packet(m_encoder.get(), m_packet.get());
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return;
            if (rc < 0)
                fail("proxy encoding failed (" + avErrorText(rc) + ")");
            av_packet_rescale_ts(m_packet.get(), m_encoder->time_base, m_stream->time_base);
            m_packet->stream_index = m_stream->index;
            if (const int written = av_interleaved_write_frame(m_output.get(), m_packet.get());
                written < 0)
                fail("cannot write the proxy (" + avErrorText(written) + ")");
        }
    }

    [[noreturn]] void fail(const std::string& reason) const
    {
        throw MediaError(m_sourcePath, reason);
    }

    std::string m_sourcePath;
    int m_width = 0;
    int m_height = 0;
    OutputContextPtr m_output;
    CodecContextPtr m_encoder;
    AVStream* m_stream = nullptr;
    SwsContextPtr m_sws;
    PacketPtr m_packet;
    FramePtr m_frame;
};

} // namespace

void buildSeekProxy(const std::filesystem::path& source, const std::filesystem::path& target,
                    const SeekProxyOptions& options, const CancellationToken* cancel,
                    const ProgressSink& progress)
{
    InputFile input(source);
    const FrameIndex index = loadOrScanFrameIndex(input, true, cancel).index;
    const MediaInfo info = input.describe();

    std::error_code error;
    std::filesystem::create_directories(target.parent_path(), error);
    TemporaryFile temporary(target.parent_path() / (".tmp-" + std::to_string(::getpid()) + "-" +
                                                    target.filename().string()));
    ProxyEncoder encoder(input.path(), temporary.path(), info.video, options);

    VideoFrameReader reader(input, 0);
    reader.rewind();
    FramePtr frame = allocateFrame();
    FramePtr previous;
    std::int64_t next = 0; // proxy frame number to write next
    const std::int64_t total = index.frameCount();
    while (next < total && reader.read(frame.get())) {
        const std::int64_t number = index.frameWithPts(frame->best_effort_timestamp);
        if (number < next)
            continue; // not in the index (edit list) or already written
        // A frame the decoder could not deliver is replaced by its predecessor, so that frame k
        // of the proxy stays frame k of the film.
        for (; previous && next < number; ++next)
            encoder.encode(*previous, next);
        encoder.encode(*frame, next++);
        previous.reset(av_frame_clone(frame.get()));
        if (cancel)
            cancel->throwIfCancelled();
        if (progress && next % 12 == 0)
            progress(next, total);
    }
    for (; previous && next < total; ++next)
        encoder.encode(*previous, next);
    if (next != total)
        throw MediaError(input.path(), "the proxy could not be completed (" + std::to_string(next) +
                                           " of " + std::to_string(total) + " frames decoded)");
    encoder.finish();
    std::filesystem::rename(temporary.path(), target, error);
    if (error)
        throw MediaError(input.path(),
                         "cannot store the proxy at " + target.string() + ": " + error.message());
    temporary.keep();
    if (progress)
        progress(total, total);
    log::get("media")->info("{}: seek proxy of {} frames written to {}", input.path(), total,
                            target.string());
}

std::filesystem::path seekProxyPath(const std::filesystem::path& source,
                                    const std::filesystem::path& cacheDirectory)
{
    const auto directory = cacheDirectory.empty() ? userCacheDirectory("proxy") : cacheDirectory;
    const auto key = mediaCacheKey(source);
    if (!key)
        throw MediaError(source.string(), "file not found");
    return directory / (*key + ".mp4");
}

std::int64_t longestKeyframeInterval(const FrameIndex& index)
{
    const auto& keyframes = index.keyframes();
    if (index.empty())
        return 0;
    if (keyframes.empty())
        return index.frameCount(); // no known keyframe: every seek decodes from the start
    std::int64_t longest = keyframes.front(); // frames before the first keyframe
    for (std::size_t i = 0; i < keyframes.size(); ++i) {
        const std::int64_t next = i + 1 < keyframes.size() ? keyframes[i + 1] : index.frameCount();
        longest = std::max(longest, next - keyframes[i]);
    }
    return longest;
}

std::optional<std::filesystem::path> ensureSeekProxy(const std::filesystem::path& source,
                                                     const FrameIndex& index,
                                                     const std::filesystem::path& cacheDirectory,
                                                     const CancellationToken* cancel,
                                                     const ProgressSink& progress)
{
    if (longestKeyframeInterval(index) <= kSeekProxyThreshold)
        return std::nullopt;
    auto target = seekProxyPath(source, cacheDirectory);
    std::error_code error;
    if (!std::filesystem::exists(target, error)) {
        std::filesystem::create_directories(target.parent_path(), error);
        buildSeekProxy(source, target, {}, cancel, progress);
    }
    return target;
}

} // namespace diptych::media
