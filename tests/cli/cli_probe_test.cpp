// `diptych-cli probe FILE`: JSON on stdout with the documented fields and true values.
#include "cli_runner.h"
#include "test_media.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using diptych::test::mediaPath;
using diptych::test::runCli;
using nlohmann::json;

namespace {

json probeJson(const std::filesystem::path& path, bool noCache = true)
{
    std::vector<std::string> args = {"probe", path.string()};
    if (noCache)
        args.emplace_back("--no-cache");
    const auto run = runCli(args);
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    return json::parse(run.out);
}

} // namespace

TEST_CASE("cli probe prints the documented JSON for a clip with audio", "[cli][probe]")
{
    const auto path = mediaPath("with_audio.mkv");
    const auto run = runCli({"probe", path.string()});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.empty());
    const json info = json::parse(run.out); // stdout is JSON and nothing else
    CHECK(info.at("path") == path.string());
    CHECK(info.at("container") == diptych::test::ffprobeEntry(path, "v:0", "format=format_name"));
    CHECK(info.at("duration_s").get<double>() == Approx(72.0 / 24).margin(0.0011));
    const json& video = info.at("video");
    CHECK(video.at("codec") == "h264");
    CHECK(video.at("width") == 320);
    CHECK(video.at("height") == 240);
    CHECK(video.at("sar") == "1:1");
    CHECK(video.at("rotation") == 0);
    CHECK(video.at("fps").get<double>() == Approx(24));
    CHECK(video.at("avg_fps").get<double>() == Approx(24));
    CHECK(video.at("frames") == diptych::test::ffprobeFrameCount(path));
    CHECK(video.at("pix_fmt") == "yuv420p");
    const json& audio = info.at("audio");
    REQUIRE(audio.is_array());
    REQUIRE(audio.size() == 1);
    CHECK(audio[0].at("codec") == "aac");
    CHECK(audio[0].at("channels") == 2);
    CHECK(audio[0].at("sample_rate") == 48000);
    CHECK(audio[0].at("language") == "fra");
}

TEST_CASE("cli probe reports codec, geometry and exact frame counts of every clip", "[cli][probe]")
{
    struct Expected
    {
        std::string name;
        std::string codec;
        std::string sar;
        int rotation;
        std::string pixelFormat;
    };
    const auto expected = GENERATE(values<Expected>({
        {"h264_longgop.mp4", "h264", "1:1", 0, "yuv420p"},
        {"hevc.mkv", "hevc", "1:1", 0, "yuv420p"},
        {"vp9.webm", "vp9", "1:1", 0, "yuv420p"},
        {"av1.mkv", "av1", "1:1", 0, "yuv420p"},
        {"mpeg2.ts", "mpeg2video", "1:1", 0, "yuv420p"},
        {"mjpeg.avi", "mjpeg", "1:1", 0, "yuvj420p"},
        {"vfr.mp4", "h264", "1:1", 0, "yuv420p"},
        {"h264_10bit_bt709.mkv", "h264", "1:1", 0, "yuv420p10le"},
        {"anamorphic.mkv", "h264", "8:9", 0, "yuv420p"},
        {"rotated90.mp4", "h264", "1:1", 270, "yuv420p"}, // counter-clockwise matrix
        {"editlist.mp4", "h264", "1:1", 0, "yuv420p"},
    }));
    CAPTURE(expected.name);
    const auto path = mediaPath(expected.name);
    const json info = probeJson(path);
    const json& video = info.at("video");
    CHECK(video.at("codec") == expected.codec);
    CHECK(video.at("sar") == expected.sar);
    CHECK(video.at("rotation") == expected.rotation);
    CHECK(video.at("pix_fmt") == expected.pixelFormat);
    CHECK(video.at("pix_fmt") == diptych::test::ffprobeEntry(path, "v:0", "stream=pix_fmt"));
    CHECK(video.at("width") == 320);
    CHECK(video.at("height") == 240);
    CHECK(video.at("frames") == diptych::test::ffprobeFrameCount(path));
    CHECK(info.at("audio").empty());
    CHECK(info.at("warnings").empty());
    if (expected.name == "vfr.mp4") {
        CHECK(info.at("duration_s").get<double>() == Approx(6.0));
        // 96 frames over 6 s; ffprobe (and FFmpeg) divide by the container's duration.
        const auto rate = diptych::test::ffprobeEntry(path, "v:0", "stream=avg_frame_rate");
        const double num = std::stod(rate.substr(0, rate.find('/')));
        const double den = std::stod(rate.substr(rate.find('/') + 1));
        CHECK(video.at("avg_fps").get<double>() == Approx(num / den).margin(0.001));
        CHECK(video.at("avg_fps").get<double>() < video.at("fps").get<double>());
    }
}

TEST_CASE("cli probe gives the same answer from its cache", "[cli][probe]")
{
    // Both runs share no cache folder with the user; within one folder the second would hit.
    const auto path = mediaPath("h264_opengop.mkv");
    CHECK(probeJson(path, false) == probeJson(path, true));
}

TEST_CASE("cli probe of a truncated file succeeds with a warning", "[cli][probe][bad]")
{
    const auto path = mediaPath("truncated.mkv");
    const auto run = runCli({"probe", path.string()});
    REQUIRE(run.exitCode == 0);
    const json info = json::parse(run.out);
    CHECK(info.at("video").at("frames") == diptych::test::ffprobeFrameCount(path));
    REQUIRE(info.at("warnings").is_array());
    CHECK_FALSE(info.at("warnings").empty());
    // The warning is also said on stderr, where a user running the tool sees it.
    CHECK_THAT(run.err, Catch::Contains("truncated") || Catch::Contains("damaged"));
}
