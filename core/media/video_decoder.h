#pragma once

#include "media/decoded_picture.h"
#include "media/frame_index.h"
#include "media/media_info.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>

namespace diptych::media {

struct DecoderOptions
{
    /// Decoder threads; 0 = one per core.
    int threads = 0;
    /// Budget of the decoded-frame cache that makes backward steps cheap, in bytes.
    std::size_t cacheBytes = std::size_t(256) << 20;
};

/// Frame-exact reading of a film's video stream.
///
/// Two ways in:
/// - random access, `frame(n)`: seeks to the keyframe before n and decodes forward to exactly
///   n, keeping recently decoded frames so stepping backwards or re-showing a frame is cheap;
///   nearby forward requests decode on without seeking (playback);
/// - sequential, `seekSequential(n)` then `decodeNext()` repeatedly: every frame in order at
///   full decoder speed, for analysis.
/// Frame numbers are 0-based in presentation order (see FrameIndex). Output is 8-bit BGR in
/// display geometry (SAR and rotation applied) at native size or a requested width.
///
/// Not thread-safe: one VideoDecoder per thread; instances share nothing mutable.
/// Errors: the constructor throws MediaError for unusable files; frame() throws MediaError when
/// the requested frame is out of range or cannot be decoded (damaged file).
class VideoDecoder final
{
public:
    /// Opens `path`. `index` from probe() avoids a second scan; null: scan (or use the cache).
    explicit VideoDecoder(const std::filesystem::path& path,
                          std::shared_ptr<const FrameIndex> index = nullptr,
                          DecoderOptions options = {});
    ~VideoDecoder();
    VideoDecoder(const VideoDecoder&) = delete;
    VideoDecoder& operator=(const VideoDecoder&) = delete;

    [[nodiscard]] const MediaInfo& info() const;
    [[nodiscard]] const FrameIndex& index() const;
    [[nodiscard]] std::int64_t frameCount() const { return index().frameCount(); }

    /// Exactly frame `frame`, BGR. `width` 0: native display size; otherwise that many pixels
    /// wide, aspect kept.
    cv::Mat frame(std::int64_t frame, int width = 0);

    /// Positions the sequential reader so that the next decodeNext() yields `frame`.
    void seekSequential(std::int64_t frame = 0);
    /// Decodes the next frame in presentation order. Returns its number, or -1 at the end.
    /// Frames a damaged file cannot deliver are skipped (numbers jump).
    std::int64_t decodeNext();
    /// The picture of the frame last returned by decodeNext() or frame(), converted to BGR.
    cv::Mat currentImage(int width = 0);

    /// The picture of the frame last returned by decodeNext() or frame(), not converted: it
    /// shares the decoder's buffers and stays valid while the decoder goes on, for conversion
    /// on another thread (PictureConverter). Throws MediaError before the first decode.
    [[nodiscard]] DecodedPicture currentPicture() const;
    /// Output size for a requested width (see frame()).
    [[nodiscard]] cv::Size outputSize(int width = 0) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace diptych::media
