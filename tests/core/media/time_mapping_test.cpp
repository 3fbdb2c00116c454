// Frame index <-> time, both directions, checked against ffprobe's timestamps and against the
// timing each clip was made with.
#include "media/probe.h"
#include "media/video_decoder.h"
#include "probe_uncached.h"
#include "test_media.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace diptych;
using diptych::test::mediaPath;
using diptych::test::probeUncached;
using diptych::test::readFrameNumber;

namespace {

// ffprobe prints times with 6 decimals.
constexpr double kPrintedPrecision = 2e-6;

} // namespace

TEST_CASE("Frame times equal ffprobe's, measured from the first frame", "[media][time]")
{
    const std::string name = GENERATE(as<std::string>{}, "h264_longgop.mp4", "h264_longgop.mkv",
                                      "h264_opengop.mkv", "hevc.mkv", "vp9.webm", "av1.mkv",
                                      "mpeg2.ts", "mjpeg.avi", "vfr.mp4", "editlist.mp4");
    CAPTURE(name);
    const auto path = mediaPath(name);
    const auto index = probeUncached(path).index;
    const auto times = test::ffprobeFrameTimes(path);
    REQUIRE(std::int64_t(times.size()) == index->frameCount());
    for (std::int64_t i = 0; i < index->frameCount(); ++i) {
        CAPTURE(i);
        REQUIRE(index->secondsOf(i) ==
                Approx(times[std::size_t(i)] - times.front()).margin(kPrintedPrecision));
    }
}

TEST_CASE("Time maps back to the frame on screen, both directions", "[media][time]")
{
    const std::string name = GENERATE(as<std::string>{}, "h264_longgop.mp4", "mpeg2.ts", "vfr.mp4",
                                      "vp9.webm", "editlist.mp4");
    CAPTURE(name);
    const auto index = probeUncached(mediaPath(name)).index;
    const std::int64_t last = index->frameCount() - 1;
    for (std::int64_t i = 0; i <= last; ++i) {
        CAPTURE(i);
        REQUIRE(index->frameAtSeconds(index->secondsOf(i)) == i);
        // Anywhere inside the frame's display interval is still that frame.
        REQUIRE(index->frameAtSeconds(index->secondsOf(i) + 0.5 * index->durationOf(i)) == i);
        REQUIRE(index->frameWithPts(index->ptsOf(i)) == i);
        REQUIRE(index->frameAtPts(index->ptsOf(i)) == i);
        if (i > 0)
            REQUIRE(index->frameAtSeconds(index->secondsOf(i) - 0.25 * index->durationOf(i - 1)) ==
                    i - 1);
    }
    CHECK(index->frameAtSeconds(-1.0) == 0);
    CHECK(index->frameAtSeconds(index->durationSeconds() + 10) == last);
    CHECK(index->durationSeconds() == Approx(index->secondsOf(last) + index->durationOf(last)));
}

TEST_CASE("Variable frame rate: times follow the clip's real timing", "[media][time][vfr]")
{
    const auto path = mediaPath("vfr.mp4");
    const auto probed = probeUncached(path);
    const auto& index = *probed.index;
    REQUIRE(index.frameCount() == 96);
    // The clip was made with pts = N for N < 48, then 48 + 2 (N - 48), in 1/24 s.
    for (std::int64_t n = 0; n < 96; ++n) {
        const double made = (n < 48 ? double(n) : 48.0 + 2.0 * double(n - 48)) / 24.0;
        CAPTURE(n);
        REQUIRE(index.secondsOf(n) == Approx(made).margin(1e-9));
    }
    CHECK(index.durationOf(10) == Approx(1.0 / 24));
    CHECK(index.durationOf(60) == Approx(1.0 / 12));

    // The picture shown at a time is the one the timing says.
    media::VideoDecoder decoder(path, probed.index);
    for (const double t : {0.0, 0.5, 1.99, 2.0, 2.05, 3.3, 5.9}) {
        const int expected =
            t < 2.0 ? int(std::floor(t * 24 + 1e-9)) : 48 + int(std::floor((t - 2.0) * 12 + 1e-9));
        CAPTURE(t);
        CHECK(index.frameAtSeconds(t) == expected);
        CHECK(readFrameNumber(decoder.frame(index.frameAtSeconds(t))) == expected);
    }
}

TEST_CASE("A stream whose first timestamp is not zero starts at 0 s and frame 0", "[media][time]")
{
    const auto path = mediaPath("mpeg2.ts");
    const auto probed = probeUncached(path);
    const auto times = test::ffprobeFrameTimes(path);
    REQUIRE_FALSE(times.empty());
    REQUIRE(times.front() > 0.1); // MPEG-TS starts at 1.4 s by default: the premise of the test
    CHECK(probed.index->ptsOf(0) > 0);
    CHECK(probed.index->secondsOf(0) == 0.0);
    CHECK(probed.index->secondsOf(24) == Approx(1.0));
    CHECK(probed.info.video.durationSeconds == Approx(120.0 / 24));

    media::VideoDecoder decoder(path, probed.index);
    CHECK(readFrameNumber(decoder.frame(0)) == 0);
    CHECK(readFrameNumber(decoder.frame(probed.index->frameAtSeconds(1.0))) == 24);
    CHECK(readFrameNumber(decoder.frame(probed.index->frameAtSeconds(4.99))) == 119);
}

TEST_CASE("An edit list hides the frames before the edit: frame 0 is the first one shown",
          "[media][time][editlist]")
{
    const auto path = mediaPath("editlist.mp4");
    const auto probed = probeUncached(path);
    REQUIRE(probed.info.video.frameCount == test::ffprobeFrameCount(path));
    media::VideoDecoder decoder(path, probed.index);
    // Cut at 1.5 s of a 24 fps clip: frame 0 shows source frame 36.
    CHECK(readFrameNumber(decoder.frame(0)) == 36);
    CHECK(readFrameNumber(decoder.frame(probed.index->frameAtSeconds(1.0))) == 36 + 24);
    const auto last = decoder.frameCount() - 1;
    CHECK(readFrameNumber(decoder.frame(last)) == 239);
    CHECK(readFrameNumber(decoder.frame(1)) == 37);
    CHECK(readFrameNumber(decoder.frame(0)) == 36);
}
