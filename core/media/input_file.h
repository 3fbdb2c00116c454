#pragma once

#include "media/ffmpeg_ptr.h"
#include "media/media_info.h"

#include <filesystem>
#include <string>

namespace diptych::media {

/// An opened container with its video stream chosen and validated. Internal to core/media.
/// Throws diptych::MediaError ("PATH: reason") for every way a file can fail to be usable
/// video: missing, empty, not media, unsupported codec, absurd picture size, no video stream.
/// One instance per thread.
class InputFile final
{
public:
    explicit InputFile(const std::filesystem::path& path);

    [[nodiscard]] AVFormatContext* context() const { return m_context.get(); }
    [[nodiscard]] AVStream* videoStream() const { return m_context->streams[m_videoIndex]; }
    [[nodiscard]] int videoStreamIndex() const { return m_videoIndex; }
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] std::int64_t sizeBytes() const { return m_sizeBytes; }

    /// Container and stream facts; frameCount and durationSeconds are left 0 (they need the
    /// frame index).
    [[nodiscard]] MediaInfo describe() const;

    /// A decoder for the video stream. `threads` 0 = one per core. Frame threading is what
    /// makes sequential decoding fast; it also adds latency, which only matters for playback.
    [[nodiscard]] CodecContextPtr openVideoDecoder(int threads) const;
    /// A decoder for the audio stream with container index `streamIndex`.
    [[nodiscard]] CodecContextPtr openAudioDecoder(int streamIndex) const;

    /// Throws MediaError("PATH: " + reason).
    [[noreturn]] void fail(const std::string& reason) const;

private:
    [[nodiscard]] CodecContextPtr openDecoder(const AVStream* stream, int threads) const;

    std::string m_path;
    std::int64_t m_sizeBytes = 0;
    FormatContextPtr m_context;
    int m_videoIndex = -1;
};

/// Routes FFmpeg's own log lines into the "ffmpeg" spdlog logger (errors at info level, so they
/// reach the log file but not the terminal; warnings at debug). Process-wide: call once from
/// main(). Without it FFmpeg writes to stderr itself.
void routeFfmpegLogging();

} // namespace diptych::media
