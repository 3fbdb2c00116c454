#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace diptych {

/// SMPTE-style non-drop-frame timecode "HH:MM:SS:FF" of 0-based frame `frame` at `fps`
/// frames per second. The frame field counts to the rate rounded to a whole number (30 for
/// 29.97), as editors display it. Negative frames are clamped to 0; fps <= 0 gives
/// "--:--:--:--".
std::string formatTimecode(std::int64_t frame, double fps);

/// The 0-based frame written as `text`: a timecode "HH:MM:SS:FF" as formatTimecode() writes
/// it (";" or "." also accepted before FF, surrounding spaces ignored), or a plain frame
/// number. nullopt when `text` is neither, FF is not below the rounded rate, or fps <= 0.
std::optional<std::int64_t> parseTimecode(const std::string& text, double fps);

/// A duration in seconds as "H:MM:SS.mmm" (hours unbounded), e.g. "0:01:02.500".
std::string formatDuration(double seconds);

} // namespace diptych
