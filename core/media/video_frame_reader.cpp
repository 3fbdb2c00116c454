#include "media/video_frame_reader.h"

#include "log/log.h"
#include "media/ffmpeg_error.h"

namespace diptych::media {

VideoFrameReader::VideoFrameReader(InputFile& input, int threads)
    : m_input(input)
    , m_codec(input.openVideoDecoder(threads))
    , m_packet(allocatePacket())
{}

bool VideoFrameReader::read(AVFrame* frame)
{
    av_frame_unref(frame);
    for (;;) {
        const int rc = avcodec_receive_frame(m_codec.get(), frame);
        if (rc == 0)
            return true;
        if (rc == AVERROR_EOF)
            return false;
        if (rc != AVERROR(EAGAIN)) {
            // A frame the decoder could not finish: count it, keep going with the next one.
            ++m_corruptPackets;
            continue;
        }
        if (m_draining)
            return false;
        if (!feedOnePacket())
            return false;
    }
}

bool VideoFrameReader::feedOnePacket()
{
    for (;;) {
        const int rc = av_read_frame(m_input.context(), m_packet.get());
        if (rc < 0) {
            if (rc != AVERROR_EOF && !m_input.context()->pb->eof_reached)
                m_readError = avErrorText(rc);
            else if (rc != AVERROR_EOF)
                m_readError = "unexpected end of file (" + avErrorText(rc) + ")";
            m_draining = true;
            return avcodec_send_packet(m_codec.get(), nullptr) >= 0;
        }
        if (m_packet->stream_index != m_input.videoStreamIndex()) {
            av_packet_unref(m_packet.get());
            continue;
        }
        // Edit lists mark packets outside the edit as "discard". The frame index leaves their
        // timestamps out and callers drop frames whose timestamp is not in the index, so the
        // decoder is asked for everything: FFmpeg 5.1's own discard bookkeeping follows the
        // last packet sent, not the frame it returns, and could hide a frame we need.
        m_packet->flags &= ~AV_PKT_FLAG_DISCARD;
        if (m_packet->flags & AV_PKT_FLAG_CORRUPT)
            ++m_corruptPackets;
        if (beforeSend)
            beforeSend(*m_packet);
        const int sent = avcodec_send_packet(m_codec.get(), m_packet.get());
        av_packet_unref(m_packet.get());
        if (sent < 0 && sent != AVERROR(EAGAIN)) {
            ++m_corruptPackets;
            log::get("media")->debug("{}: packet rejected by decoder: {}", m_input.path(),
                                     avErrorText(sent));
            continue;
        }
        return true;
    }
}

bool VideoFrameReader::prefersByteSeeking() const
{
    // MPEG-TS and MPEG-PS carry timestamp discontinuities and no index: exactly the formats
    // FFmpeg marks AVFMT_TS_DISCONT. Byte offsets of their keyframe packets are exact.
    const AVInputFormat* format = m_input.context()->iformat;
    return (format->flags & AVFMT_TS_DISCONT) && !(format->flags & AVFMT_NO_BYTE_SEEK);
}

bool VideoFrameReader::seek(std::int64_t pts, std::int64_t bytePosition)
{
    const bool byBytes = bytePosition >= 0 && prefersByteSeeking();
    const int rc = byBytes ? av_seek_frame(m_input.context(), -1, bytePosition, AVSEEK_FLAG_BYTE)
                           : av_seek_frame(m_input.context(), m_input.videoStreamIndex(), pts,
                                           AVSEEK_FLAG_BACKWARD);
    avcodec_flush_buffers(m_codec.get());
    m_draining = false;
    if (rc < 0) {
        log::get("media")->debug("{}: seek to pts {} failed: {}", m_input.path(), pts,
                                 avErrorText(rc));
        return false;
    }
    return true;
}

void VideoFrameReader::rewind()
{
    const AVStream* stream = m_input.videoStream();
    const std::int64_t start = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
    if (!seek(start, prefersByteSeeking() ? 0 : -1)) {
        // Some demuxers (raw streams) cannot seek by time; byte 0 always works for them.
        av_seek_frame(m_input.context(), -1, 0, AVSEEK_FLAG_BYTE);
        avcodec_flush_buffers(m_codec.get());
        m_draining = false;
    }
    m_readError.clear();
}

} // namespace diptych::media
