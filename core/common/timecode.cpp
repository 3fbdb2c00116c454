#include "common/timecode.h"

#include <cmath>
#include <cstdio>
#include <regex>

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

std::optional<std::int64_t> parseTimecode(const std::string& text, double fps)
{
    if (!(fps > 0))
        return std::nullopt;
    static const std::regex timecode(R"(^\s*(\d+):(\d{1,2}):(\d{1,2})[:;.](\d{1,2})\s*$)");
    static const std::regex number(R"(^\s*(\d{1,15})\s*$)");
    std::smatch match;
    if (std::regex_match(text, match, number))
        return std::stoll(match[1].str());
    if (!std::regex_match(text, match, timecode))
        return std::nullopt;
    const auto base = std::max<std::int64_t>(1, std::llround(fps));
    const std::int64_t frames = std::stoll(match[4].str());
    if (frames >= base || match[1].str().size() > 6)
        return std::nullopt;
    const std::int64_t seconds = std::stoll(match[1].str()) * 3600 +
                                 std::stoll(match[2].str()) * 60 + std::stoll(match[3].str());
    return seconds * base + frames;
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
