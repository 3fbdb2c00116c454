#pragma once

#include <string>

namespace diptych::media {

/// The text of an FFmpeg error code (AVERROR), e.g. "Invalid data found when processing input".
std::string avErrorText(int errorCode);

} // namespace diptych::media
