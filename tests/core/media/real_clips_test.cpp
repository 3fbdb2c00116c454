// The real films in $DIPTYCH_SHARED_DIR/media (see SOURCES.md there for their facts). Skipped,
// with a message, where the folder is absent. The files are read in place, never copied.
#include "media/probe.h"
#include "media/video_decoder.h"
#include "probe_uncached.h"
#include "test_media.h"

#include <catch2/catch.hpp>
#include <opencv2/core.hpp>

#include <algorithm>

using namespace diptych;
using diptych::test::probeUncached;

namespace {

std::optional<std::filesystem::path> realClip(const std::string& name)
{
    const auto dir = test::sharedMediaDirectory();
    if (!dir) {
        WARN("DIPTYCH_SHARED_DIR not set or has no media folder: skipping real clips");
        return std::nullopt;
    }
    const auto path = *dir / name;
    if (!std::filesystem::exists(path)) {
        WARN(name << " is missing from " << dir->string() << ": skipping it");
        return std::nullopt;
    }
    return path;
}

} // namespace

TEST_CASE("Real clips: probe facts match SOURCES.md", "[media][real]")
{
    // Straight from the table in SOURCES.md (frame counts there are ffprobe -count_frames).
    struct Fact
    {
        std::string name;
        std::string codec;
        int width;
        int height;
        media::Rational sar;
        media::Rational fps;
        std::int64_t frames;
        std::size_t audioStreams;
    };
    const auto fact = GENERATE(values<Fact>({
        {"bbb_trailer_480p.mkv", "h264", 854, 480, {1, 1}, {25, 1}, 812, 1},
        {"bbb_opening_30s_720p.webm", "vp8", 1280, 720, {1, 1}, {24, 1}, 720, 1},
        {"tos_excerpt_10s_640x360.mp4", "h264", 640, 360, {1, 1}, {24, 1}, 240, 0},
        {"sintel_excerpt_10s_640x360.mp4", "h264", 640, 360, {1, 1}, {24, 1}, 240, 0},
        {"caminandes1_excerpt_10s_640x360.mp4", "h264", 640, 360, {1, 1}, {24, 1}, 240, 0},
        {"popeye1936_p1_hd_24p.mkv", "hevc", 1440, 1074, {1, 1}, {24, 1}, 1440, 0},
        {"popeye1936_p2_hd_24p.mkv", "hevc", 1440, 1074, {1, 1}, {24, 1}, 1440, 0},
        {"popeye1936_p3_hd_24p.mkv", "hevc", 1440, 1074, {1, 1}, {24, 1}, 1440, 0},
        {"popeye1936_p4_hd_24p.mkv", "hevc", 1440, 1072, {1, 1}, {24, 1}, 1440, 0},
        {"popeye1936_p1_sd_2997.mkv", "hevc", 720, 478, {8, 9}, {30000, 1001}, 1799, 0},
        {"popeye1936_p2_sd_2997.mkv", "hevc", 720, 478, {8, 9}, {30000, 1001}, 1800, 0},
        {"popeye1936_p3_sd_2997.mkv", "hevc", 720, 478, {8, 9}, {30000, 1001}, 1800, 0},
        {"popeye1936_p4_sd_2997.mkv", "hevc", 720, 476, {8, 9}, {30000, 1001}, 1800, 0},
    }));
    CAPTURE(fact.name);
    const auto path = realClip(fact.name);
    if (!path)
        return;
    const auto info = probeUncached(*path).info;
    CHECK(info.video.codec == fact.codec);
    CHECK(info.video.width == fact.width);
    CHECK(info.video.height == fact.height);
    CHECK(info.video.sampleAspect == fact.sar); // caminandes has none set: reported as 1:1
    CHECK(info.video.nominalRate == fact.fps);
    CHECK(info.video.frameCount == fact.frames);
    CHECK(info.video.pixelFormat == "yuv420p");
    CHECK(info.video.bitDepth == 8);
    CHECK(info.video.rotation == 0);
    CHECK(info.audio.size() == fact.audioStreams);
    CHECK(info.warnings.empty());
    // The video's own duration, not the container's (longer for Popeye: subtitles run on).
    CHECK(info.video.durationSeconds ==
          Approx(double(fact.frames) / fact.fps.toDouble()).margin(0.05));
    if (fact.name.starts_with("popeye1936_p1")) {
        CHECK(info.containerDurationSeconds > info.video.durationSeconds + 1.0);
    }
    if (fact.sar == media::Rational{8, 9})
        CHECK(info.video.displayWidth() == 640);
}

TEST_CASE("Real clips: frame counts equal ffprobe -count_frames", "[media][real]")
{
    const std::string name =
        GENERATE(as<std::string>{}, "tos_excerpt_10s_640x360.mp4", "popeye1936_p1_sd_2997.mkv",
                 "caminandes1_excerpt_10s_640x360.mp4");
    CAPTURE(name);
    const auto path = realClip(name);
    if (!path)
        return;
    CHECK(probeUncached(*path).info.video.frameCount == test::ffprobeFrameCount(*path));
}

TEST_CASE("Real clips: the bbb trailer's audio stream", "[media][real]")
{
    const auto path = realClip("bbb_trailer_480p.mkv");
    if (!path)
        return;
    const auto info = probeUncached(*path).info;
    REQUIRE(info.audio.size() == 1);
    CHECK(info.audio[0].codec == "aac");
    // SOURCES.md says stereo; the stream is 5.1: ffprobe is the reference here.
    CHECK(info.audio[0].channels == std::stoi(test::ffprobeEntry(*path, "a:0", "stream=channels")));
    CHECK(info.audio[0].sampleRate == 48000);
    CHECK(info.audio[0].language == "eng");
}

TEST_CASE("Real clips: random frames equal ffmpeg's decode of the same frame", "[media][real]")
{
    struct Sample
    {
        std::string name;
        std::vector<std::int64_t> frames;
    };
    const auto sample = GENERATE(values<Sample>({
        {"tos_excerpt_10s_640x360.mp4", {239, 21, 0, 185, 64, 65}},
        {"sintel_excerpt_10s_640x360.mp4", {118, 58, 200, 1}},
        {"bbb_trailer_480p.mkv", {227, 0}},
        {"bbb_opening_30s_720p.webm", {283, 5}},
        {"popeye1936_p3_sd_2997.mkv", {100, 13}},
    }));
    CAPTURE(sample.name);
    const auto path = realClip(sample.name);
    if (!path)
        return;
    const auto probed = probeUncached(*path);
    media::VideoDecoder decoder(*path, probed.index);
    for (const auto k : sample.frames) {
        CAPTURE(k);
        const cv::Mat image = decoder.frame(k);
        CHECK(image.size() ==
              cv::Size(probed.info.video.displayWidth(), probed.info.video.displayHeight()));
        // ffmpeg's frames k-1, k, k+1 in one run.
        const std::int64_t first = std::max<std::int64_t>(0, k - 1);
        const auto references = test::ffmpegFrames(*path, first, 3, image.size());
        REQUIRE(std::int64_t(references.size()) > k - first);
        const cv::Mat& reference = references[std::size_t(k - first)];
        const double same = test::meanAbsDifference(image, reference);
        CHECK(same < 2.0);
        // Where the neighbours differ from frame k, ours is closer to k than to them.
        for (const auto& neighbour : references) {
            if (&neighbour != &reference &&
                test::meanAbsDifference(reference, neighbour) > 2.0 * same + 1.0)
                CHECK(test::meanAbsDifference(image, neighbour) > same);
        }
    }
}

TEST_CASE("Real clips: stepping back and sequential reading give identical pictures",
          "[media][real][step]")
{
    const auto path = realClip("sintel_excerpt_10s_640x360.mp4");
    if (!path)
        return;
    const auto probed = probeUncached(*path);
    media::VideoDecoder sequential(*path, probed.index);
    std::vector<cv::Mat> frames;
    sequential.seekSequential(60);
    for (int k = 60; k <= 120; ++k) {
        REQUIRE(sequential.decodeNext() == k);
        frames.push_back(sequential.currentImage());
    }
    media::VideoDecoder stepping(*path, probed.index);
    for (int k = 120; k >= 60; --k) {
        CAPTURE(k);
        const cv::Mat image = stepping.frame(k);
        REQUIRE(cv::norm(image, frames[std::size_t(k - 60)], cv::NORM_INF) == 0);
    }
}
