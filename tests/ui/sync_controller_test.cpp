// The player's timing and sync logic against a fake clock (the only fake: no decoder here).
#include "player/playback_clock.h"
#include "player/sync_controller.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>

using namespace diptych::ui;

namespace {

SyncedFilm film(double fps, qint64 frames, std::vector<std::pair<qint64, qint64>> shots = {})
{
    SyncedFilm f;
    f.fps = fps;
    f.frameCount = frames;
    f.shots = std::move(shots);
    return f;
}

} // namespace

TEST_CASE("the playback clock derives the due frame from elapsed time, never drifting",
          "[ui][player]")
{
    qint64 nowMs = 5000;
    PlaybackClock clock([&nowMs]() { return nowMs; });
    CHECK_FALSE(clock.isRunning());
    clock.start(100, 24.0, 1.0);
    CHECK(clock.frameNow() == 100);
    nowMs += 1000;
    CHECK(clock.frameNow() == 124);
    nowMs += 41; // 1.041 s: frame 24.98 is not due yet
    CHECK(clock.frameNow() == 124);
    nowMs += 1; // 1.042 s: 25.008 frames
    CHECK(clock.frameNow() == 125);

    // Ten minutes of 1x play at 24 fps is exactly 14,400 frames, whatever the tick pattern.
    clock.start(0, 24.0, 1.0);
    for (int tick = 0; tick < 600 * 60; ++tick)
        nowMs += (tick % 3 == 0) ? 20 : 15; // irregular timer ticks, 50/3 ms on average
    CHECK(clock.frameNow() == 14400);

    // Two films started together stay within one frame of each other at any moment,
    // even at different frame rates.
    PlaybackClock a([&nowMs]() { return nowMs; });
    PlaybackClock b([&nowMs]() { return nowMs; });
    a.start(0, 24.0, 1.0);
    b.start(0, 25.0, 1.0);
    for (int ms = 0; ms <= 600000; ms += 37) {
        const double ta = double(a.frameNow()) / 24.0;
        const double tb = double(b.frameNow()) / 25.0;
        REQUIRE(std::abs(ta - tb) < 1.0 / 24.0);
        nowMs += 37;
    }

    // Speed scales time; negative speed plays backwards; stop holds the start frame.
    clock.start(240, 24.0, 0.5);
    nowMs += 2000;
    CHECK(clock.frameNow() == 264);
    clock.start(240, 24.0, -2.0);
    nowMs += 1000;
    CHECK(clock.frameNow() == 192);
    clock.stop();
    CHECK(clock.frameNow() == 240);
}

TEST_CASE("locked sync follows time plus the offset that 'sync here' sets", "[ui][player]")
{
    SyncController sync;
    sync.setFilms(film(24.0, 240), film(30.0, 300));
    sync.setMode(SyncMode::Locked);
    CHECK(sync.frameOfB(0) == 0);
    CHECK(sync.frameOfB(24) == 30); // one second into each, at their own rates
    CHECK(sync.frameOfB(239) == 298);

    sync.syncHere(48, 30); // A's 2 s with B's 1 s
    CHECK(sync.offsetSeconds() == Approx(-1.0));
    CHECK(sync.frameOfB(48) == 30);
    CHECK(sync.frameOfB(72) == 60);
    CHECK(sync.frameOfB(0) == 0); // clamped: B has no frame before its first
    CHECK(sync.lockedFrameOfA(60) == 72);
    CHECK(sync.lockedFrameOfA(299) == 239); // clamped to A's last frame
    // B's frame shown with A's frame maps back to within one frame of it (the rates differ,
    // so not every frame of A has a frame of B starting at the same instant).
    for (qint64 a = 24; a < 240; ++a)
        REQUIRE(std::abs(sync.lockedFrameOfA(sync.frameOfB(a)) - a) <= 1);
}

TEST_CASE("shot-aligned sync maps time proportionally inside paired shots", "[ui][player]")
{
    SyncController sync;
    // A: shots of 24 and 48 frames; B: the same shots, the second one half as long.
    sync.setFilms(film(24.0, 72, {{0, 24}, {24, 72}}), film(24.0, 48, {{0, 24}, {24, 48}}));
    sync.setMode(SyncMode::ShotAligned);
    sync.setCorrespondences({{0, 0}, {1, 1}});
    CHECK(sync.frameOfB(0) == 0);
    CHECK(sync.frameOfB(23) == 23);
    CHECK(sync.frameOfB(24) == 24);
    CHECK(sync.frameOfB(48) == 36); // half of A's second shot is half of B's
    CHECK(sync.frameOfB(71) == 47); // never past the paired shot's last frame

    // Crossed pairs: A's first shot is B's second.
    sync.setCorrespondences({{0, 1}});
    CHECK(sync.frameOfB(12) == 36);
    // An unpaired shot falls back to the locked mapping.
    CHECK(sync.frameOfB(30) == 30);
    CHECK(sync.frameOfB(60) == 47);

    // Independent: B stays where it is.
    sync.setMode(SyncMode::Independent);
    CHECK(sync.frameOfB(60, 7) == 7);
}
