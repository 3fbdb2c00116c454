#include "common/timecode.h"

#include <cmath>
#include <cstdio>

namespace diptych {

std::string formatTimecode(std::int64_t frame, double fps)
{
    if (!(fps > 0))
        return "--:--:--:--";
    const auto base = std::max<std::int64_t>(1, std::llround(fps));
    const std::int64_t f = std::max<std::int64_t>(0, frame);
    const std::int64_t totalSeconds = f / base;
    char text[96];
    std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld:%02lld",
                  static_cast<long long>(totalSeconds / 3600),
                  static_cast<long long>(totalSeconds / 60 % 60),
                  static_cast<long long>(totalSeconds % 60), static_cast<long long>(f % base));
    return text;
}

std::string formatDuration(double seconds)
{
    const auto millis = std::max<std::int64_t>(0, std::llround(seconds * 1000.0));
    char text[96];
    std::snprintf(
        text, sizeof text, "%lld:%02lld:%02lld.%03lld", static_cast<long long>(millis / 3600000),
        static_cast<long long>(millis / 60000 % 60), static_cast<long long>(millis / 1000 % 60),
        static_cast<long long>(millis % 1000));
    return text;
}

} // namespace diptych
