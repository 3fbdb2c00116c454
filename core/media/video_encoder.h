#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace diptych::media {

/// Settings of a VideoEncoder. The defaults make H.264 (libx264, yuv420p) with a closed,
/// fixed group of pictures.
struct VideoEncoderOptions
{
    std::string codec = "libx264"; ///< FFmpeg encoder name
    std::string preset = "medium"; ///< x264 preset
    int crf = 20;                  ///< x264 constant rate factor, 0..51 (lower = better)
    /// A keyframe every this many frames exactly (x264 scene-cut keyframes are off).
    int keyframeInterval = 48;
    /// Encoder threads; 0 = FFmpeg's choice. A fixed count makes the output bit-identical
    /// between machines (x264's decisions depend on its thread count).
    int threads = 0;
};

/// Encodes BGR pictures into a new video file, the container chosen by the file name's
/// extension (".mkv", ".mp4", …). Frame k (0-based, in write order) gets the presentation
/// time k / fps seconds. The file is written bit-exactly (no creation date or random ids), so
/// the same pictures and options give the same bytes.
///
/// Errors throw MediaError naming the output path. A VideoEncoder that is destroyed before
/// finish() leaves an incomplete file behind: callers that must not leave one write to a
/// temporary name and rename it after finish().
class VideoEncoder final
{
public:
    VideoEncoder();
    ~VideoEncoder();
    VideoEncoder(VideoEncoder&&) noexcept;
    VideoEncoder& operator=(VideoEncoder&&) noexcept;
    VideoEncoder(const VideoEncoder&) = delete;
    VideoEncoder& operator=(const VideoEncoder&) = delete;

    /// Creates `path` (replacing it) for `width` x `height` pixels (even numbers, for 4:2:0)
    /// at `fps` frames per second (> 0), and writes the container header.
    void open(const std::filesystem::path& path, int width, int height, int fps,
              const VideoEncoderOptions& options = {});
    /// Encodes the next frame: `bgr` is CV_8UC3 of exactly the opened size.
    void write(const cv::Mat& bgr);
    /// Flushes the encoder and writes the container trailer; the file is then complete.
    void finish();

    [[nodiscard]] bool isOpen() const noexcept;
    /// Frames passed to write() so far.
    [[nodiscard]] std::int64_t framesWritten() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace diptych::media
