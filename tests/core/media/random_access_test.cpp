// VideoDecoder::frame(n): exactly frame n, for every codec and GOP structure, whatever the
// order of requests. The expected number is read back from the picture itself.
#include "common/error.h"
#include "media/probe.h"
#include "media/video_decoder.h"
#include "probe_uncached.h"
#include "test_media.h"

#include <catch2/catch.hpp>
#include <opencv2/core.hpp>

#include <algorithm>
#include <random>
#include <set>

using namespace diptych;
using diptych::test::mediaPath;
using diptych::test::probeUncached;
using diptych::test::readFrameNumber;

namespace {

// First, last, both sides of every keyframe, and a few seeded random frames, in an order that
// jumps back and forth.
std::vector<std::int64_t> interestingFrames(const media::FrameIndex& index, unsigned seed)
{
    const std::int64_t last = index.frameCount() - 1;
    std::set<std::int64_t> chosen = {0, 1, last, last - 1, last / 2};
    for (const auto key : index.keyframes())
        for (const std::int64_t near : {key - 2, key - 1, key, key + 1})
            chosen.insert(near);
    std::mt19937 random(seed);
    std::uniform_int_distribution<std::int64_t> any(0, last);
    for (int i = 0; i < 12; ++i)
        chosen.insert(any(random));
    std::vector<std::int64_t> frames;
    for (const auto f : chosen)
        if (f >= 0 && f <= last)
            frames.push_back(f);
    std::shuffle(frames.begin(), frames.end(), random);
    return frames;
}

} // namespace

TEST_CASE("Random access returns exactly the requested frame for every codec",
          "[media][decoder][random]")
{
    const std::string name =
        GENERATE(as<std::string>{}, "h264_longgop.mp4", "h264_longgop.mkv", "h264_opengop.mkv",
                 "hevc.mkv", "vp9.webm", "av1.mkv", "mpeg2.ts", "mjpeg.avi", "vfr.mp4",
                 "h264_10bit_bt709.mkv", "with_audio.mkv", "editlist.mp4", "rotated90.mp4");
    CAPTURE(name);
    const auto path = mediaPath(name);
    const auto probed = probeUncached(path);
    const std::int64_t count = test::ffprobeFrameCount(path);
    REQUIRE(probed.info.video.frameCount == count);
    // Every clip but the trivial intra-only one has more than one keyframe to seek between.
    // Clips made with a short GOP have keyframes to seek between; MJPEG is all keyframes.
    if (name == "h264_longgop.mp4" || name == "hevc.mkv" || name == "vp9.webm" ||
        name == "mpeg2.ts" || name == "h264_opengop.mkv" || name == "av1.mkv")
        CHECK(probed.index->keyframes().size() >= 2);
    if (name == "mjpeg.avi")
        CHECK(std::int64_t(probed.index->keyframes().size()) == count);

    media::VideoDecoder decoder(path, probed.index);
    REQUIRE(decoder.frameCount() == count);
    // The edit-list clip starts at source frame 36 (see test_media.cpp).
    const int offset = name == "editlist.mp4" ? 36 : 0;
    for (const auto target : interestingFrames(decoder.index(), 42)) {
        CAPTURE(target);
        cv::Mat image = decoder.frame(target);
        if (decoder.info().video.rotation == 90)
            cv::rotate(image, image, cv::ROTATE_90_COUNTERCLOCKWISE);
        else if (decoder.info().video.rotation == 270)
            cv::rotate(image, image, cv::ROTATE_90_CLOCKWISE);
        CHECK(readFrameNumber(image) == int(target) + offset);
    }
}

TEST_CASE("Open-GOP leading frames decode exactly after a seek", "[media][decoder][random]")
{
    // With open GOPs, the B-frames shown just before a keyframe's successor reference the GOP
    // before: a seek to the keyframe alone cannot produce them.
    const std::string name = GENERATE(as<std::string>{}, "h264_opengop.mkv", "hevc.mkv");
    CAPTURE(name);
    const auto path = mediaPath(name);
    const auto probed = probeUncached(path);
    for (const auto key : probed.index->keyframes()) {
        for (std::int64_t target = std::max<std::int64_t>(0, key - 4);
             target <= std::min(key + 4, probed.index->frameCount() - 1); ++target) {
            // A fresh decoder per target: no cache, no reader position to lean on.
            media::VideoDecoder decoder(path, probed.index);
            CAPTURE(key, target);
            CHECK(readFrameNumber(decoder.frame(target)) == int(target));
        }
    }
}

TEST_CASE("Stepping backwards one frame at a time returns every frame", "[media][decoder][step]")
{
    const std::string name = GENERATE(as<std::string>{}, "h264_longgop.mp4", "h264_opengop.mkv",
                                      "hevc.mkv", "vp9.webm", "mpeg2.ts", "vfr.mp4");
    CAPTURE(name);
    const auto path = mediaPath(name);
    const auto probed = probeUncached(path);
    media::VideoDecoder decoder(path, probed.index);
    const std::int64_t start = std::min<std::int64_t>(decoder.frameCount() - 1, 110);
    for (std::int64_t target = start; target >= std::max<std::int64_t>(0, start - 60); --target) {
        CAPTURE(target);
        REQUIRE(readFrameNumber(decoder.frame(target)) == int(target));
    }
}

TEST_CASE("Stepping backwards within the cache needs no decoding", "[media][decoder][step]")
{
    const auto path = mediaPath("h264_longgop.mp4");
    const auto probed = probeUncached(path);
    // A cache of 64 frames of 320x240 yuv420p: the 60 frames before the target are kept.
    media::DecoderOptions options;
    options.cacheBytes = std::size_t(test::kClipWidth) * test::kClipHeight * 3 / 2 * 64 + 65536;
    media::VideoDecoder decoder(path, probed.index, options);
    REQUIRE(readFrameNumber(decoder.frame(160)) == 160);
    // Stepping back and then forward again must not disturb the reader: frames in between come
    // from the cache and the next new frame is decoded on from where the reader stands.
    for (int target = 159; target >= 100; --target)
        REQUIRE(readFrameNumber(decoder.frame(target)) == target);
    for (int target = 100; target <= 170; ++target)
        REQUIRE(readFrameNumber(decoder.frame(target)) == target);
}

TEST_CASE("Playback-like forward steps and short jumps stay exact", "[media][decoder][random]")
{
    const std::string name = GENERATE(as<std::string>{}, "h264_longgop.mkv", "mpeg2.ts", "av1.mkv");
    CAPTURE(name);
    const auto path = mediaPath(name);
    media::VideoDecoder decoder(path, probeUncached(path).index);
    const std::int64_t last = decoder.frameCount() - 1;
    std::int64_t target = 0;
    // Forward by 1, 2, 3 ... 17 frames (decode on, across keyframes), then a jump back.
    for (int step = 1; step <= 17 && target <= last; ++step) {
        CAPTURE(target);
        REQUIRE(readFrameNumber(decoder.frame(target)) == int(target));
        target += step;
    }
    CHECK(readFrameNumber(decoder.frame(3)) == 3);
    CHECK(readFrameNumber(decoder.frame(last)) == int(last));
    CHECK(readFrameNumber(decoder.frame(last)) == int(last)); // the same frame twice
}

TEST_CASE("A decoder without a probed index scans (or loads) one itself", "[media][decoder]")
{
    const auto path = mediaPath("vp9.webm");
    media::VideoDecoder decoder(path);
    CHECK(decoder.frameCount() == test::ffprobeFrameCount(path));
    CHECK(decoder.info().video.frameCount == decoder.frameCount());
    CHECK(decoder.info().video.codec == "vp9");
    CHECK(readFrameNumber(decoder.frame(decoder.frameCount() - 1)) == decoder.frameCount() - 1);
    CHECK(readFrameNumber(decoder.frame(17)) == 17);
}

TEST_CASE("Frames outside the stream are an error, not a crash", "[media][decoder][random]")
{
    const auto path = mediaPath("hevc.mkv");
    media::VideoDecoder decoder(path, probeUncached(path).index);
    const auto count = decoder.frameCount();
    CHECK_THROWS_AS(decoder.frame(-1), MediaError);
    CHECK_THROWS_AS(decoder.frame(count), MediaError);
    CHECK_THROWS_WITH(decoder.frame(count + 1000), Catch::Contains("out of range"));
    // The decoder still works afterwards.
    CHECK(readFrameNumber(decoder.frame(count - 1)) == int(count - 1));
    CHECK(readFrameNumber(decoder.frame(0)) == 0);
}
