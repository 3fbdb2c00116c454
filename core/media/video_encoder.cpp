#include "media/video_encoder.h"

#include "common/error.h"
#include "media/ffmpeg_error.h"
#include "media/ffmpeg_ptr.h"

extern "C" {
#include <libavutil/opt.h>
}

#include <string>

namespace diptych::media {

struct VideoEncoder::Impl
{
    std::string path;
    int width = 0;
    int height = 0;
    std::int64_t frames = 0;
    bool finished = false;
    OutputContextPtr output;
    CodecContextPtr encoder;
    AVStream* stream = nullptr;
    SwsContextPtr sws;
    PacketPtr packet = allocatePacket();
    FramePtr frame = allocateFrame();

    [[noreturn]] void fail(const std::string& reason) const { throw MediaError(path, reason); }

    void send(const AVFrame* picture)
    {
        if (const int rc = avcodec_send_frame(encoder.get(), picture); rc < 0)
            fail("encoding failed (" + avErrorText(rc) + ")");
        for (;;) {
            const int rc = avcodec_receive_packet(encoder.get(), packet.get());
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return;
            if (rc < 0)
                fail("encoding failed (" + avErrorText(rc) + ")");
            av_packet_rescale_ts(packet.get(), encoder->time_base, stream->time_base);
            packet->stream_index = stream->index;
            if (const int written = av_interleaved_write_frame(output.get(), packet.get());
                written < 0)
                fail("cannot write the video (" + avErrorText(written) + ")");
        }
    }
};

VideoEncoder::VideoEncoder() = default;
VideoEncoder::~VideoEncoder() = default;
VideoEncoder::VideoEncoder(VideoEncoder&&) noexcept = default;
VideoEncoder& VideoEncoder::operator=(VideoEncoder&&) noexcept = default;

void VideoEncoder::open(const std::filesystem::path& path, int width, int height, int fps,
                        const VideoEncoderOptions& options)
{
    auto impl = std::make_unique<Impl>();
    impl->path = path.string();
    if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0 || fps <= 0)
        impl->fail("invalid video geometry " + std::to_string(width) + "x" +
                   std::to_string(height) + " at " + std::to_string(fps) + " fps");
    impl->width = width;
    impl->height = height;

    AVFormatContext* raw = nullptr;
    if (avformat_alloc_output_context2(&raw, nullptr, nullptr, impl->path.c_str()) < 0 || !raw)
        impl->fail("cannot create a container for this file name");
    impl->output.reset(raw);
    impl->output->flags |= AVFMT_FLAG_BITEXACT; // no creation date, no random segment id

    const AVCodec* codec = avcodec_find_encoder_by_name(options.codec.c_str());
    if (!codec)
        impl->fail("this FFmpeg build has no " + options.codec + " encoder");
    impl->encoder.reset(avcodec_alloc_context3(codec));
    if (!impl->encoder)
        throw std::bad_alloc();
    auto& encoder = *impl->encoder;
    encoder.time_base = AVRational{1, fps};
    encoder.framerate = AVRational{fps, 1};
    encoder.width = width;
    encoder.height = height;
    encoder.pix_fmt = AV_PIX_FMT_YUV420P;
    encoder.sample_aspect_ratio = AVRational{1, 1};
    encoder.gop_size = options.keyframeInterval;
    encoder.keyint_min = options.keyframeInterval;
    encoder.thread_count = options.threads;
    // swscale's BGR -> YUV conversion below uses BT.601 coefficients, limited range.
    encoder.colorspace = AVCOL_SPC_SMPTE170M;
    encoder.color_range = AVCOL_RANGE_MPEG;
    if (impl->output->oformat->flags & AVFMT_GLOBALHEADER)
        encoder.flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    av_opt_set(encoder.priv_data, "preset", options.preset.c_str(), 0);
    av_opt_set(encoder.priv_data, "crf", std::to_string(options.crf).c_str(), 0);
    av_opt_set(encoder.priv_data, "x264-params", "scenecut=0", 0);
    if (const int rc = avcodec_open2(&encoder, codec, nullptr); rc < 0)
        impl->fail("cannot open the " + options.codec + " encoder (" + avErrorText(rc) + ")");

    impl->stream = avformat_new_stream(impl->output.get(), nullptr);
    if (!impl->stream)
        throw std::bad_alloc();
    if (const int rc = avcodec_parameters_from_context(impl->stream->codecpar, &encoder); rc < 0)
        impl->fail("cannot describe the video stream (" + avErrorText(rc) + ")");
    impl->stream->time_base = encoder.time_base;
    impl->stream->avg_frame_rate = encoder.framerate;
    impl->stream->sample_aspect_ratio = encoder.sample_aspect_ratio;
    if (const int rc = avio_open(&impl->output->pb, impl->path.c_str(), AVIO_FLAG_WRITE); rc < 0)
        impl->fail("cannot write the file (" + avErrorText(rc) + ")");
    if (const int rc = avformat_write_header(impl->output.get(), nullptr); rc < 0)
        impl->fail("cannot start the file (" + avErrorText(rc) + ")");

    impl->sws.reset(sws_getContext(width, height, AV_PIX_FMT_BGR24, width, height,
                                   AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr));
    if (!impl->sws)
        impl->fail("cannot convert pictures for the encoder");
    impl->frame->format = AV_PIX_FMT_YUV420P;
    impl->frame->width = width;
    impl->frame->height = height;
    if (av_frame_get_buffer(impl->frame.get(), 0) < 0)
        throw std::bad_alloc();
    m_impl = std::move(impl);
}

void VideoEncoder::write(const cv::Mat& bgr)
{
    if (!m_impl || m_impl->finished)
        throw Error("VideoEncoder::write: the encoder is not open");
    auto& impl = *m_impl;
    if (bgr.type() != CV_8UC3 || bgr.cols != impl.width || bgr.rows != impl.height)
        impl.fail("a picture of the wrong size or type was given to the encoder");
    if (av_frame_make_writable(impl.frame.get()) < 0)
        throw std::bad_alloc();
    const std::uint8_t* const source[] = {bgr.data};
    const int sourceStride[] = {static_cast<int>(bgr.step[0])};
    sws_scale(impl.sws.get(), source, sourceStride, 0, impl.height, impl.frame->data,
              impl.frame->linesize);
    impl.frame->pts = impl.frames++;
    impl.frame->colorspace = AVCOL_SPC_SMPTE170M;
    impl.frame->color_range = AVCOL_RANGE_MPEG;
    impl.send(impl.frame.get());
}

void VideoEncoder::finish()
{
    if (!m_impl || m_impl->finished)
        throw Error("VideoEncoder::finish: the encoder is not open");
    m_impl->send(nullptr);
    if (const int rc = av_write_trailer(m_impl->output.get()); rc < 0)
        m_impl->fail("cannot finish the file (" + avErrorText(rc) + ")");
    if (const int rc = avio_closep(&m_impl->output->pb); rc < 0)
        m_impl->fail("cannot close the file (" + avErrorText(rc) + ")");
    m_impl->finished = true;
}

bool VideoEncoder::isOpen() const noexcept
{
    return m_impl && !m_impl->finished;
}

std::int64_t VideoEncoder::framesWritten() const noexcept
{
    return m_impl ? m_impl->frames : 0;
}

} // namespace diptych::media
