#pragma once

#include "media/media_info.h"

#include <nlohmann/json.hpp>

namespace diptych::media {

/// The JSON form of MediaInfo that `diptych-cli probe` prints and the project file stores:
/// {"path", "container", "duration_s", "size_bytes", "video": {"codec", "width", "height",
///  "sar": "N:D", "rotation", "fps", "avg_fps", "frames", "pix_fmt", "bit_depth",
///  "display_width", "display_height"}, "audio": [{"index", "codec", "channels",
///  "sample_rate", "language"}], "warnings": [...]}. Durations in seconds; "duration_s" is the
/// video stream's (first frame's start to last frame's end), "container_duration_s" what the
/// container declares.
nlohmann::json toJson(const MediaInfo& info);

} // namespace diptych::media
