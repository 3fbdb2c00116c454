#include "store/timestamp.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace diptych::store {

std::string utcNowIso8601()
{
    using namespace std::chrono;
    const auto now = time_point_cast<milliseconds>(system_clock::now());
    const auto seconds = time_point_cast<std::chrono::seconds>(now);
    const auto millis = static_cast<int>((now - seconds).count());
    const std::time_t time = system_clock::to_time_t(seconds);
    std::tm utc{};
    gmtime_r(&time, &utc); // gmtime() shares a static buffer between threads
    char buffer[64];       // roomy: the compiler cannot bound tm_year
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, millis);
    return buffer;
}

} // namespace diptych::store
