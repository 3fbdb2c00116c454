#include "player/frame_pairing.h"

#include <catch2/catch.hpp>

#include <utility>
#include <vector>

using diptych::ui::FramePairing;

namespace {

/// A small image carrying `frame` in its colour, so a test can tell shown images apart.
QImage imageOf(qint64 frame)
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(int(frame % 256), 0, 0));
    return image;
}

/// (side, frame) of each shown frame, in order; checks each image is its frame's.
std::vector<std::pair<int, qint64>> sidesAndFrames(const std::vector<FramePairing::Shown>& shown)
{
    std::vector<std::pair<int, qint64>> result;
    for (const auto& frame : shown) {
        CHECK(frame.image.pixelColor(0, 0).red() == int(frame.frame % 256));
        result.emplace_back(frame.side, frame.frame);
    }
    return result;
}

using Shown = std::vector<std::pair<int, qint64>>;

} // namespace

TEST_CASE("The two frames of a tick are shown together, A first", "[player][pairing]")
{
    FramePairing pairing(120);
    pairing.expect(10, 10);
    CHECK(pairing.arrive(1, 10, imageOf(10), 0).empty()); // held for A's frame
    CHECK(pairing.msUntilExpiry(0) == 120);
    CHECK(sidesAndFrames(pairing.arrive(0, 10, imageOf(10), 5)) == Shown{{0, 10}, {1, 10}});
    CHECK(pairing.msUntilExpiry(5) == -1);

    // Films at different rates: B's frame 16 belongs to the ticks of A's 20 and 21.
    pairing.expect(20, 16);
    pairing.expect(21, 16);
    CHECK(pairing.arrive(1, 16, imageOf(16), 10).empty());
    CHECK(sidesAndFrames(pairing.arrive(0, 20, imageOf(20), 11)) == Shown{{0, 20}, {1, 16}});
}

TEST_CASE("A frame whose partner is late or will not come is shown alone", "[player][pairing]")
{
    FramePairing pairing(120);

    SECTION("the partner does not come within the wait")
    {
        pairing.expect(30, 30);
        CHECK(pairing.arrive(0, 30, imageOf(30), 1000).empty());
        CHECK(pairing.expire(1119).empty());
        CHECK(pairing.msUntilExpiry(1119) == 1);
        CHECK(sidesAndFrames(pairing.expire(1120)) == Shown{{0, 30}});
        CHECK(pairing.msUntilExpiry(1120) == -1);
    }

    SECTION("the other side has moved past the held frame's tick")
    {
        pairing.expect(40, 40);
        pairing.expect(41, 41);
        CHECK(pairing.arrive(1, 40, imageOf(40), 0).empty());
        // A skipped 40 (coalesced): B's 40 will get no partner, A's 41 waits for B's 41.
        CHECK(sidesAndFrames(pairing.arrive(0, 41, imageOf(41), 1)) == Shown{{1, 40}});
        CHECK(sidesAndFrames(pairing.arrive(1, 41, imageOf(41), 2)) == Shown{{0, 41}, {1, 41}});
    }

    SECTION("the arriving frame's tick is already behind the other side's")
    {
        pairing.expect(50, 50);
        pairing.expect(51, 51);
        CHECK(pairing.arrive(1, 51, imageOf(51), 0).empty());
        CHECK(sidesAndFrames(pairing.arrive(0, 50, imageOf(50), 1)) == Shown{{0, 50}});
        CHECK(pairing.msUntilExpiry(1) == 119); // B's 51 still waits for A's 51
    }

    SECTION("a newer frame of the same side replaces the one waiting")
    {
        pairing.expect(60, 60);
        pairing.expect(61, 61);
        CHECK(pairing.arrive(0, 60, imageOf(60), 0).empty());
        CHECK(pairing.arrive(0, 61, imageOf(61), 1).empty());
        CHECK(sidesAndFrames(pairing.arrive(1, 61, imageOf(61), 2)) == Shown{{0, 61}, {1, 61}});
    }
}

TEST_CASE("Frames no tick expects are shown at once, and reset forgets", "[player][pairing]")
{
    FramePairing pairing(120);
    CHECK(sidesAndFrames(pairing.arrive(0, 7, imageOf(7), 0)) == Shown{{0, 7}});
    pairing.expect(70, 70);
    CHECK(pairing.arrive(0, 70, imageOf(70), 0).empty());
    pairing.reset();
    CHECK(pairing.msUntilExpiry(0) == -1);
    CHECK(pairing.expire(1000).empty());
    // After a reset the old tick is unknown: its frame is shown at once.
    CHECK(sidesAndFrames(pairing.arrive(1, 70, imageOf(70), 1)) == Shown{{1, 70}});
}
