// The analysis path: seekSequential(k), then decodeNext() yields k, k+1, ... to the end.
#include "common/error.h"
#include "media/probe.h"
#include "media/video_decoder.h"
#include "probe_uncached.h"
#include "test_media.h"

#include <catch2/catch.hpp>
#include <opencv2/imgproc.hpp>

#include <thread>
#include <vector>

using namespace diptych;
using diptych::test::mediaPath;
using diptych::test::probeUncached;
using diptych::test::readFrameNumber;

namespace {

// Reads from `first` to the end; checks numbering and pictures. Returns the frames read.
std::int64_t readToEnd(media::VideoDecoder& decoder, std::int64_t first, int pictureOffset = 0)
{
    decoder.seekSequential(first);
    std::int64_t expected = first;
    for (std::int64_t number = decoder.decodeNext(); number >= 0; number = decoder.decodeNext()) {
        CAPTURE(expected);
        REQUIRE(number == expected);
        // Anamorphic clips come out in display geometry: stretch back to the coded size.
        cv::Mat image = decoder.currentImage();
        if (image.size() != cv::Size(test::kClipWidth, test::kClipHeight))
            cv::resize(image, image, cv::Size(test::kClipWidth, test::kClipHeight));
        REQUIRE(readFrameNumber(image) == int(number) + pictureOffset);
        ++expected;
    }
    return expected - first;
}

} // namespace

TEST_CASE("Sequential decoding yields every frame in order for every codec",
          "[media][decoder][sequential]")
{
    const std::string name =
        GENERATE(as<std::string>{}, "h264_longgop.mp4", "h264_longgop.mkv", "h264_opengop.mkv",
                 "hevc.mkv", "vp9.webm", "av1.mkv", "mpeg2.ts", "mjpeg.avi", "vfr.mp4",
                 "h264_10bit_bt709.mkv", "with_audio.mkv", "anamorphic.mkv", "editlist.mp4");
    CAPTURE(name);
    const auto path = mediaPath(name);
    const auto probed = probeUncached(path);
    const std::int64_t count = test::ffprobeFrameCount(path);
    REQUIRE(probed.index->frameCount() == count);
    media::VideoDecoder decoder(path, probed.index);
    const int offset = name == "editlist.mp4" ? 36 : 0;

    CHECK(readToEnd(decoder, 0, offset) == count);
    CHECK(decoder.decodeNext() == -1); // and it stays at the end
}

TEST_CASE("Sequential decoding can start anywhere, including after random access",
          "[media][decoder][sequential]")
{
    const std::string name = GENERATE(as<std::string>{}, "h264_longgop.mp4", "h264_opengop.mkv",
                                      "hevc.mkv", "vp9.webm", "mpeg2.ts", "av1.mkv");
    CAPTURE(name);
    const auto path = mediaPath(name);
    const auto probed = probeUncached(path);
    media::VideoDecoder decoder(path, probed.index);
    const std::int64_t count = decoder.frameCount();
    const auto& keys = probed.index->keyframes();
    REQUIRE(keys.size() >= 2);
    // Just before, at and after the second keyframe, and near the end.
    for (const std::int64_t start : {keys[1] - 1, keys[1], keys[1] + 1, count - 5}) {
        CAPTURE(start);
        CHECK(readToEnd(decoder, start) == count - start);
    }
    // After random access and stepping back, the sequential reader restarts at the right place.
    REQUIRE(readFrameNumber(decoder.frame(count / 2)) == int(count / 2));
    REQUIRE(readFrameNumber(decoder.frame(count / 2 - 3)) == int(count / 2 - 3));
    const std::int64_t next = decoder.decodeNext();
    CHECK(next == count / 2 - 2);
    CHECK(readFrameNumber(decoder.currentImage()) == int(next));
    CHECK(readToEnd(decoder, 10) == count - 10);
}

TEST_CASE("Sequential decoding at a requested width keeps the frame order",
          "[media][decoder][sequential]")
{
    const auto path = mediaPath("h264_longgop.mkv");
    media::VideoDecoder decoder(path, probeUncached(path).index);
    decoder.seekSequential(50);
    for (int expected = 50; expected < 80; ++expected) {
        REQUIRE(decoder.decodeNext() == expected);
        const cv::Mat small = decoder.currentImage(160);
        REQUIRE(small.size() == cv::Size(160, 120));
        cv::Mat back;
        cv::resize(small, back, cv::Size(test::kClipWidth, test::kClipHeight), 0, 0,
                   cv::INTER_NEAREST);
        CHECK(readFrameNumber(back) == expected);
    }
}

TEST_CASE("Sequential edge cases: past the end, before any frame", "[media][decoder][sequential]")
{
    const auto path = mediaPath("mjpeg.avi");
    media::VideoDecoder decoder(path, probeUncached(path).index);
    CHECK_THROWS_AS(decoder.currentImage(), MediaError); // nothing decoded yet
    decoder.seekSequential(decoder.frameCount());
    CHECK(decoder.decodeNext() == -1);
    decoder.seekSequential(decoder.frameCount() - 1);
    CHECK(decoder.decodeNext() == decoder.frameCount() - 1);
    CHECK(decoder.decodeNext() == -1);
    decoder.seekSequential(-5); // clamped to the start
    CHECK(decoder.decodeNext() == 0);
    CHECK(readFrameNumber(decoder.currentImage()) == 0);
}

TEST_CASE("A detached picture converts on another thread after the decoder has moved on",
          "[media][decoder][sequential]")
{
    const std::string name = GENERATE(as<std::string>{}, "h264_longgop.mp4", "vp9.webm",
                                      "h264_10bit_bt709.mkv", "anamorphic.mkv");
    CAPTURE(name);
    const auto path = mediaPath(name);
    media::VideoDecoder decoder(path);
    CHECK_THROWS_AS(decoder.currentPicture(), MediaError); // nothing decoded yet

    // Keep every picture while decoding on, then convert them all elsewhere: each must still
    // show its own frame, exactly as the decoder converted it at the time.
    std::vector<media::DecodedPicture> pictures;
    std::vector<cv::Mat> expected;
    decoder.seekSequential(0);
    for (auto n = decoder.decodeNext(); n >= 0 && n < 20; n = decoder.decodeNext()) {
        pictures.push_back(decoder.currentPicture());
        expected.push_back(decoder.currentImage(160));
    }
    REQUIRE(pictures.size() == 20);
    std::vector<cv::Mat> converted;
    std::thread worker([&] {
        media::PictureConverter converter(decoder.info().video);
        for (const auto& picture : pictures)
            converted.push_back(converter.toBgr(picture, 160));
    });
    worker.join();
    REQUIRE(converted.size() == expected.size());
    for (std::size_t i = 0; i < converted.size(); ++i) {
        CAPTURE(i);
        REQUIRE(converted[i].size() == expected[i].size());
        CHECK(cv::norm(converted[i], expected[i], cv::NORM_INF) == 0);
        cv::Mat full;
        cv::resize(media::PictureConverter(decoder.info().video).toBgr(pictures[i]), full,
                   cv::Size(test::kClipWidth, test::kClipHeight));
        CHECK(readFrameNumber(full) == int(i));
    }
    CHECK_THROWS_AS(media::PictureConverter(decoder.info().video).toBgr({}), Error);
}
