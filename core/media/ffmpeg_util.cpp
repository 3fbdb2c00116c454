#include "media/ffmpeg_error.h"
#include "media/ffmpeg_ptr.h"

extern "C" {
#include <libavutil/error.h>
}

#include <array>
#include <new>

namespace diptych::media {

std::string avErrorText(int errorCode)
{
    std::array<char, AV_ERROR_MAX_STRING_SIZE> buffer{};
    if (av_strerror(errorCode, buffer.data(), buffer.size()) < 0)
        return "unknown FFmpeg error " + std::to_string(errorCode);
    return buffer.data();
}

FramePtr allocateFrame()
{
    FramePtr frame(av_frame_alloc());
    if (!frame)
        throw std::bad_alloc();
    return frame;
}

PacketPtr allocatePacket()
{
    PacketPtr packet(av_packet_alloc());
    if (!packet)
        throw std::bad_alloc();
    return packet;
}

} // namespace diptych::media
