// probe(): container and stream facts, exact frame counts and the frame-index cache.
// Expectations come from how each clip was made (tests/support/test_media.cpp) and from ffprobe.
#include "common/error.h"
#include "media/frame_index_cache.h"
#include "media/media_info_json.h"
#include "media/probe.h"
#include "probe_uncached.h"
#include "temp_dir.h"
#include "test_media.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <optional>

using namespace diptych;
using diptych::test::ffprobeEntry;
using diptych::test::mediaPath;
using diptych::test::probeUncached;

namespace {

const test::ClipSpec& specOf(const std::string& name)
{
    for (const auto& clip : test::standardClips())
        if (clip.name == name)
            return clip;
    FAIL("no clip " << name);
    throw std::logic_error("unreachable");
}

// "24/1" as ffprobe prints rates and aspect ratios.
std::string text(media::Rational r)
{
    return std::to_string(r.num) + "/" + std::to_string(r.den);
}

// Points the per-user cache at a folder of its own for the lifetime of the object.
class ScopedCacheHome
{
public:
    explicit ScopedCacheHome(const std::filesystem::path& home)
    {
        if (const char* old = std::getenv("XDG_CACHE_HOME"))
            m_old = old;
        ::setenv("XDG_CACHE_HOME", home.c_str(), 1);
    }
    ~ScopedCacheHome()
    {
        if (m_old)
            ::setenv("XDG_CACHE_HOME", m_old->c_str(), 1);
        else
            ::unsetenv("XDG_CACHE_HOME");
    }
    ScopedCacheHome(const ScopedCacheHome&) = delete;
    ScopedCacheHome& operator=(const ScopedCacheHome&) = delete;

private:
    std::optional<std::string> m_old;
};

std::size_t filesIn(const std::filesystem::path& dir)
{
    if (!std::filesystem::exists(dir))
        return 0;
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::recursive_directory_iterator(dir))
        ++n;
    return n;
}

} // namespace

TEST_CASE("probe reports every generated clip as it was made and as ffprobe sees it",
          "[media][probe]")
{
    struct Expected
    {
        std::string name;
        std::string codec;
        std::string pixelFormat;
        int bitDepth;
    };
    const auto expected = GENERATE(values<Expected>({
        {"h264_longgop.mp4", "h264", "yuv420p", 8},
        {"h264_longgop.mkv", "h264", "yuv420p", 8},
        {"h264_opengop.mkv", "h264", "yuv420p", 8},
        {"hevc.mkv", "hevc", "yuv420p", 8},
        {"vp9.webm", "vp9", "", 8}, // fed BGR, libvpx picks planar RGB
        {"av1.mkv", "av1", "", 8},
        {"mpeg2.ts", "mpeg2video", "yuv420p", 8},
        {"mjpeg.avi", "mjpeg", "yuvj420p", 8},
        {"vfr.mp4", "h264", "yuv420p", 8},
        {"h264_10bit_bt709.mkv", "h264", "yuv420p10le", 10},
        {"with_audio.mkv", "h264", "yuv420p", 8},
        {"anamorphic.mkv", "h264", "yuv420p", 8},
    }));
    CAPTURE(expected.name);
    const auto path = mediaPath(expected.name);
    const auto probed = probeUncached(path);
    const auto& info = probed.info;
    const auto& video = info.video;

    CHECK(info.path == path.string());
    CHECK(info.sizeBytes == std::int64_t(std::filesystem::file_size(path)));
    CHECK(info.container == ffprobeEntry(path, "v:0", "format=format_name"));
    CHECK(info.warnings.empty());
    CHECK(video.codec == expected.codec);
    CHECK(video.codec == ffprobeEntry(path, "v:0", "stream=codec_name"));
    CHECK(video.width == test::kClipWidth);
    CHECK(video.height == test::kClipHeight);
    if (!expected.pixelFormat.empty())
        CHECK(video.pixelFormat == expected.pixelFormat);
    CHECK(video.pixelFormat == ffprobeEntry(path, "v:0", "stream=pix_fmt"));
    CHECK(video.bitDepth == expected.bitDepth);
    CHECK(video.rotation == 0);
    CHECK(text(video.nominalRate) == ffprobeEntry(path, "v:0", "stream=r_frame_rate"));
    CHECK(text(video.averageRate) == ffprobeEntry(path, "v:0", "stream=avg_frame_rate"));

    // Every frame fed to the encoder is in the file, and ffprobe counts the same by decoding.
    CHECK(video.frameCount == specOf(expected.name).frames);
    CHECK(video.frameCount == test::ffprobeFrameCount(path));
    CHECK(probed.index->frameCount() == video.frameCount);
    CHECK(video.durationSeconds == Approx(probed.index->durationSeconds()));
    if (expected.name != "vfr.mp4") {
        CHECK(video.nominalRate.toDouble() == Approx(test::kClipFps));
        // Matroska stores times in whole milliseconds: exact to one tick of the time base.
        CHECK(video.durationSeconds == Approx(double(video.frameCount) / test::kClipFps)
                                           .margin(probed.index->timeBase().toDouble() + 1e-9));
    }
    if (expected.name == "anamorphic.mkv")
        CHECK(video.sampleAspect == media::Rational{8, 9});
    else
        CHECK(video.sampleAspect == media::Rational{1, 1});
    if (expected.name != "with_audio.mkv")
        CHECK(info.audio.empty());
}

TEST_CASE("probe counts the frames of a variable-frame-rate clip and its true duration",
          "[media][probe][vfr]")
{
    const auto probed = probeUncached(mediaPath("vfr.mp4"));
    const auto& video = probed.info.video;
    REQUIRE(video.frameCount == 96);
    // 48 frames of 1/24 s, then 48 of 1/12 s (the clip's setpts expression).
    CHECK(video.durationSeconds == Approx(48.0 / 24 + 48.0 / 12));
    CHECK(video.averageRate.toDouble() < video.nominalRate.toDouble());
    CHECK(video.averageRate.toDouble() == Approx(96 / 6.0).margin(0.5));
}

TEST_CASE("probe reports the audio streams: codec, channels, rate, language", "[media][probe]")
{
    const auto path = mediaPath("with_audio.mkv");
    const auto probed = probeUncached(path);
    REQUIRE(probed.info.audio.size() == 1);
    const auto& audio = probed.info.audio.front();
    CHECK(audio.codec == "aac");
    CHECK(audio.channels == 2);
    CHECK(audio.sampleRate == 48000);
    CHECK(audio.language == "fra");
    CHECK(audio.streamIndex == std::stoi(ffprobeEntry(path, "a:0", "stream=index")));
    CHECK(audio.streamIndex != probed.info.video.streamIndex);
}

TEST_CASE("probe reads display rotation and sample aspect ratio", "[media][probe][geometry]")
{
    // FFmpeg 5.1 turns "-metadata rotate=90" on a stream copy into a display matrix that players
    // (and ffmpeg) apply as 90 degrees counter-clockwise: the truth is the matrix.
    const auto rotated = probeUncached(mediaPath("rotated90.mp4")).info.video;
    CHECK(rotated.rotation == test::ffprobeRotation(mediaPath("rotated90.mp4")));
    CHECK((rotated.rotation == 90 || rotated.rotation == 270));
    CHECK(rotated.width == test::kClipWidth);
    CHECK(rotated.height == test::kClipHeight);
    CHECK(rotated.displayWidth() == test::kClipHeight);
    CHECK(rotated.displayHeight() == test::kClipWidth);
    CHECK(rotated.frameCount == test::ffprobeFrameCount(mediaPath("rotated90.mp4")));

    const auto anamorphic = probeUncached(mediaPath("anamorphic.mkv")).info.video;
    CHECK(ffprobeEntry(mediaPath("anamorphic.mkv"), "v:0", "stream=sample_aspect_ratio") == "8:9");
    CHECK(anamorphic.displayWidth() == 284); // 320 * 8 / 9 = 284.4
    CHECK(anamorphic.displayHeight() == test::kClipHeight);
}

TEST_CASE("probe counts frames, not what the container declares, for an edit list",
          "[media][probe][editlist]")
{
    const auto path = mediaPath("editlist.mp4");
    const auto probed = probeUncached(path);
    // The copy starts 1.5 s (frame 36) into a 240-frame clip: 204 frames are presented.
    CHECK(probed.info.video.frameCount == 240 - 36);
    CHECK(probed.info.video.frameCount == test::ffprobeFrameCount(path));
    CHECK(probed.info.video.durationSeconds == Approx(204.0 / 24));
}

TEST_CASE("probe's JSON form carries the documented fields", "[media][probe][json]")
{
    const auto probed = probeUncached(mediaPath("with_audio.mkv"));
    const auto json = media::toJson(probed.info);
    CHECK(json.at("path") == probed.info.path);
    CHECK(json.at("container") == "matroska,webm");
    CHECK(json.at("duration_s").get<double>() == Approx(72.0 / 24).margin(0.0011));
    const auto& video = json.at("video");
    CHECK(video.at("codec") == "h264");
    CHECK(video.at("width") == 320);
    CHECK(video.at("height") == 240);
    CHECK(video.at("sar") == "1:1");
    CHECK(video.at("rotation") == 0);
    CHECK(video.at("fps").get<double>() == Approx(24));
    CHECK(video.at("frames") == 72);
    CHECK(video.at("pix_fmt") == "yuv420p");
    REQUIRE(json.at("audio").size() == 1);
    CHECK(json.at("audio")[0].at("codec") == "aac");
    CHECK(json.at("audio")[0].at("channels") == 2);
    CHECK(json.at("audio")[0].at("sample_rate") == 48000);
    CHECK(json.at("audio")[0].at("language") == "fra");
    CHECK(json.at("warnings").empty());

    const auto ntsc = [] {
        media::MediaInfo info;
        info.video.nominalRate = {30000, 1001};
        info.video.sampleAspect = {8, 9};
        return media::toJson(info);
    }();
    CHECK(ntsc.at("video").at("fps").get<double>() == 29.97);
    CHECK(ntsc.at("video").at("sar") == "8:9");
}

TEST_CASE("The frame-index cache returns what was stored and forgets changed files",
          "[media][probe][cache]")
{
    test::TempDir dir;
    const auto clip = dir / "clip.mkv";
    std::filesystem::copy_file(mediaPath("h264_longgop.mkv"), clip);
    const media::FrameIndexCache cache(dir / "cache");
    CHECK_FALSE(cache.load(clip).has_value());

    const auto probed = probeUncached(clip);
    cache.store(clip, *probed.index);
    const auto loaded = cache.load(clip);
    REQUIRE(loaded.has_value());
    CHECK(*loaded == *probed.index);

    // A changed file (other size) is another key: the stale entry must not be used.
    std::ofstream(clip, std::ios::app | std::ios::binary) << "appended bytes";
    CHECK_FALSE(cache.load(clip).has_value());
    CHECK_FALSE(cache.load(dir / "missing.mkv").has_value());
}

TEST_CASE("probe fills and reuses the per-user cache, but never for damaged files",
          "[media][probe][cache]")
{
    test::TempDir dir;
    const ScopedCacheHome home(dir / "cache-home");
    const auto cacheDir = dir / "cache-home" / "diptych" / "frame-index";

    const auto path = mediaPath("hevc.mkv");
    const auto first = media::probe(path);
    CHECK(filesIn(cacheDir) == 1);
    const auto second = media::probe(path);
    CHECK(*second.index == *first.index);
    CHECK(second.info.video.frameCount == test::ffprobeFrameCount(path));
    CHECK(*probeUncached(path).index == *first.index);

    // Damaged files are rescanned every time so their warnings are reported again.
    const auto truncated = mediaPath("truncated.mkv");
    CHECK_FALSE(media::probe(truncated).info.warnings.empty());
    CHECK(filesIn(cacheDir) == 1);
    CHECK_FALSE(media::probe(truncated).info.warnings.empty());
}

TEST_CASE("probe reports progress and honours cancellation", "[media][probe]")
{
    const auto path = mediaPath("h264_longgop.mkv");
    long long lastDone = -1;
    long long total = 0;
    media::ProbeOptions options;
    options.useCache = false;
    options.progress = [&](long long done, long long all) {
        CHECK(done >= lastDone);
        lastDone = done;
        total = all;
    };
    media::probe(path, options);
    CHECK(total == std::int64_t(std::filesystem::file_size(path)));
    CHECK(lastDone == total);

    CancellationToken cancel;
    cancel.cancel();
    options.progress = {};
    options.cancel = &cancel;
    CHECK_THROWS_AS(media::probe(path, options), Cancelled);
}
