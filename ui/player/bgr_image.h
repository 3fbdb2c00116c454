#pragma once

#include <QImage>

#include <opencv2/core/mat.hpp>

namespace diptych::ui {

/// A deep copy of a decoded frame (8-bit BGR cv::Mat, as core's VideoDecoder returns) as a
/// QImage: it owns its pixels, so it outlives the Mat and may cross to the UI thread.
inline QImage imageFromBgr(const cv::Mat& bgr)
{
    return QImage(bgr.data, bgr.cols, bgr.rows, int(bgr.step[0]), QImage::Format_BGR888).copy();
}

} // namespace diptych::ui
