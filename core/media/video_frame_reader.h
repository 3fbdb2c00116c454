#pragma once

#include "media/ffmpeg_ptr.h"
#include "media/input_file.h"

#include <cstdint>
#include <functional>
#include <string>

namespace diptych::media {

/// Internal: the demux-and-decode loop of the video stream, shared by the frame-index scanner
/// and VideoDecoder. Frames come out in presentation order with FFmpeg's best-effort
/// timestamps. Corrupt packets are counted, not fatal; a read error ends the stream early and
/// is remembered (a truncated file yields every frame before the damage).
class VideoFrameReader final
{
public:
    VideoFrameReader(InputFile& input, int threads);

    /// Decodes the next frame into `frame` (unreferenced first). False at the end of the stream.
    bool read(AVFrame* frame);
    /// Seeks to the keyframe at or before stream timestamp `pts` and flushes the decoder.
    /// `bytePosition` (the keyframe packet's offset, -1 unknown) is used instead by containers
    /// without a seek index, whose timestamp seeks are a bisection on DTS and can land late.
    /// Returns false when the demuxer cannot seek there.
    bool seek(std::int64_t pts, std::int64_t bytePosition = -1);
    /// Back to the very first packet (a seek, or a reopen-equivalent byte seek).
    void rewind();

    /// Called with every video packet just before it is sent to the decoder; lets the caller
    /// choose `codec()->skip_frame` for it.
    std::function<void(const AVPacket&)> beforeSend;

    [[nodiscard]] AVCodecContext* codec() const { return m_codec.get(); }
    [[nodiscard]] int corruptPackets() const { return m_corruptPackets; }
    /// Non-empty when the demuxer stopped on an error rather than at the end of the file.
    [[nodiscard]] const std::string& readError() const { return m_readError; }

private:
    bool feedOnePacket();
    [[nodiscard]] bool prefersByteSeeking() const;

    InputFile& m_input;
    CodecContextPtr m_codec;
    PacketPtr m_packet;
    bool m_draining = false;
    int m_corruptPackets = 0;
    std::string m_readError;
};

} // namespace diptych::media
