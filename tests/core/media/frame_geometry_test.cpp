// Output pictures: BGR 8-bit in display geometry (SAR and rotation applied), at native size or
// a requested width, colours right for 8-bit, full-range and 10-bit sources.
#include "media/probe.h"
#include "media/video_decoder.h"
#include "probe_uncached.h"
#include "test_media.h"

#include <catch2/catch.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

using namespace diptych;
using diptych::test::kClipHeight;
using diptych::test::kClipWidth;
using diptych::test::mediaPath;
using diptych::test::probeUncached;
using diptych::test::readFrameNumber;

namespace {

cv::Mat toCodedSize(const cv::Mat& image)
{
    cv::Mat out;
    cv::resize(image, out, cv::Size(kClipWidth, kClipHeight), 0, 0, cv::INTER_AREA);
    return out;
}

// The pure-red patch of the pattern (bottom right, 40x40), shrunk to stay clear of its edges.
cv::Rect redPatch()
{
    return {kClipWidth - 48 + 8, kClipHeight - 48 + 8, 24, 24};
}

// The black band along the top, between the start marker and the first cell.
cv::Rect blackBand()
{
    return {11, 2, 4, 4};
}

} // namespace

TEST_CASE("Frames come out as 8-bit BGR at native size", "[media][geometry]")
{
    const std::string name = GENERATE(as<std::string>{}, "h264_longgop.mp4", "hevc.mkv", "vp9.webm",
                                      "av1.mkv", "mpeg2.ts", "mjpeg.avi", "h264_10bit_bt709.mkv");
    CAPTURE(name);
    const auto path = mediaPath(name);
    media::VideoDecoder decoder(path, probeUncached(path).index);
    CHECK(decoder.outputSize() == cv::Size(kClipWidth, kClipHeight));
    const cv::Mat image = decoder.frame(7);
    CHECK(image.type() == CV_8UC3);
    CHECK(image.size() == cv::Size(kClipWidth, kClipHeight));
    CHECK(readFrameNumber(image) == 7);

    // Colours: red stays red (BGR order, right matrix), black is black and white is white
    // (right range), and the whole picture is close to what was encoded.
    const cv::Scalar red = cv::mean(image(redPatch()));
    CHECK(red[0] < 16);
    CHECK(red[1] < 16);
    CHECK(red[2] > 235);
    CHECK(cv::mean(image(blackBand()))[1] < 12);
    CHECK(cv::mean(image(cv::Rect(4, 14, 4, 12)))[1] > 240); // the white start marker
    CHECK(test::meanAbsDifference(image, test::makePatternFrame(7)) < 12);
}

TEST_CASE("10-bit sources are reduced to 8 bits correctly", "[media][geometry][10bit]")
{
    const auto path = mediaPath("h264_10bit_bt709.mkv");
    const auto probed = probeUncached(path);
    REQUIRE(probed.info.video.bitDepth == 10);
    media::VideoDecoder decoder(path, probed.index);
    for (const int k : {0, 23, 47}) {
        CAPTURE(k);
        const cv::Mat image = decoder.frame(k);
        REQUIRE(image.type() == CV_8UC3);
        CHECK(readFrameNumber(image) == k);
        const cv::Scalar red = cv::mean(image(redPatch()));
        CHECK(red[0] == Approx(0).margin(10));
        CHECK(red[1] == Approx(0).margin(10));
        CHECK(red[2] == Approx(255).margin(10));
        // Pixel-level agreement with ffmpeg's own conversion of the same frame.
        const cv::Mat reference = test::ffmpegFrame(path, k, image.size());
        REQUIRE_FALSE(reference.empty());
        CHECK(test::meanAbsDifference(image, reference) < 2.0);
    }
}

TEST_CASE("A requested width scales with the aspect ratio kept", "[media][geometry]")
{
    const auto path = mediaPath("h264_longgop.mkv");
    media::VideoDecoder decoder(path, probeUncached(path).index);
    for (const int width : {160, 100, 64, 640}) {
        CAPTURE(width);
        const cv::Mat image = decoder.frame(33, width);
        const cv::Size expected(width, int(std::lround(width * double(kClipHeight) / kClipWidth)));
        CHECK(image.size() == expected);
        CHECK(decoder.outputSize(width) == expected);
        CHECK(image.type() == CV_8UC3);
        if (width >= 100)
            CHECK(readFrameNumber(toCodedSize(image)) == 33);
    }
    // Native again after a scaled request: the converter must not keep the old geometry.
    CHECK(decoder.frame(34).size() == cv::Size(kClipWidth, kClipHeight));
    CHECK(readFrameNumber(decoder.frame(34)) == 34);
}

TEST_CASE("Anamorphic pixels: the sample aspect ratio sets the display width",
          "[media][geometry][sar]")
{
    const auto path = mediaPath("anamorphic.mkv");
    const auto probed = probeUncached(path);
    REQUIRE(probed.info.video.sampleAspect == media::Rational{8, 9});
    media::VideoDecoder decoder(path, probed.index);
    const cv::Size display(284, kClipHeight); // 320 * 8/9 = 284.4
    const cv::Mat image = decoder.frame(5);
    CHECK(image.size() == display);
    CHECK(decoder.outputSize() == display);
    CHECK(probed.info.video.displayWidth() == display.width);
    CHECK(readFrameNumber(toCodedSize(image)) == 5);
    // The squeeze is real: the reference is the coded picture scaled to display size by ffmpeg.
    const cv::Mat reference = test::ffmpegFrame(path, 5, display);
    REQUIRE_FALSE(reference.empty());
    CHECK(test::meanAbsDifference(image, reference) < 4.0);

    // A requested width keeps the display aspect (284:240), not the coded one (320:240).
    const cv::Mat scaled = decoder.frame(6, 142);
    CHECK(scaled.size() == cv::Size(142, 120));
}

TEST_CASE("Display rotation is applied: a quarter turn swaps width and height",
          "[media][geometry][rotation]")
{
    // The clip's display matrix turns it 90 degrees counter-clockwise (see probe_test.cpp).
    const auto path = mediaPath("rotated90.mp4");
    const auto probed = probeUncached(path);
    REQUIRE(probed.info.video.rotation == test::ffprobeRotation(path));
    REQUIRE(probed.info.video.rotation == 270);
    media::VideoDecoder decoder(path, probed.index);
    const cv::Mat image = decoder.frame(12);
    REQUIRE(image.size() == cv::Size(kClipHeight, kClipWidth));
    CHECK(decoder.outputSize() == cv::Size(kClipHeight, kClipWidth));

    cv::Mat back;
    cv::rotate(image, back, cv::ROTATE_90_CLOCKWISE);
    CHECK(readFrameNumber(back) == 12);
    // The direction matters: the other way round the pattern is upside down.
    cv::Mat wrong;
    cv::rotate(image, wrong, cv::ROTATE_90_COUNTERCLOCKWISE);
    CHECK(readFrameNumber(wrong) != 12);
    // ffmpeg rotates the same way (it applies the display matrix by default).
    const cv::Mat reference = test::ffmpegFrame(path, 12, image.size());
    REQUIRE_FALSE(reference.empty());
    CHECK(test::meanAbsDifference(image, reference) < 2.0);

    // A requested width is the width after rotation.
    const cv::Mat scaled = decoder.frame(13, 120);
    CHECK(scaled.size() == cv::Size(120, 160));
    cv::rotate(scaled, back, cv::ROTATE_90_CLOCKWISE);
    CHECK(readFrameNumber(toCodedSize(back)) == 13);
}

TEST_CASE("Native frames match ffmpeg's decode pixel for pixel", "[media][geometry]")
{
    const std::string name = GENERATE(as<std::string>{}, "h264_longgop.mp4", "hevc.mkv", "vp9.webm",
                                      "mpeg2.ts", "mjpeg.avi");
    CAPTURE(name);
    const auto path = mediaPath(name);
    media::VideoDecoder decoder(path, probeUncached(path).index);
    for (const int k : {1, 30}) {
        CAPTURE(k);
        const cv::Mat image = decoder.frame(k);
        const auto references = test::ffmpegFrames(path, k, 2, image.size());
        REQUIRE(references.size() == 2);
        const double same = test::meanAbsDifference(image, references[0]);
        CHECK(same < 2.0);
        // ... and the next frame is clearly further away: the comparison can tell.
        CHECK(test::meanAbsDifference(image, references[1]) > same + 2.0);
    }
}
