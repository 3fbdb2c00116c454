#include "media/frame_converter.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <opencv2/core.hpp>

#include <cmath>
#include <stdexcept>

namespace diptych::media {
namespace {

int swsColorspace(const AVFrame& frame)
{
    switch (frame.colorspace) {
    case AVCOL_SPC_BT709:
        return SWS_CS_ITU709;
    case AVCOL_SPC_BT470BG:
    case AVCOL_SPC_SMPTE170M:
        return SWS_CS_ITU601;
    case AVCOL_SPC_SMPTE240M:
        return SWS_CS_SMPTE240M;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL:
        return SWS_CS_BT2020;
    case AVCOL_SPC_FCC:
        return SWS_CS_FCC;
    default:
        // Untagged: what players assume, HD matrices for HD pictures.
        return frame.height >= 720 ? SWS_CS_ITU709 : SWS_CS_ITU601;
    }
}

// The deprecated "J" formats are plain YUV at full range; swscale wants them said that way.
AVPixelFormat withoutJpegAlias(AVPixelFormat format, bool& fullRange)
{
    switch (format) {
    case AV_PIX_FMT_YUVJ420P:
        fullRange = true;
        return AV_PIX_FMT_YUV420P;
    case AV_PIX_FMT_YUVJ422P:
        fullRange = true;
        return AV_PIX_FMT_YUV422P;
    case AV_PIX_FMT_YUVJ444P:
        fullRange = true;
        return AV_PIX_FMT_YUV444P;
    case AV_PIX_FMT_YUVJ440P:
        fullRange = true;
        return AV_PIX_FMT_YUV440P;
    default:
        return format;
    }
}

bool swapsAxes(int rotation)
{
    return rotation == 90 || rotation == 270;
}

} // namespace

FrameConverter::FrameConverter(const VideoStreamInfo& stream)
    : m_stream(stream)
{}

cv::Size FrameConverter::outputSize(int width) const
{
    // Unrotated display size: SAR stretches (or squeezes) the width, height stays.
    const double sar = m_stream.sampleAspect.isValid() ? m_stream.sampleAspect.toDouble() : 1.0;
    double displayW = m_stream.width * sar;
    double displayH = m_stream.height;
    if (width > 0) {
        const double scale = swapsAxes(m_stream.rotation) ? width / displayH : width / displayW;
        displayW *= scale;
        displayH *= scale;
    }
    const cv::Size unrotated(std::max(1, int(std::lround(displayW))),
                             std::max(1, int(std::lround(displayH))));
    return swapsAxes(m_stream.rotation) ? cv::Size(unrotated.height, unrotated.width) : unrotated;
}

cv::Mat FrameConverter::toBgr(const AVFrame& frame, int width)
{
    // Geometry comes from the decoded frame: a stream may change size mid-way.
    m_stream.width = frame.width;
    m_stream.height = frame.height;
    const cv::Size rotated = outputSize(width);
    const cv::Size scaled =
        swapsAxes(m_stream.rotation) ? cv::Size(rotated.height, rotated.width) : rotated;

    bool fullRange = frame.color_range == AVCOL_RANGE_JPEG;
    const AVPixelFormat source = withoutJpegAlias(AVPixelFormat(frame.format), fullRange);
    // Same size: swscale's unscaled SIMD YUV->RGB path (fast enough for playback; the flags
    // only matter when scaling). Smaller: area averaging, which does not alias fine detail
    // into the analysis frames. SWS_ACCURATE_RND is avoided: it disables the SIMD paths and
    // made a 1080p conversion ~10x slower for differences of one code value.
    const bool downscale = scaled.width < frame.width || scaled.height < frame.height;
    const int flags = downscale ? SWS_AREA : SWS_BICUBIC;
    m_sws.reset(sws_getCachedContext(m_sws.release(), frame.width, frame.height, source,
                                     scaled.width, scaled.height, AV_PIX_FMT_BGR24, flags, nullptr,
                                     nullptr, nullptr));
    if (!m_sws)
        throw std::runtime_error(std::string("cannot convert pixel format ") +
                                 (av_get_pix_fmt_name(source) ? av_get_pix_fmt_name(source) : "?"));
    const int* coefficients = sws_getCoefficients(swsColorspace(frame));
    sws_setColorspaceDetails(m_sws.get(), coefficients, fullRange ? 1 : 0,
                             sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);

    cv::Mat bgr(scaled, CV_8UC3);
    std::uint8_t* planes[4] = {bgr.data, nullptr, nullptr, nullptr};
    int strides[4] = {int(bgr.step[0]), 0, 0, 0};
    sws_scale(m_sws.get(), frame.data, frame.linesize, 0, frame.height, planes, strides);

    switch (m_stream.rotation) {
    case 90:
        cv::rotate(bgr, bgr, cv::ROTATE_90_CLOCKWISE);
        break;
    case 180:
        cv::rotate(bgr, bgr, cv::ROTATE_180);
        break;
    case 270:
        cv::rotate(bgr, bgr, cv::ROTATE_90_COUNTERCLOCKWISE);
        break;
    default:
        break;
    }
    return bgr;
}

} // namespace diptych::media
