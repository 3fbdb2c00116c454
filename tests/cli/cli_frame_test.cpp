// `diptych-cli frame FILE --index N --out OUT.png [--width W]` writes exactly frame N.
#include "cli_runner.h"
#include "temp_dir.h"
#include "test_media.h"

#include <catch2/catch.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using diptych::test::mediaPath;
using diptych::test::readFrameNumber;
using diptych::test::runCli;

TEST_CASE("cli frame writes exactly the requested frame", "[cli][frame]")
{
    const std::string name = GENERATE(as<std::string>{}, "h264_longgop.mp4", "hevc.mkv", "vp9.webm",
                                      "mpeg2.ts", "av1.mkv", "vfr.mp4");
    CAPTURE(name);
    const auto path = mediaPath(name);
    const auto count = diptych::test::ffprobeFrameCount(path);
    diptych::test::TempDir dir;
    for (const std::int64_t index : {std::int64_t(0), count / 2 + 1, count - 1}) {
        CAPTURE(index);
        const auto out = dir / ("frame_" + std::to_string(index) + ".png");
        const auto run = runCli(
            {"frame", path.string(), "--index", std::to_string(index), "--out", out.string()});
        INFO("stderr: " << run.err);
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.empty());
        const cv::Mat image = cv::imread(out.string(), cv::IMREAD_COLOR);
        REQUIRE_FALSE(image.empty());
        CHECK(image.size() == cv::Size(diptych::test::kClipWidth, diptych::test::kClipHeight));
        CHECK(readFrameNumber(image) == int(index));
    }
}

TEST_CASE("cli frame --width scales with the aspect kept; geometry is applied", "[cli][frame]")
{
    diptych::test::TempDir dir;
    const auto out = dir / "small.png";
    auto run = runCli({"frame", mediaPath("h264_longgop.mkv").string(), "--index", "101", "--out",
                       out.string(), "--width", "160"});
    REQUIRE(run.exitCode == 0);
    cv::Mat image = cv::imread(out.string(), cv::IMREAD_COLOR);
    REQUIRE(image.size() == cv::Size(160, 120));
    cv::resize(image, image, cv::Size(diptych::test::kClipWidth, diptych::test::kClipHeight));
    CHECK(readFrameNumber(image) == 101);

    // Rotated (90 degrees counter-clockwise, see probe_test.cpp): portrait output, the pattern
    // readable once turned back.
    const auto rotated = dir / "rotated.png";
    run =
        runCli({"frame", mediaPath("rotated90.mp4").string(), "-n", "77", "-o", rotated.string()});
    REQUIRE(run.exitCode == 0);
    image = cv::imread(rotated.string(), cv::IMREAD_COLOR);
    REQUIRE(image.size() == cv::Size(diptych::test::kClipHeight, diptych::test::kClipWidth));
    cv::rotate(image, image, cv::ROTATE_90_CLOCKWISE);
    CHECK(readFrameNumber(image) == 77);

    // Edit list: frame 0 is the first frame shown, source frame 36.
    const auto edited = dir / "edited.png";
    run = runCli(
        {"frame", mediaPath("editlist.mp4").string(), "--index", "0", "--out", edited.string()});
    REQUIRE(run.exitCode == 0);
    CHECK(readFrameNumber(cv::imread(edited.string(), cv::IMREAD_COLOR)) == 36);

    // 10-bit source, JPEG output: still the right frame and the red patch still red.
    const auto deep = dir / "deep.png";
    run = runCli({"frame", mediaPath("h264_10bit_bt709.mkv").string(), "--index", "40", "--out",
                  deep.string()});
    REQUIRE(run.exitCode == 0);
    image = cv::imread(deep.string(), cv::IMREAD_COLOR);
    CHECK(readFrameNumber(image) == 40);
    const cv::Scalar red = cv::mean(image(cv::Rect(280, 200, 24, 24)));
    CHECK(red[2] > 240);
    CHECK(red[1] < 12);
    CHECK(red[0] < 12);
}
