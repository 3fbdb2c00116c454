#include "media/probe.h"
#include "media/video_decoder.h"
#include "test_media.h"

#include <catch2/catch.hpp>

using namespace diptych;
using diptych::test::mediaPath;
using diptych::test::readFrameNumber;

TEST_CASE("Random access returns exactly the requested frame", "[media][decoder]")
{
    const std::string name = GENERATE(as<std::string>{}, "h264_longgop.mp4", "h264_longgop.mkv",
                                      "h264_opengop.mkv", "hevc.mkv", "vp9.webm", "av1.mkv",
                                      "mpeg2.ts", "mjpeg.avi", "vfr.mp4", "h264_10bit.mkv",
                                      "with_audio.mkv");
    CAPTURE(name);
    const auto path = mediaPath(name);
    media::ProbeOptions options;
    options.useCache = false;
    const auto probed = media::probe(path, options);
    const auto expected = test::ffprobeFrameCount(path);
    REQUIRE(probed.info.video.frameCount == expected);

    media::VideoDecoder decoder(path, probed.index);
    const std::int64_t last = expected - 1;
    std::vector<std::int64_t> targets = {0, last, 1, last / 2, 47, 48, 49, 23, 99, 100, 101, 59,
                                         60, 61, last - 1, 5, 4, 3, 2, 1, 0};
    for (const auto target : targets) {
        if (target < 0 || target > last)
            continue;
        CAPTURE(target);
        CHECK(readFrameNumber(decoder.frame(target)) == int(target));
    }
}
