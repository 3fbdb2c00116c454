#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace diptych::test {

/// Geometry of the generated clips: frame k carries k as a 12-bit binary pattern of white and
/// black cells along the top, over a moving, noisy background that makes encoders work.
inline constexpr int kClipWidth = 320;
inline constexpr int kClipHeight = 240;
inline constexpr int kClipFps = 24;

/// "many_shots.mkv": kManyShotsCount shots of kManyShotsLength frames, 320x240 at 24 fps,
/// hard cuts at every multiple of kManyShotsLength.
inline constexpr int kManyShotsCount = 32;
inline constexpr int kManyShotsLength = 36;

/// Reads the frame number a generated clip's frame carries; nullopt when the pattern is not
/// legible (wrong frame geometry, a damaged picture). `image` is BGR at the clip's display
/// size; for rotated clips, rotate it back first.
std::optional<int> readFrameNumber(const cv::Mat& image);

/// The picture a generated clip's frame `k` shows (BGR, kClipWidth x kClipHeight).
cv::Mat makePatternFrame(int k);

struct ClipSpec
{
    std::string name; ///< file name inside the media directory, e.g. "h264_longgop.mp4"
    int frames = 0;   ///< number of frames fed to the encoder
    /// ffmpeg output arguments placed between the inputs and the output file.
    std::vector<std::string> outputArgs;
    bool withAudio = false; ///< add a 440 Hz stereo sine as a second input
};

/// Every clip the media tests rely on (valid ones; see makeDamagedFiles for the rest).
const std::vector<ClipSpec>& standardClips();

/// The directory holding generated media: $DIPTYCH_TEST_MEDIA_DIR (set by ctest) or a
/// per-user temp folder. Created if needed.
std::filesystem::path mediaDirectory();

/// Path of a generated clip or damaged file by name, generating it first if it is missing.
/// Generation writes to a temporary name and renames, so concurrent test processes are safe.
std::filesystem::path mediaPath(const std::string& name);

/// Makes every standard clip and every damaged file in `directory` (skips existing ones).
void generateAll(const std::filesystem::path& directory);

/// The whole file as bytes (empty when it cannot be read).
std::string readFile(const std::filesystem::path& path);

/// Runs a shell command; returns its exit status and fills `output` with its stdout.
int runCommand(const std::string& command, std::string* output = nullptr);

/// Single-quotes `text` for /bin/sh.
std::string shellQuote(const std::string& text);

/// `ffprobe -count_frames` of the first video stream: the reference frame count.
std::int64_t ffprobeFrameCount(const std::filesystem::path& file);

/// Presentation timestamps (seconds) of every video frame, from ffprobe, in display order.
std::vector<double> ffprobeFrameTimes(const std::filesystem::path& file);

/// The first value of `ffprobe -show_entries` for the streams `streams` selects (e.g. "v:0"),
/// e.g. ffprobeEntry(f, "v:0", "stream=codec_name").
std::string ffprobeEntry(const std::filesystem::path& file, const std::string& streams,
                         const std::string& entry);

/// The display rotation of the first video stream in clockwise degrees (0, 90, 180, 270), as
/// players apply it; ffprobe prints the display matrix's counter-clockwise angle.
int ffprobeRotation(const std::filesystem::path& file);

/// Frame `index` (0-based, presentation order) of `file` as the ffmpeg CLI decodes it, converted
/// by ffmpeg to BGR at `size` (display orientation, as ffmpeg autorotates); empty on failure.
/// The independent reference for pixel-level comparisons.
cv::Mat ffmpegFrame(const std::filesystem::path& file, std::int64_t index, cv::Size size);
/// Frames `first` .. `first + count - 1` in one ffmpeg run (fewer at the end of the stream).
std::vector<cv::Mat> ffmpegFrames(const std::filesystem::path& file, std::int64_t first, int count,
                                  cv::Size size);

/// Mean absolute difference of two BGR images of one size, over all channels (0..255).
double meanAbsDifference(const cv::Mat& a, const cv::Mat& b);

/// The shared real clips folder ($DIPTYCH_SHARED_DIR/media), or nullopt when absent.
std::optional<std::filesystem::path> sharedMediaDirectory();

/// The shared interchange samples and schemas ($DIPTYCH_SHARED_DIR/formats: EAFv3.0.xsd,
/// eaf/, otio/, edl/), or nullopt when absent. Tests that need them skip, saying so.
std::optional<std::filesystem::path> sharedFormatsDirectory();

} // namespace diptych::test
