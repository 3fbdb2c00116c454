#include "player/frame_fetcher.h"

#include "media/seek_proxy.h"
#include "temp_dir.h"
#include "test_media.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

#include <optional>
#include <random>

using namespace diptych;

namespace {

/// The frame number a served image carries (the clips encode it in their top rows), read at
/// the clip's size whatever size the image was served at.
std::optional<int> frameNumberOf(const QImage& image)
{
    const QImage bgr = image.convertToFormat(QImage::Format_BGR888);
    const cv::Mat view(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar*>(bgr.constBits()),
                       std::size_t(bgr.bytesPerLine()));
    cv::Mat atClipSize;
    cv::resize(view, atClipSize, {test::kClipWidth, test::kClipHeight}, 0, 0, cv::INTER_AREA);
    return test::readFrameNumber(atClipSize);
}

/// Asks `fetcher` for `frame` and waits for it; returns the image served for it, or null.
QImage fetch(ui::FrameFetcher& fetcher, qint64 frame, int width)
{
    QImage served;
    bool done = false;
    const auto connection = QObject::connect(&fetcher, &ui::FrameFetcher::frameReady,
                                             [&](qint64 shown, const QImage& image) {
                                                 if (shown == frame) {
                                                     served = image;
                                                     done = true;
                                                 }
                                             });
    fetcher.request(frame, width);
    (void)QTest::qWaitFor([&] { return done; }, 10000); // a miss shows as a null image
    QObject::disconnect(connection);
    return served;
}

} // namespace

TEST_CASE("During playback the fetcher decodes ahead and serves every frame exactly",
          "[player][fetcher]")
{
    ui::FrameFetcher fetcher;
    fetcher.open(test::mediaPath("h264_longgop.mp4")); // B-frames, a keyframe every 100

    // Paused: nothing is decoded that nobody asked for.
    REQUIRE_FALSE(fetch(fetcher, 10, test::kClipWidth).isNull());
    QTest::qWait(300);
    CHECK(fetcher.framesAhead() == 0);

    fetcher.setReadAhead(true);
    const int limit = ui::FrameFetcher::kMaxFramesAhead;
    REQUIRE(QTest::qWaitFor([&] { return fetcher.framesAhead() >= limit; }, 10000));
    QTest::qWait(200);
    CHECK(fetcher.framesAhead() == limit); // bounded

    // Frames 11..130 in order, across a keyframe: each one is the frame asked for.
    for (qint64 frame = 11; frame <= 130; ++frame) {
        const QImage image = fetch(fetcher, frame, test::kClipWidth);
        REQUIRE_FALSE(image.isNull());
        REQUIRE(frameNumberOf(image) == std::optional<int>(int(frame)));
    }

    // The same frame asked for again (a film at a lower frame rate than the clock) comes back
    // at once, and the frames decoded ahead stay queued.
    REQUIRE(QTest::qWaitFor([&] { return fetcher.framesAhead() >= limit; }, 10000));
    QTest::qWait(100);
    const qint64 decodedBefore = fetcher.framesDecoded();
    const QImage again = fetch(fetcher, 130, test::kClipWidth);
    CHECK(frameNumberOf(again) == std::optional<int>(130));
    QTest::qWait(100);
    CHECK(fetcher.framesDecoded() == decodedBefore);
    CHECK(fetcher.framesAhead() == limit);

    // A jump back during playback is not served from the stale queue.
    const QImage back = fetch(fetcher, 40, test::kClipWidth);
    CHECK(frameNumberOf(back) == std::optional<int>(40));
    const QImage next = fetch(fetcher, 41, test::kClipWidth);
    CHECK(frameNumberOf(next) == std::optional<int>(41));

    // Pausing drops what was decoded ahead.
    fetcher.setReadAhead(false);
    CHECK(fetcher.framesAhead() == 0);
}

TEST_CASE("With a seek proxy, random requests show the exact frames of the film",
          "[player][fetcher][proxy]")
{
    test::TempDir dir;
    const auto film = test::mediaPath("h264_longgop.mp4");
    const auto proxy = dir / "proxy.mp4";
    media::buildSeekProxy(film, proxy);

    ui::FrameFetcher fetcher;
    fetcher.open(film, proxy);
    std::mt19937 random(7);
    std::uniform_int_distribution<qint64> anyFrame(0, 239);
    for (int i = 0; i < 20; ++i) {
        const qint64 frame = anyFrame(random);
        CAPTURE(frame);
        // Proxy width (320) and wider than the proxy (the original serves those).
        CHECK(frameNumberOf(fetch(fetcher, frame, test::kClipWidth)) ==
              std::optional<int>(int(frame)));
        CHECK(frameNumberOf(fetch(fetcher, frame, 2 * test::kClipWidth)) ==
              std::optional<int>(int(frame)));
    }

    // A proxy of another film (a different frame count) is refused: frames stay exact.
    const auto other = dir / "other.mp4";
    media::buildSeekProxy(test::mediaPath("many_shots.mkv"), other);
    fetcher.setProxy(other);
    CHECK(frameNumberOf(fetch(fetcher, 123, test::kClipWidth)) == std::optional<int>(123));
}

TEST_CASE("A film that cannot be read is reported, not shown", "[player][fetcher]")
{
    ui::FrameFetcher fetcher;
    QSignalSpy failed(&fetcher, &ui::FrameFetcher::failed);
    fetcher.open(test::mediaPath("not_media.mp4"));
    REQUIRE(failed.wait(10000));
    CHECK_FALSE(failed.front().front().toString().isEmpty());
    fetcher.request(0, 100); // nothing open: ignored, no crash
    QTest::qWait(100);
}
