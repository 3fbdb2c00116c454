#include "media/media_info_json.h"

#include <cmath>

namespace diptych::media {
namespace {

// Rates as decimals rounded to 1/1000 frame: 30000/1001 prints as 29.97, not 29.97002997.
double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

} // namespace

nlohmann::json toJson(const MediaInfo& info)
{
    const auto& v = info.video;
    nlohmann::json audio = nlohmann::json::array();
    for (const auto& a : info.audio)
        audio.push_back({{"index", a.streamIndex},
                         {"codec", a.codec},
                         {"channels", a.channels},
                         {"sample_rate", a.sampleRate},
                         {"language", a.language}});
    return {
        {"path", info.path},
        {"container", info.container},
        {"duration_s", rounded(v.durationSeconds)},
        {"container_duration_s", rounded(info.containerDurationSeconds)},
        {"size_bytes", info.sizeBytes},
        {"video",
         {{"codec", v.codec},
          {"width", v.width},
          {"height", v.height},
          {"sar", std::to_string(v.sampleAspect.num) + ":" + std::to_string(v.sampleAspect.den)},
          {"rotation", v.rotation},
          {"fps", rounded(v.nominalRate.toDouble())},
          {"avg_fps", rounded(v.averageRate.toDouble())},
          {"frames", v.frameCount},
          {"pix_fmt", v.pixelFormat},
          {"bit_depth", v.bitDepth},
          {"display_width", v.displayWidth()},
          {"display_height", v.displayHeight()}}},
        {"audio", audio},
        {"warnings", info.warnings},
    };
}

} // namespace diptych::media
