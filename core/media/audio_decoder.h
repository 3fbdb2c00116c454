#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

namespace diptych::media {

/// Decodes one audio stream of a film to interleaved 32-bit float PCM (range about -1..1) at a
/// requested sample rate and channel count, resampled with swresample. For playback.
/// Not thread-safe: one instance per thread. Throws MediaError for unusable files or when the
/// film has no such audio stream.
class AudioDecoder final
{
public:
    /// `audioStream` counts audio streams only (0 = the first one). `channels` 0 keeps the
    /// source layout; `sampleRate` in Hz.
    AudioDecoder(const std::filesystem::path& path, int audioStream = 0, int sampleRate = 48000,
                 int channels = 2);
    ~AudioDecoder();
    AudioDecoder(const AudioDecoder&) = delete;
    AudioDecoder& operator=(const AudioDecoder&) = delete;

    [[nodiscard]] int sampleRate() const;
    [[nodiscard]] int channels() const;

    /// Appends the next decoded samples (interleaved, a multiple of channels()) to `out`.
    /// Returns false, appending nothing, at the end of the stream.
    bool read(std::vector<float>& out);
    /// Positions the stream so the next read() starts at `seconds` from the film's first video
    /// frame's time origin (samples before it are dropped exactly).
    void seek(double seconds);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace diptych::media
