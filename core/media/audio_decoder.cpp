#include "media/audio_decoder.h"

#include "common/error.h"
#include "media/ffmpeg_error.h"
#include "media/input_file.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

#include <cmath>

namespace diptych::media {
namespace {

// The "drop samples before" time that means the origin itself (0 means: drop nothing).
constexpr double kOrigin = 1e-9;

} // namespace

struct AudioDecoder::Impl
{
    Impl(const std::filesystem::path& path, int audioStream, int rate, int channelCount)
        : input(path)
        , outputRate(rate)
        , packet(allocatePacket())
        , frame(allocateFrame())
    {
        int seen = 0;
        for (unsigned i = 0; i < input.context()->nb_streams; ++i) {
            if (input.context()->streams[i]->codecpar->codec_type != AVMEDIA_TYPE_AUDIO)
                continue;
            if (seen++ == audioStream) {
                streamIndex = int(i);
                break;
            }
        }
        if (streamIndex < 0)
            input.fail("no audio stream " + std::to_string(audioStream));
        if (rate <= 0 || rate > 768000)
            input.fail("invalid audio sample rate " + std::to_string(rate));
        // The video stream is not needed here.
        input.context()->streams[input.videoStreamIndex()]->discard = AVDISCARD_ALL;
        codec = input.openAudioDecoder(streamIndex);
        if (channelCount > 0)
            av_channel_layout_default(&outputLayout, channelCount);
        else
            av_channel_layout_copy(&outputLayout, &codec->ch_layout);
        const AVStream* video = input.videoStream();
        originSeconds = video->start_time != AV_NOPTS_VALUE
                            ? double(video->start_time) * av_q2d(video->time_base)
                            : 0.0;
        // Sound before the first video frame (e.g. AAC priming that the muxer placed before
        // it) is not on the film's timeline: the first read() starts at the origin, as after
        // seek(0).
        dropUntilSeconds = kOrigin;
    }

    ~Impl() { av_channel_layout_uninit(&outputLayout); }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    void ensureResampler(const AVFrame& source)
    {
        if (resampler)
            return;
        SwrContext* raw = nullptr;
        // FFmpeg 5.1 takes the layouts by non-const pointer but only reads them.
        const int rc =
            swr_alloc_set_opts2(&raw, &outputLayout, AV_SAMPLE_FMT_FLT, outputRate,
                                const_cast<AVChannelLayout*>(&source.ch_layout),
                                AVSampleFormat(source.format), source.sample_rate, 0, nullptr);
        resampler.reset(raw);
        if (rc < 0 || swr_init(resampler.get()) < 0)
            input.fail("cannot resample audio (" + avErrorText(rc) + ")");
    }

    // Converts `frame` and appends it; drops samples before `dropUntilSeconds` after a seek.
    void append(std::vector<float>& out)
    {
        ensureResampler(*frame);
        const int channelCount = outputLayout.nb_channels;
        const int capacity = swr_get_out_samples(resampler.get(), frame->nb_samples);
        std::vector<float> buffer(std::size_t(std::max(capacity, 0)) * std::size_t(channelCount));
        auto* target = reinterpret_cast<std::uint8_t*>(buffer.data());
        const int produced =
            swr_convert(resampler.get(), &target, capacity,
                        const_cast<const std::uint8_t**>(frame->extended_data), frame->nb_samples);
        if (produced <= 0)
            return;
        std::size_t skip = 0;
        if (dropUntilSeconds > 0 && frame->best_effort_timestamp != AV_NOPTS_VALUE) {
            const AVStream* stream = input.context()->streams[streamIndex];
            const double start =
                double(frame->best_effort_timestamp) * av_q2d(stream->time_base) - originSeconds;
            const double late = dropUntilSeconds - start;
            if (late > 0)
                skip = std::min<std::size_t>(std::size_t(produced),
                                             std::size_t(std::llround(late * outputRate)));
            // A seek may land several frames early: keep dropping until the target is reached.
            if (skip < std::size_t(produced))
                dropUntilSeconds = 0;
        }
        out.insert(out.end(), buffer.begin() + std::ptrdiff_t(skip * std::size_t(channelCount)),
                   buffer.begin() +
                       std::ptrdiff_t(std::size_t(produced) * std::size_t(channelCount)));
    }

    InputFile input;
    int outputRate;
    int streamIndex = -1;
    CodecContextPtr codec;
    SwrContextPtr resampler;
    AVChannelLayout outputLayout{};
    PacketPtr packet;
    FramePtr frame;
    double originSeconds = 0;
    double dropUntilSeconds = 0;
    bool draining = false;
};

AudioDecoder::AudioDecoder(const std::filesystem::path& path, int audioStream, int sampleRate,
                           int channels)
    : d(std::make_unique<Impl>(path, audioStream, sampleRate, channels))
{}

AudioDecoder::~AudioDecoder() = default;

int AudioDecoder::sampleRate() const
{
    return d->outputRate;
}

int AudioDecoder::channels() const
{
    return d->outputLayout.nb_channels;
}

bool AudioDecoder::read(std::vector<float>& out)
{
    for (;;) {
        const int rc = avcodec_receive_frame(d->codec.get(), d->frame.get());
        if (rc == 0) {
            const std::size_t before = out.size();
            d->append(out);
            if (out.size() > before)
                return true;
            continue;
        }
        if (rc == AVERROR_EOF)
            return false;
        if (rc != AVERROR(EAGAIN))
            continue; // a damaged audio frame: skip it
        if (d->draining)
            return false;
        const int got = av_read_frame(d->input.context(), d->packet.get());
        if (got < 0) {
            d->draining = true;
            avcodec_send_packet(d->codec.get(), nullptr);
            continue;
        }
        if (d->packet->stream_index == d->streamIndex)
            avcodec_send_packet(d->codec.get(), d->packet.get());
        av_packet_unref(d->packet.get());
    }
}

void AudioDecoder::seek(double seconds)
{
    const AVStream* stream = d->input.context()->streams[d->streamIndex];
    const double target = std::max(0.0, seconds) + d->originSeconds;
    const auto ts = std::int64_t(std::floor(target / av_q2d(stream->time_base)));
    av_seek_frame(d->input.context(), d->streamIndex, ts, AVSEEK_FLAG_BACKWARD);
    avcodec_flush_buffers(d->codec.get());
    d->resampler.reset();
    d->draining = false;
    d->dropUntilSeconds = std::max(seconds, kOrigin);
}

} // namespace diptych::media
