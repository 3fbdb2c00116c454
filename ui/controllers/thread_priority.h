#pragma once

namespace diptych::ui {

/// Scheduling priorities of Diptych's own threads, as Linux nice values (higher yields more):
/// the UI thread keeps 0, so it runs the moment it has work, even with every core busy;
/// playback decoding comes next (its read-ahead queue absorbs the short waits); background
/// jobs such as an analysis come last.
inline constexpr int kPlaybackDecodingNice = 4;
inline constexpr int kBackgroundJobNice = 10;

/// Sets the calling thread's nice value. On Linux the value is per thread and inherited by
/// the threads it starts afterwards (FFmpeg's decoder threads, the analysis workers). Does
/// nothing elsewhere; a refusal is logged at debug level and otherwise ignored.
void setCurrentThreadNice(int nice);

} // namespace diptych::ui
