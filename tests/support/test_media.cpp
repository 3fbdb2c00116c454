#include "test_media.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace diptych::test {

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

namespace {

constexpr int kBits = 12;
constexpr int kCell = 24; // cell edge in pixels: large enough to survive any codec here
constexpr int kCellTop = 8;
constexpr int kCellLeft = 16;

cv::Rect cellRect(int bit)
{
    return {kCellLeft + bit * kCell, kCellTop, kCell, kCell};
}

void writeFile(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
}

std::filesystem::path temporaryBeside(const std::filesystem::path& path)
{
    return path.parent_path() /
           (".tmp-" + std::to_string(::getpid()) + "-" + path.filename().string());
}

// Encodes `spec` to `target` by piping raw BGR frames into the ffmpeg CLI.
void encodeClip(const ClipSpec& spec, const std::filesystem::path& target)
{
    std::ostringstream command;
    command << "ffmpeg -nostdin -hide_banner -loglevel error -y -f rawvideo -pix_fmt bgr24 -s "
            << kClipWidth << 'x' << kClipHeight << " -r " << kClipFps << " -i -";
    if (spec.withAudio)
        command << " -f lavfi -i " << shellQuote("sine=frequency=440:sample_rate=48000")
                << " -ac 2 -shortest";
    for (const auto& arg : spec.outputArgs)
        command << ' ' << shellQuote(arg);
    command << ' ' << shellQuote(target.string());
    FILE* pipe = ::popen(command.str().c_str(), "w");
    if (!pipe)
        throw std::runtime_error("cannot start ffmpeg");
    for (int k = 0; k < spec.frames; ++k) {
        const cv::Mat frame = makePatternFrame(k);
        std::fwrite(frame.data, 1, frame.total() * frame.elemSize(), pipe);
    }
    if (const int status = ::pclose(pipe); status != 0)
        throw std::runtime_error("ffmpeg failed to make " + spec.name + ": " + command.str());
}

void ffmpeg(const std::string& arguments)
{
    const std::string command = "ffmpeg -nostdin -hide_banner -loglevel error -y " + arguments;
    if (runCommand(command) != 0)
        throw std::runtime_error("command failed: " + command);
}

// Damaged and unusable inputs, each made from a valid clip or from scratch.
const std::map<std::string, std::function<void(const std::filesystem::path&)>>& damagedFiles()
{
    static const std::map<std::string, std::function<void(const std::filesystem::path&)>> makers = {
        {"not_media.mp4",
         [](const auto& out) { writeFile(out, "This is a text file, not a film.\n"); }},
        {"empty.mp4", [](const auto& out) { writeFile(out, ""); }},
        {"truncated.mkv",
         [](const auto& out) {
             const std::string whole = readFile(mediaPath("h264_longgop.mkv"));
             writeFile(out, whole.substr(0, whole.size() * 6 / 10));
         }},
        {"truncated_moov_at_end.mp4",
         [](const auto& out) {
             const std::string whole = readFile(mediaPath("h264_longgop.mp4"));
             writeFile(out, whole.substr(0, whole.size() / 2));
         }},
        {"corrupt_middle.ts",
         [](const auto& out) {
             std::string bytes = readFile(mediaPath("mpeg2.ts"));
             // Overwrite a run of whole TS packets in the middle with noise (sync bytes kept),
             // so the demuxer keeps going and the decoder meets garbage.
             std::mt19937 random(7);
             const std::size_t first = (bytes.size() / 2) / 188 * 188;
             for (std::size_t p = first; p < first + 188 * 40 && p + 188 <= bytes.size(); p += 188)
                 for (std::size_t i = p + 4; i < p + 188; ++i)
                     bytes[i] = char(random() & 0xff);
             writeFile(out, bytes);
         }},
        {"unsupported_codec.avi",
         [](const auto& out) {
             std::string bytes = readFile(mediaPath("mjpeg.avi"));
             for (std::size_t at = bytes.find("MJPG"); at != std::string::npos;
                  at = bytes.find("MJPG", at))
                 bytes.replace(at, 4, "ZZZZ");
             writeFile(out, bytes);
         }},
        {"absurd_size.y4m",
         [](const auto& out) {
             writeFile(out, "YUV4MPEG2 W100000 H100000 F24:1 Ip A1:1 C420jpeg\nFRAME\n" +
                                std::string(4096, '\x80'));
         }},
        {"audio_only.m4a",
         [](const auto& out) {
             ffmpeg("-f lavfi -i sine=frequency=440:duration=1 -c:a aac " +
                    shellQuote(out.string()));
         }},
    };
    return makers;
}

} // namespace

cv::Mat makePatternFrame(int k)
{
    cv::Mat frame(kClipHeight, kClipWidth, CV_8UC3);
    // Background: a diagonal gradient that scrolls with k plus deterministic noise, so every
    // frame differs and inter prediction has real work (B-frames, long GOPs are exercised).
    cv::RNG rng(std::uint64_t(k) * 7919 + 1);
    for (int y = 0; y < kClipHeight; ++y)
        for (int x = 0; x < kClipWidth; ++x) {
            const int base = (x + y + 3 * k) % 256;
            frame.at<cv::Vec3b>(y, x) = cv::Vec3b(std::uint8_t(base), std::uint8_t(255 - base),
                                                  std::uint8_t((base + 85) % 256));
        }
    cv::Mat noise(frame.size(), CV_8UC3);
    rng.fill(noise, cv::RNG::UNIFORM, 0, 24);
    frame += noise;
    // A moving square: motion for the encoder's estimator.
    cv::rectangle(frame, cv::Rect((k * 5) % (kClipWidth - 40), 120, 40, 40),
                  cv::Scalar(40, 200, 240), cv::FILLED);
    // A fixed pure-red patch at the bottom right, for colour checks.
    cv::rectangle(frame, cv::Rect(kClipWidth - 48, kClipHeight - 48, 40, 40), cv::Scalar(0, 0, 255),
                  cv::FILLED);
    // The frame number, in a black band with a white start marker at the left.
    cv::rectangle(frame, cv::Rect(0, 0, kClipWidth, kCellTop * 2 + kCell), cv::Scalar::all(0),
                  cv::FILLED);
    cv::rectangle(frame, cv::Rect(2, kCellTop, 8, kCell), cv::Scalar::all(255), cv::FILLED);
    for (int bit = 0; bit < kBits; ++bit)
        if (k & (1 << bit))
            cv::rectangle(frame, cellRect(bit), cv::Scalar::all(255), cv::FILLED);
    return frame;
}

std::optional<int> readFrameNumber(const cv::Mat& image)
{
    if (image.empty() || image.cols != kClipWidth || image.rows != kClipHeight ||
        image.type() != CV_8UC3)
        return std::nullopt;
    cv::Mat gray;
    cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    const auto meanOf = [&gray](cv::Rect r) {
        // The inner half of a cell: edges blur under compression and scaling.
        const cv::Rect inner(r.x + r.width / 4, r.y + r.height / 4, r.width / 2, r.height / 2);
        return cv::mean(gray(inner))[0];
    };
    if (meanOf(cv::Rect(2, kCellTop, 8, kCell)) < 160)
        return std::nullopt; // no start marker: not one of our frames
    int value = 0;
    for (int bit = 0; bit < kBits; ++bit) {
        const double level = meanOf(cellRect(bit));
        if (level > 96 && level < 160)
            return std::nullopt; // neither black nor white: damaged
        if (level >= 160)
            value |= 1 << bit;
    }
    return value;
}

const std::vector<ClipSpec>& standardClips()
{
    // Small pictures and few frames keep generation to seconds, yet every clip exercises the
    // structure named: long GOPs with B-frames, open GOPs, non-zero start, VFR, rotation...
    static const std::vector<ClipSpec> clips = {
        {"h264_longgop.mp4",
         240,
         {"-c:v", "libx264", "-preset", "veryfast", "-crf", "16", "-bf", "3", "-b-pyramid",
          "normal", "-g", "100", "-keyint_min", "100", "-sc_threshold", "0", "-pix_fmt",
          "yuv420p"}},
        {"h264_longgop.mkv",
         240,
         {"-c:v", "libx264", "-preset", "veryfast", "-crf", "16", "-bf", "3", "-g", "100",
          "-keyint_min", "100", "-sc_threshold", "0", "-pix_fmt", "yuv420p"}},
        {"h264_opengop.mkv",
         180,
         {"-c:v", "libx264", "-preset", "veryfast", "-crf", "16", "-bf", "3", "-x264-params",
          "open-gop=1:keyint=60:min-keyint=60:scenecut=0", "-pix_fmt", "yuv420p"}},
        {"hevc.mkv",
         120,
         {"-c:v", "libx265", "-preset", "ultrafast", "-crf", "18", "-x265-params",
          "keyint=48:min-keyint=48:open-gop=1:bframes=4:log-level=error", "-pix_fmt", "yuv420p"}},
        {"vp9.webm",
         96,
         {"-c:v", "libvpx-vp9", "-deadline", "good", "-cpu-used", "8", "-crf", "20", "-b:v", "0",
          "-g", "48", "-auto-alt-ref", "1", "-lag-in-frames", "16", "-pix_fmt", "yuv420p"}},
        {"av1.mkv",
         48,
         {"-c:v", "libaom-av1", "-cpu-used", "8", "-crf", "20", "-b:v", "0", "-g", "24", "-row-mt",
          "1", "-pix_fmt", "yuv420p"}},
        {"mpeg2.ts",
         120,
         {"-c:v", "mpeg2video", "-q:v", "2", "-bf", "2", "-g", "15", "-f", "mpegts"}},
        {"mjpeg.avi", 48, {"-c:v", "mjpeg", "-q:v", "2", "-pix_fmt", "yuvj420p"}},
        // Variable frame rate: the first 48 frames 1/24 s apart, the rest 1/12 s apart.
        {"vfr.mp4",
         96,
         {"-vf", "setpts='if(lt(N,48),N,48+(N-48)*2)/(24*TB)'", "-fps_mode", "passthrough", "-c:v",
          "libx264", "-preset", "veryfast", "-crf", "16", "-bf", "2", "-video_track_timescale",
          "24000", "-pix_fmt", "yuv420p"}},
        // 10-bit, converted to YUV with the BT.709 matrix it is tagged with.
        {"h264_10bit_bt709.mkv",
         48,
         {"-vf", "scale=out_color_matrix=bt709:out_range=tv", "-c:v", "libx264", "-preset",
          "veryfast", "-crf", "12", "-pix_fmt", "yuv420p10le", "-color_primaries", "bt709",
          "-color_trc", "bt709", "-colorspace", "bt709"}},
        {"with_audio.mkv",
         72,
         {"-c:v", "libx264", "-preset", "veryfast", "-crf", "16", "-pix_fmt", "yuv420p", "-c:a",
          "aac", "-b:a", "128k", "-metadata:s:a:0", "language=fra"},
         true},
        // Anamorphic: 8:9 pixels as on a DVD, so display width differs from coded width.
        {"anamorphic.mkv",
         24,
         {"-vf", "setsar=8/9", "-c:v", "libx264", "-preset", "veryfast", "-crf", "16", "-pix_fmt",
          "yuv420p"}},
    };
    return clips;
}

std::filesystem::path mediaDirectory()
{
    std::filesystem::path dir;
    if (const char* env = std::getenv("DIPTYCH_TEST_MEDIA_DIR"); env && *env)
        dir = env;
    else
        dir = std::filesystem::temp_directory_path() /
              ("diptych-test-media-" + std::to_string(::getuid()));
    std::filesystem::create_directories(dir);
    return dir;
}

std::filesystem::path mediaPath(const std::string& name)
{
    const std::filesystem::path target = mediaDirectory() / name;
    if (std::filesystem::exists(target))
        return target;
    const std::filesystem::path temporary = temporaryBeside(target);
    if (name == "editlist.mp4") {
        // A stream copy cut 1.5 s into a long GOP: MP4 keeps the packets from the keyframe
        // before and an edit list that hides the frames before 1.5 s (frame 36).
        ffmpeg("-ss 1.5 -i " + shellQuote(mediaPath("h264_longgop.mp4").string()) +
               " -c copy -f mp4 " + shellQuote(temporary.string()));
    } else if (name == "three_shots.mkv") {
        // Three unrelated 30-frame shots: hard cuts at frames 30 and 60, nothing else.
        ffmpeg("-f lavfi -i testsrc2=s=320x240:r=24:d=1.25 -f lavfi -i "
               "smptebars=s=320x240:r=24:d=1.25 "
               "-f lavfi -i rgbtestsrc=s=320x240:r=24:d=1.25 "
               "-filter_complex '[0][1][2]concat=n=3:v=1:a=0' -c:v libx264 -preset veryfast "
               "-crf 18 -pix_fmt yuv420p " +
               shellQuote(temporary.string()));
    } else if (name == "many_shots.mkv") {
        // kManyShotsCount moving shots of kManyShotsLength frames each, hard cuts between: long
        // enough for an analysis to be interrupted half-way.
        std::string inputs;
        std::string chain;
        const char* sources[] = {"testsrc2", "smptebars",  "mandelbrot", "rgbtestsrc",
                                 "testsrc",  "yuvtestsrc", "pal100bars", "smptehdbars"};
        for (int i = 0; i < kManyShotsCount; ++i) {
            inputs += " -t " + std::to_string(kManyShotsLength / 24.0) + " -f lavfi -i " +
                      sources[i % 8] + "=s=320x240:r=24";
            // A different hue and a slow drift per shot, so no two shots look alike.
            chain += "[" + std::to_string(i) + "]hue=h=" + std::to_string((i / 8) * 90) +
                     ",crop=300:220:'10+8*sin(t*" + std::to_string(1 + i % 3) +
                     ")':'10+8*cos(t)',scale=320:240,setsar=1[v" + std::to_string(i) + "];";
        }
        for (int i = 0; i < kManyShotsCount; ++i)
            chain += "[v" + std::to_string(i) + "]";
        chain += "concat=n=" + std::to_string(kManyShotsCount) + ":v=1:a=0";
        ffmpeg(inputs + " -filter_complex " + shellQuote(chain) +
               " -c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p " +
               shellQuote(temporary.string()));
    } else if (name == "rotated90.mp4") {
        // FFmpeg 5.1 writes a display matrix from the "rotate" tag only on stream copy, and
        // writes it counter-clockwise: players show this clip turned 270 degrees clockwise.
        ffmpeg("-i " + shellQuote(mediaPath("h264_longgop.mp4").string()) +
               " -c copy -metadata:s:v:0 rotate=90 " + shellQuote(temporary.string()));
    } else if (const auto damaged = damagedFiles().find(name); damaged != damagedFiles().end()) {
        damaged->second(temporary);
    } else {
        const auto& clips = standardClips();
        const auto spec = std::find_if(clips.begin(), clips.end(),
                                       [&name](const ClipSpec& c) { return c.name == name; });
        if (spec == clips.end())
            throw std::runtime_error("no test media called " + name);
        // ffmpeg picks the muxer from the extension, so keep it on the temporary name.
        encodeClip(*spec, temporary);
    }
    std::filesystem::rename(temporary, target);
    return target;
}

void generateAll(const std::filesystem::path& directory)
{
    ::setenv("DIPTYCH_TEST_MEDIA_DIR", directory.c_str(), 1);
    for (const auto& clip : standardClips())
        mediaPath(clip.name);
    mediaPath("editlist.mp4");
    mediaPath("rotated90.mp4");
    mediaPath("three_shots.mkv");
    mediaPath("many_shots.mkv");
    for (const auto& [name, maker] : damagedFiles())
        mediaPath(name);
}

int runCommand(const std::string& command, std::string* output)
{
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return -1;
    std::array<char, 4096> buffer{};
    std::string text;
    while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        text.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    if (output)
        *output = std::move(text);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string shellQuote(const std::string& text)
{
    std::string quoted = "'";
    for (const char c : text) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    return quoted + "'";
}

std::int64_t ffprobeFrameCount(const std::filesystem::path& file)
{
    std::string output;
    const int status = runCommand("ffprobe -v error -select_streams v:0 -count_frames "
                                  "-show_entries stream=nb_read_frames -of csv=p=0 " +
                                      shellQuote(file.string()),
                                  &output);
    if (status != 0)
        throw std::runtime_error("ffprobe failed on " + file.string());
    return std::stoll(output);
}

std::vector<double> ffprobeFrameTimes(const std::filesystem::path& file)
{
    std::string output;
    runCommand(
        "ffprobe -v error -select_streams v:0 -show_entries frame=best_effort_timestamp_time "
        "-of csv=p=0 " +
            shellQuote(file.string()),
        &output);
    std::vector<double> times;
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);)
        if (!line.empty() && line != "N/A")
            times.push_back(std::stod(line));
    return times;
}

std::string ffprobeEntry(const std::filesystem::path& file, const std::string& streams,
                         const std::string& entry)
{
    std::string output;
    const int status =
        runCommand("ffprobe -v error -select_streams " + shellQuote(streams) + " -show_entries " +
                       shellQuote(entry) + " -of default=noprint_wrappers=1:nokey=1 " +
                       shellQuote(file.string()),
                   &output);
    if (status != 0)
        throw std::runtime_error("ffprobe failed on " + file.string());
    // MPEG-TS lists its streams again under their program: keep the first value.
    return output.substr(0, output.find_first_of("\r\n"));
}

int ffprobeRotation(const std::filesystem::path& file)
{
    const std::string counterClockwise = ffprobeEntry(file, "v:0", "stream_side_data=rotation");
    if (counterClockwise.empty())
        return 0;
    return ((-std::stoi(counterClockwise)) % 360 + 360) % 360;
}

std::vector<cv::Mat> ffmpegFrames(const std::filesystem::path& file, std::int64_t first, int count,
                                  cv::Size size)
{
    std::ostringstream command;
    command << "ffmpeg -nostdin -v error -i " << shellQuote(file.string()) << " -vf "
            << shellQuote("select=between(n\\," + std::to_string(first) + "\\," +
                          std::to_string(first + count - 1) + "),scale=" +
                          std::to_string(size.width) + ":" + std::to_string(size.height))
            << " -fps_mode passthrough -frames:v " << count << " -pix_fmt bgr24 -f rawvideo -";
    std::string bytes;
    std::vector<cv::Mat> frames;
    const std::size_t frameBytes = std::size_t(size.area()) * 3;
    if (runCommand(command.str(), &bytes) != 0)
        return frames;
    for (std::size_t at = 0; at + frameBytes <= bytes.size(); at += frameBytes) {
        cv::Mat image(size, CV_8UC3);
        std::copy_n(bytes.begin() + std::ptrdiff_t(at), frameBytes,
                    reinterpret_cast<char*>(image.data));
        frames.push_back(image);
    }
    return frames;
}

cv::Mat ffmpegFrame(const std::filesystem::path& file, std::int64_t index, cv::Size size)
{
    auto frames = ffmpegFrames(file, index, 1, size);
    return frames.size() == 1 ? frames.front() : cv::Mat();
}

double meanAbsDifference(const cv::Mat& a, const cv::Mat& b)
{
    if (a.size() != b.size() || a.type() != b.type())
        throw std::invalid_argument("meanAbsDifference: images differ in size or type");
    cv::Mat difference;
    cv::absdiff(a, b, difference);
    const cv::Scalar perChannel = cv::mean(difference);
    return (perChannel[0] + perChannel[1] + perChannel[2]) / 3.0;
}

namespace {

std::optional<std::filesystem::path> sharedSubdirectory(const char* name)
{
    const char* env = std::getenv("DIPTYCH_SHARED_DIR");
    if (!env || !*env)
        return std::nullopt;
    const std::filesystem::path dir = std::filesystem::path(env) / name;
    if (!std::filesystem::is_directory(dir))
        return std::nullopt;
    return dir;
}

} // namespace

std::optional<std::filesystem::path> sharedMediaDirectory()
{
    return sharedSubdirectory("media");
}

std::optional<std::filesystem::path> sharedFormatsDirectory()
{
    return sharedSubdirectory("formats");
}

} // namespace diptych::test
