// Hand edits of a shot list: split, merge, move a boundary, as pure functions.
#include "editing/shot_edits.h"

#include <catch2/catch.hpp>

using namespace diptych;
using model::Shot;
using model::TransitionKind;

namespace {

Shot shot(model::ShotId id, model::Frame start, model::Frame end,
          TransitionKind transition = TransitionKind::Cut, model::Frame transitionFrames = 0)
{
    Shot s;
    s.id = id;
    s.filmId = 1;
    s.startFrame = start;
    s.endFrame = end;
    s.transition = transition;
    s.transitionFrames = transitionFrames;
    return s;
}

std::vector<std::pair<model::Frame, model::Frame>> ranges(const std::vector<Shot>& shots)
{
    std::vector<std::pair<model::Frame, model::Frame>> out;
    for (const auto& s : shots)
        out.emplace_back(s.startFrame, s.endFrame);
    return out;
}

const std::vector<Shot> kShots{shot(1, 0, 30, TransitionKind::None),
                               shot(2, 30, 60, TransitionKind::Dissolve, 12), shot(3, 60, 90)};

} // namespace

TEST_CASE("the shot containing a frame is found, gaps and the end excluded", "[editing]")
{
    CHECK(editing::shotIndexAt(kShots, 0) == 0u);
    CHECK(editing::shotIndexAt(kShots, 29) == 0u);
    CHECK(editing::shotIndexAt(kShots, 30) == 1u);
    CHECK(editing::shotIndexAt(kShots, 89) == 2u);
    CHECK_FALSE(editing::shotIndexAt(kShots, 90));
    const std::vector<Shot> gapped{shot(1, 0, 10), shot(2, 20, 30)};
    CHECK_FALSE(editing::shotIndexAt(gapped, 15));
}

TEST_CASE("splitting cuts the shot at the frame; the second part begins with a cut", "[editing]")
{
    const auto split = editing::splitShotAt(kShots, 36);
    REQUIRE(split);
    CHECK(ranges(*split) == decltype(ranges(*split)){{0, 30}, {30, 36}, {36, 60}, {60, 90}});
    CHECK((*split)[1].transition == TransitionKind::Dissolve);
    CHECK((*split)[1].transitionFrames == 6); // clipped to the shortened shot
    CHECK((*split)[2].transition == TransitionKind::Cut);
    CHECK((*split)[2].transitionFrames == 0);
    // A shot's first frame is already a boundary; past the end there is nothing to split.
    CHECK_FALSE(editing::splitShotAt(kShots, 30));
    CHECK_FALSE(editing::splitShotAt(kShots, 0));
    CHECK_FALSE(editing::splitShotAt(kShots, 90));
}

TEST_CASE("merging joins a shot with the next and keeps both notes", "[editing]")
{
    auto shots = kShots;
    shots[1].note = "first";
    shots[2].note = "second";
    const auto merged = editing::mergeWithNext(shots, 1);
    REQUIRE(merged);
    CHECK(ranges(*merged) == decltype(ranges(*merged)){{0, 30}, {30, 90}});
    CHECK((*merged)[1].transition == TransitionKind::Dissolve);
    CHECK((*merged)[1].note == "first\n\nsecond");
    CHECK_FALSE(editing::mergeWithNext(shots, 2)); // no next shot
    const std::vector<Shot> gapped{shot(1, 0, 10), shot(2, 20, 30)};
    CHECK_FALSE(editing::mergeWithNext(gapped, 0));
}

TEST_CASE("a boundary moves strictly between its neighbours' other ends", "[editing]")
{
    const auto moved = editing::moveBoundary(kShots, 2, 50);
    REQUIRE(moved);
    CHECK(ranges(*moved) == decltype(ranges(*moved)){{0, 30}, {30, 50}, {50, 90}});
    CHECK(editing::moveBoundary(kShots, 2, 89));
    CHECK(editing::moveBoundary(kShots, 2, 31));
    CHECK_FALSE(editing::moveBoundary(kShots, 2, 30)); // would leave shot 2 empty
    CHECK_FALSE(editing::moveBoundary(kShots, 2, 90)); // would leave shot 3 empty
    CHECK_FALSE(editing::moveBoundary(kShots, 2, 60)); // already there
    CHECK_FALSE(editing::moveBoundary(kShots, 0, 10)); // the film's start is no boundary
    CHECK_FALSE(editing::moveBoundary(kShots, 3, 10));
    // Moving the start of a dissolve-entered shot later keeps its transition within the shot.
    const auto shortened = editing::moveBoundary(kShots, 1, 55);
    REQUIRE(shortened);
    CHECK((*shortened)[1].transitionFrames == 5);
}

TEST_CASE("the nearest boundary to a frame is found", "[editing]")
{
    CHECK(editing::nearestBoundary(kShots, 0) == 1u);
    CHECK(editing::nearestBoundary(kShots, 44) == 1u);
    CHECK(editing::nearestBoundary(kShots, 46) == 2u);
    CHECK_FALSE(editing::nearestBoundary(std::vector<Shot>{shot(1, 0, 10)}, 3));
}
