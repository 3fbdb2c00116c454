#pragma once

#include "media/ffmpeg_ptr.h"
#include "media/media_info.h"

#include <opencv2/core/mat.hpp>

namespace diptych::media {

/// Internal: turns decoded pictures into 8-bit BGR cv::Mat in display geometry — sample aspect
/// ratio and rotation applied, colour matrix and range honoured, 10-bit sources reduced
/// correctly by swscale. Keeps one swscale context and reuses it while the geometry holds.
/// One instance per thread.
class FrameConverter final
{
public:
    explicit FrameConverter(const VideoStreamInfo& stream);

    /// `width` 0: the native display size (coded height, width corrected by SAR).
    /// Otherwise the output is `width` pixels wide after rotation, aspect kept.
    cv::Mat toBgr(const AVFrame& frame, int width);

    /// Output size (after rotation) for a requested width, as toBgr() would produce it.
    [[nodiscard]] cv::Size outputSize(int width) const;

private:
    VideoStreamInfo m_stream;
    SwsContextPtr m_sws;
};

} // namespace diptych::media
