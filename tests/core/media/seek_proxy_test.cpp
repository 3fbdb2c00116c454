#include "common/error.h"
#include "media/probe.h"
#include "media/seek_proxy.h"
#include "media/video_decoder.h"
#include "probe_uncached.h"
#include "temp_dir.h"
#include "test_media.h"

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

using namespace diptych;
using diptych::test::mediaPath;
using diptych::test::probeUncached;
using diptych::test::readFrameNumber;

TEST_CASE("A seek proxy holds exactly the film's frames in order", "[media][proxy]")
{
    const std::string name =
        GENERATE(as<std::string>{}, "h264_longgop.mp4", "editlist.mp4", "vfr.mp4", "mpeg2.ts");
    CAPTURE(name);
    test::TempDir dir;
    const auto proxyPath = dir / "proxy.mp4";
    media::buildSeekProxy(mediaPath(name), proxyPath);

    const auto original = probeUncached(mediaPath(name));
    const auto proxy = probeUncached(proxyPath);
    REQUIRE(proxy.info.video.frameCount == original.info.video.frameCount);
    // Short GOPs are the point: no frame is more than 12 frames from a keyframe.
    const auto& keyframes = proxy.index->keyframes();
    REQUIRE_FALSE(keyframes.empty());
    for (std::size_t i = 1; i < keyframes.size(); ++i)
        CHECK(keyframes[i] - keyframes[i - 1] <= 12);

    media::VideoDecoder originalDecoder(mediaPath(name), original.index);
    media::VideoDecoder proxyDecoder(proxyPath, proxy.index);
    proxyDecoder.seekSequential(0);
    for (std::int64_t k = 0; k < proxy.index->frameCount(); ++k) {
        REQUIRE(proxyDecoder.decodeNext() == k);
        const auto shown = readFrameNumber(proxyDecoder.currentImage());
        const auto expected = readFrameNumber(originalDecoder.frame(k));
        REQUIRE(expected.has_value());
        CHECK(shown == expected);
    }
}

TEST_CASE("A seek proxy keeps display geometry and honours its size limit", "[media][proxy]")
{
    test::TempDir dir;
    SECTION("rotation")
    {
        media::buildSeekProxy(mediaPath("rotated90.mp4"), dir / "r.mp4");
        const auto original = probeUncached(mediaPath("rotated90.mp4"));
        const auto proxy = probeUncached(dir / "r.mp4");
        REQUIRE(original.info.video.rotation != 0);
        CHECK(proxy.info.video.rotation == original.info.video.rotation);
        CHECK(proxy.info.video.displayWidth() == test::kClipHeight);
        CHECK(proxy.info.video.displayHeight() == test::kClipWidth);
    }
    SECTION("anamorphic pixels")
    {
        media::buildSeekProxy(mediaPath("anamorphic.mkv"), dir / "a.mp4");
        const auto original = probeUncached(mediaPath("anamorphic.mkv"));
        const auto proxy = probeUncached(dir / "a.mp4");
        CHECK(proxy.info.video.displayWidth() == original.info.video.displayWidth());
        CHECK(proxy.info.video.displayHeight() == original.info.video.displayHeight());
    }
    SECTION("downscaled")
    {
        media::SeekProxyOptions options;
        options.maxWidth = 160;
        media::buildSeekProxy(mediaPath("h264_longgop.mp4"), dir / "s.mp4", options);
        const auto proxy = probeUncached(dir / "s.mp4");
        CHECK(proxy.info.video.width == 160);
        CHECK(proxy.info.video.height == 120);
        media::VideoDecoder decoder(dir / "s.mp4", proxy.index);
        // Scaled back up to the clip's size, the frame number is still legible.
        cv::Mat up;
        cv::resize(decoder.frame(77), up, cv::Size(test::kClipWidth, test::kClipHeight));
        CHECK(readFrameNumber(up) == 77);
    }
}

TEST_CASE("A cancelled or failed proxy build leaves no file behind", "[media][proxy]")
{
    test::TempDir dir;
    SECTION("cancelled")
    {
        CancellationToken cancel;
        cancel.cancel();
        CHECK_THROWS_AS(
            media::buildSeekProxy(mediaPath("h264_longgop.mp4"), dir / "p.mp4", {}, &cancel),
            Cancelled);
    }
    SECTION("not media")
    {
        CHECK_THROWS_AS(media::buildSeekProxy(mediaPath("not_media.mp4"), dir / "p.mp4"),
                        MediaError);
    }
    CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("Seek proxies are kept per source file in the user cache", "[media][proxy]")
{
    test::TempDir dir;
    const auto a = media::seekProxyPath(mediaPath("h264_longgop.mp4"), dir.path());
    const auto b = media::seekProxyPath(mediaPath("h264_longgop.mkv"), dir.path());
    CHECK(a.parent_path() == dir.path());
    CHECK(a != b);
    CHECK(a == media::seekProxyPath(mediaPath("h264_longgop.mp4"), dir.path()));
    CHECK_THROWS_AS(media::seekProxyPath(dir / "missing.mp4", dir.path()), MediaError);
}

TEST_CASE("The longest keyframe interval is the most frames a seek decodes", "[media][proxy]")
{
    const auto index = [](std::int64_t frames, std::vector<std::int64_t> keyframes) {
        std::vector<std::int64_t> pts(std::size_t(frames), 0);
        for (std::size_t i = 0; i < pts.size(); ++i)
            pts[i] = std::int64_t(i);
        return media::FrameIndex(std::move(pts), std::move(keyframes), {1, 24}, {24, 1});
    };
    CHECK(media::longestKeyframeInterval(index(100, {0, 10, 20, 90})) == 70);
    CHECK(media::longestKeyframeInterval(index(100, {0, 50})) == 50); // the last run to the end
    CHECK(media::longestKeyframeInterval(index(100, {30, 40})) == 60);
    CHECK(media::longestKeyframeInterval(index(100, {})) == 100);
    CHECK(media::longestKeyframeInterval(media::FrameIndex{}) == 0);
}

TEST_CASE("Only long-GOP films get a seek proxy, built once", "[media][proxy]")
{
    test::TempDir cache;
    const auto longGop = probeUncached(mediaPath("h264_longgop.mp4")); // a keyframe every 100
    const auto proxy =
        media::ensureSeekProxy(mediaPath("h264_longgop.mp4"), *longGop.index, cache.path());
    REQUIRE(proxy.has_value());
    REQUIRE(std::filesystem::exists(*proxy));
    CHECK(*proxy == media::seekProxyPath(mediaPath("h264_longgop.mp4"), cache.path()));
    const auto built = std::filesystem::last_write_time(*proxy);

    // Asked again, the proxy is found, not rebuilt.
    CHECK(media::ensureSeekProxy(mediaPath("h264_longgop.mp4"), *longGop.index, cache.path()) ==
          proxy);
    CHECK(std::filesystem::last_write_time(*proxy) == built);

    // The proxy itself has a keyframe every 12 frames: seeking in it needs no proxy.
    const auto shortGop = probeUncached(*proxy);
    CHECK_FALSE(media::ensureSeekProxy(*proxy, *shortGop.index, cache.path()).has_value());
}
