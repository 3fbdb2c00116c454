#pragma once

#include <chrono>
#include <filesystem>

namespace diptych::bench {

/// The 1080p24 H.264 file (GOP 250, B-frames) every benchmark measures: the shared BBB
/// trailer upscaled when DIPTYCH_SHARED_DIR is set (real footage with real cuts), else
/// testsrc2 (one shot, which analyses much faster; a warning says so). Each is made once in
/// the test-media folder, under its own name.
std::filesystem::path hdBenchFile();

/// The file a benchmark was given on its command line, or hdBenchFile() when it was given
/// none. Throws std::runtime_error ("FILE: no such file") when the given file does not exist.
std::filesystem::path benchFile(const std::filesystem::path& given);

/// Wall seconds of `ffmpeg -threads N -i FILE -an -f null -` (N = 0: FFmpeg's default).
double ffmpegNullSeconds(const std::filesystem::path& file, int threads);

using Clock = std::chrono::steady_clock;
inline double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace diptych::bench
