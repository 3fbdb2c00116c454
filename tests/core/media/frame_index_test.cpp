#include "common/error.h"
#include "media/frame_index.h"

#include <catch2/catch.hpp>

using diptych::media::FrameIndex;

TEST_CASE("FrameIndex maps frames and seconds both ways from a non-zero start", "[media][index]")
{
    // 1/90000 time base (MPEG-TS), first frame at 1.4 s, 24 fps = 3750 ticks per frame.
    std::vector<std::int64_t> pts;
    for (int i = 0; i < 100; ++i)
        pts.push_back(126000 + 3750 * i);
    const FrameIndex index(pts, {0, 48, 96}, {1, 90000}, {24, 1});

    CHECK(index.frameCount() == 100);
    CHECK(index.secondsOf(0) == 0.0);
    CHECK(index.secondsOf(24) == Approx(1.0));
    for (std::int64_t i = 0; i < 100; ++i)
        CHECK(index.frameAtSeconds(index.secondsOf(i)) == i);
    CHECK(index.frameAtSeconds(1.0 + 0.5 / 24) == 24); // inside frame 24's display interval
    CHECK(index.frameAtSeconds(-3.0) == 0);
    CHECK(index.frameAtSeconds(1e6) == 99);
    CHECK(index.durationSeconds() == Approx(100.0 / 24));
    CHECK(index.frameWithPts(126000 + 3750 * 7) == 7);
    CHECK(index.frameWithPts(126001) == -1);
    CHECK(index.keyframeAtOrBefore(47) == 0);
    CHECK(index.keyframeAtOrBefore(48) == 48);
    CHECK(index.keyframeAtOrBefore(99) == 96);
    CHECK(index.keyframeBefore(96) == 48);
    CHECK(index.keyframeBefore(0) == 0);
}

TEST_CASE("FrameIndex gives whole seconds exactly, as a shot table prints them", "[media][index]")
{
    // MP4 at 24 fps: a 1/12288 time base, 512 ticks a frame. ticks * (1/12288) would give
    // 9.999999999999998 for the end of 240 frames; the table must say 10.
    std::vector<std::int64_t> pts;
    for (int i = 0; i < 240; ++i)
        pts.push_back(512 * i);
    const FrameIndex index(pts, {0}, {1, 12288}, {24, 1});
    CHECK(index.secondsOf(24) == 1.0);
    CHECK(index.secondsOf(120) == 5.0);
    CHECK(index.secondsOf(65) == 65.0 / 24.0);
    CHECK(index.durationOf(239) == 1.0 / 24.0);
    CHECK(index.durationSeconds() == 10.0);
}

TEST_CASE("FrameIndex follows variable frame durations", "[media][index]")
{
    const FrameIndex index({0, 1000, 3000, 3500, 9000}, {0}, {1, 1000}, {0, 1});
    CHECK(index.secondsOf(2) == Approx(3.0));
    CHECK(index.durationOf(1) == Approx(2.0));
    CHECK(index.durationOf(4) == Approx(5.5)); // the last frame lasts as long as the one before
    CHECK(index.frameAtSeconds(2.999) == 1);
    CHECK(index.frameAtSeconds(3.2) == 2);
    CHECK(index.frameAtSeconds(8.9) == 3);
}

TEST_CASE("FrameIndex serializes losslessly and rejects foreign bytes", "[media][index]")
{
    const FrameIndex index({-2002, 0, 1001, 2002}, {0, 2}, {1, 24000}, {24000, 1001});
    const auto bytes = index.serialize();
    CHECK(FrameIndex::deserialize(bytes) == index);

    auto truncated = bytes;
    truncated.resize(bytes.size() - 3);
    CHECK_THROWS_AS(FrameIndex::deserialize(truncated), diptych::Error);
    const std::vector<std::uint8_t> junk(64, 0x42);
    CHECK_THROWS_AS(FrameIndex::deserialize(junk), diptych::Error);
}

TEST_CASE("FrameIndex rejects unsorted or duplicate timestamps", "[media][index]")
{
    CHECK_THROWS_AS(FrameIndex({0, 2, 1}, {0}, {1, 24}, {24, 1}), diptych::Error);
    CHECK_THROWS_AS(FrameIndex({0, 1, 1}, {0}, {1, 24}, {24, 1}), diptych::Error);
    CHECK_THROWS_AS(FrameIndex({0, 1}, {5}, {1, 24}, {24, 1}), diptych::Error);
}
