#include "media/decoded_picture.h"

#include "common/error.h"
#include "media/frame_converter.h"

namespace diptych::media {

PictureConverter::PictureConverter(const VideoStreamInfo& stream)
    : m_converter(std::make_unique<FrameConverter>(stream))
{}

PictureConverter::~PictureConverter() = default;

cv::Mat PictureConverter::toBgr(const DecodedPicture& picture, int width)
{
    if (picture.empty())
        throw Error("no decoded picture to convert");
    return m_converter->toBgr(*picture.m_frame, width);
}

} // namespace diptych::media
