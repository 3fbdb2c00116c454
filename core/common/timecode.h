#pragma once

#include <cstdint>
#include <string>

namespace diptych {

/// SMPTE-style non-drop-frame timecode "HH:MM:SS:FF" of 0-based frame `frame` at `fps`
/// frames per second. The frame field counts to the rate rounded to a whole number (30 for
/// 29.97), as editors display it. Negative frames are clamped to 0; fps <= 0 gives
/// "--:--:--:--".
std::string formatTimecode(std::int64_t frame, double fps);

/// A duration in seconds as "H:MM:SS.mmm" (hours unbounded), e.g. "0:01:02.500".
std::string formatDuration(double seconds);

} // namespace diptych
