// Unusable and damaged input: a clear "PATH: reason" MediaError, never a crash or a hang;
// damaged but readable files yield every decodable frame, with a warning.
#include "common/error.h"
#include "media/audio_decoder.h"
#include "media/probe.h"
#include "media/video_decoder.h"
#include "probe_uncached.h"
#include "temp_dir.h"
#include "test_media.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>

using namespace diptych;
using diptych::test::mediaPath;
using diptych::test::probeUncached;
using diptych::test::readFrameNumber;

namespace {

// The message of the MediaError `action` throws; fails the test if it throws nothing or
// something else.
template <typename Action>
std::string mediaErrorOf(Action&& action)
{
    try {
        action();
    } catch (const MediaError& e) {
        return e.what();
    } catch (const std::exception& e) {
        FAIL("expected a MediaError, got: " << e.what());
    }
    FAIL("expected a MediaError, nothing was thrown");
    return {};
}

} // namespace

TEST_CASE("Unusable files are a MediaError that names the file and the reason", "[media][bad]")
{
    struct Case
    {
        std::string name; // a damaged file, or "" for a missing one
        std::string reason;
    };
    const auto bad = GENERATE(values<Case>({
        {"", "not found"},
        {"empty.mp4", "empty"},
        {"not_media.mp4", "not a media file"},
        {"unsupported_codec.avi", "unsupported video codec"},
        {"absurd_size.y4m", ""},
        {"audio_only.m4a", "no video stream"},
        {"truncated_moov_at_end.mp4", ""},
    }));
    const auto path =
        bad.name.empty() ? test::mediaDirectory() / "no_such_file.mp4" : mediaPath(bad.name);
    CAPTURE(path);
    const auto check = [&](const std::string& message) {
        CAPTURE(message);
        // One line, "PATH: reason", the reason non-empty.
        CHECK(message.rfind(path.string() + ": ", 0) == 0);
        CHECK(message.size() > path.string().size() + 4);
        CHECK(message.find('\n') == std::string::npos);
        if (!bad.reason.empty())
            CHECK_THAT(message, Catch::Contains(bad.reason));
    };
    check(mediaErrorOf([&] { probeUncached(path); }));
    check(mediaErrorOf([&] { media::VideoDecoder decoder(path); }));
    check(mediaErrorOf([&] { media::AudioDecoder decoder(path); }));
}

TEST_CASE("Absurd picture dimensions are refused, not allocated", "[media][bad]")
{
    // 100000x100000 would need 15 GB a frame: the test (and ASan's allocator) would die first.
    // FFmpeg's y4m demuxer refuses the size itself, with an unhelpful error code.
    const auto path = mediaPath("absurd_size.y4m");
    const auto message = mediaErrorOf([&] { probeUncached(path); });
    CHECK_THAT(message, Catch::StartsWith(path.string() + ": "));
    CHECK_THROWS_AS(media::VideoDecoder(path), MediaError);
}

TEST_CASE("A folder is not a film", "[media][bad]")
{
    test::TempDir dir;
    const auto message = mediaErrorOf([&] { probeUncached(dir.path()); });
    CHECK_THAT(message, Catch::StartsWith(dir.path().string() + ": "));
    CHECK_THAT(message, Catch::Contains("folder"));
}

TEST_CASE("A file without a video stream has no frames but may have sound", "[media][bad]")
{
    const auto path = mediaPath("audio_only.m4a");
    CHECK_THAT(mediaErrorOf([&] { probeUncached(path); }), Catch::Contains("no video stream"));
    CHECK_THAT(mediaErrorOf([&] { media::AudioDecoder(mediaPath("h264_longgop.mp4")); }),
               Catch::Contains("no audio stream"));
}

TEST_CASE("A truncated file yields every decodable frame, with a warning", "[media][bad]")
{
    const auto path = mediaPath("truncated.mkv");
    const auto probed = probeUncached(path);
    REQUIRE_FALSE(probed.info.warnings.empty());
    CAPTURE(probed.info.warnings.front());
    const std::int64_t count = test::ffprobeFrameCount(path);
    CHECK(probed.info.video.frameCount == count);
    // About 60 % of 240 frames survive the cut; most of them must be found.
    CHECK(count > 100);
    CHECK(count < 240);

    // Frame numbers count the frames that decode; the picture shows the source frame number,
    // which its timestamp gives (a frame lost at the cut shifts the numbering after it).
    media::VideoDecoder decoder(path, probed.index);
    const auto shows = [&](std::int64_t n) {
        return int(std::lround(probed.index->secondsOf(n) * test::kClipFps));
    };
    CHECK(shows(count / 2) == count / 2); // well before the cut nothing is lost
    decoder.seekSequential(0);
    std::int64_t expected = 0;
    for (auto n = decoder.decodeNext(); n >= 0; n = decoder.decodeNext()) {
        REQUIRE(n == expected);
        REQUIRE(readFrameNumber(decoder.currentImage()) == shows(n));
        ++expected;
    }
    CHECK(expected == count);
    for (const std::int64_t k :
         {count - 1, std::int64_t(0), count / 2, count - 2, std::int64_t(99), std::int64_t(101)}) {
        CAPTURE(k);
        CHECK(readFrameNumber(decoder.frame(k)) == shows(k));
    }
    CHECK_THROWS_AS(decoder.frame(count), MediaError);
    // The decoder made without a probe reports the damage too.
    media::VideoDecoder unprobed(path);
    CHECK(unprobed.frameCount() == count);
    CHECK_FALSE(unprobed.info().warnings.empty());
}

TEST_CASE("Corrupt packets in mid-stream: no crash, no hang, good frames stay good", "[media][bad]")
{
    const auto path = mediaPath("corrupt_middle.ts");
    const auto probed = probeUncached(path);
    const std::int64_t count = probed.info.video.frameCount;
    CAPTURE(count, probed.info.warnings);
    CHECK(count > 60);
    CHECK(count <= 120);

    media::VideoDecoder decoder(path, probed.index);
    decoder.seekSequential(0);
    std::int64_t previous = -1;
    std::int64_t read = 0;
    std::int64_t legible = 0;
    for (auto n = decoder.decodeNext(); n >= 0; n = decoder.decodeNext()) {
        REQUIRE(n > previous); // numbers only go forward (they may jump over lost frames)
        REQUIRE(++read <= count);
        previous = n;
        if (readFrameNumber(decoder.currentImage()).has_value())
            ++legible;
    }
    CHECK(read > count / 2);
    CHECK(legible > count / 2);
    // The damage is in the middle (bytes 50 %..), so the first frames are intact.
    for (int k = 0; k < 30; k += 7)
        CHECK(readFrameNumber(decoder.frame(k)) == k);

    // Random access anywhere either works or says the frame cannot be decoded.
    for (std::int64_t k = count - 1; k >= 0; k -= 5) {
        try {
            const cv::Mat image = decoder.frame(k);
            CHECK_FALSE(image.empty());
        } catch (const MediaError& e) {
            CHECK_THAT(std::string(e.what()), Catch::StartsWith(path.string() + ": "));
        }
    }
}

TEST_CASE("A file cut inside its header or first packets is refused or read, never fatal",
          "[media][bad]")
{
    test::TempDir dir;
    std::ifstream in(mediaPath("h264_longgop.mkv"), std::ios::binary);
    const std::string whole{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    for (const std::size_t size : {std::size_t(1), std::size_t(40), std::size_t(300),
                                   std::size_t(4000), whole.size() / 10}) {
        CAPTURE(size);
        const auto path = dir / ("cut_" + std::to_string(size) + ".mkv");
        std::ofstream(path, std::ios::binary).write(whole.data(), std::streamsize(size));
        try {
            const auto probed = probeUncached(path);
            media::VideoDecoder decoder(path, probed.index);
            CHECK(readFrameNumber(decoder.frame(0)) == 0);
        } catch (const MediaError& e) {
            CHECK_THAT(std::string(e.what()), Catch::StartsWith(path.string() + ": "));
        }
    }
}
