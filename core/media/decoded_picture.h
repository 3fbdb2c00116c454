#pragma once

#include "media/media_info.h"

#include <opencv2/core/mat.hpp>

#include <memory>

struct AVFrame;

namespace diptych::media {

class FrameConverter;

/// One decoded picture, detached from the VideoDecoder that made it. It shares the decoder's
/// pixel buffers by reference count (no copy) and stays valid after the decoder has moved on,
/// so another thread can convert it while the decoder decodes the next frame. Cheap to copy;
/// the pixels are never written. Made by VideoDecoder::currentPicture().
class DecodedPicture final
{
public:
    DecodedPicture() = default;

    [[nodiscard]] bool empty() const { return !m_frame; }

private:
    friend class VideoDecoder;
    friend class PictureConverter;
    explicit DecodedPicture(std::shared_ptr<const AVFrame> frame)
        : m_frame(std::move(frame))
    {}

    std::shared_ptr<const AVFrame> m_frame;
};

/// Turns DecodedPictures of one video stream into 8-bit BGR exactly as the decoder's own
/// VideoDecoder::currentImage() does (display geometry, colour matrix and range). Keeps its
/// scaler between calls: one instance per thread.
class PictureConverter final
{
public:
    explicit PictureConverter(const VideoStreamInfo& stream);
    ~PictureConverter();
    PictureConverter(const PictureConverter&) = delete;
    PictureConverter& operator=(const PictureConverter&) = delete;

    /// `width` 0: the native display size; otherwise that many pixels wide, aspect kept.
    /// Throws diptych::Error for an empty picture.
    cv::Mat toBgr(const DecodedPicture& picture, int width = 0);

private:
    std::unique_ptr<FrameConverter> m_converter;
};

} // namespace diptych::media
