#include "analysis/segmentation/boundary_evaluation.h"

#include <catch2/catch.hpp>

using namespace diptych::analysis;

namespace {

ShotBoundary cut(diptych::model::Frame frame)
{
    return {frame, frame + 1, TransitionKind::Cut};
}

ShotBoundary dissolve(diptych::model::Frame start, diptych::model::Frame end)
{
    return {start, end, TransitionKind::Dissolve};
}

} // namespace

TEST_CASE("Cuts are found within the tolerance and matched one to one", "[analysis][evaluation]")
{
    const std::vector<ShotBoundary> truth = {cut(100), cut(200), cut(300)};
    // 102 is within 2 frames of 100; 203 is one frame too far; 300 is matched by only one of
    // the two detections next to it; 500 matches nothing.
    const auto score =
        evaluateBoundaries(truth, {cut(102), cut(203), cut(299), cut(301), cut(500)}, 2);
    CHECK(score.cuts.truePositives == 2);
    CHECK(score.cuts.falseNegatives == 1);
    CHECK(score.cuts.falsePositives == 3);
    CHECK(score.cuts.precision() == Approx(2.0 / 5.0));
    CHECK(score.cuts.recall() == Approx(2.0 / 3.0));
    CHECK(score.cuts.f1() == Approx(2 * 0.4 * (2.0 / 3.0) / (0.4 + 2.0 / 3.0)));
}

TEST_CASE("A gradual transition is found anywhere inside its span", "[analysis][evaluation]")
{
    const std::vector<ShotBoundary> truth = {dissolve(50, 70), cut(120)};
    SECTION("a cut detected in the middle of a dissolve finds it")
    {
        const auto score = evaluateBoundaries(truth, {cut(61), cut(120)});
        CHECK(score.gradual.truePositives == 1);
        CHECK(score.cuts.truePositives == 1);
        CHECK(score.overall().f1() == Approx(1.0));
    }
    SECTION("just outside the span plus tolerance is a miss and a false alarm")
    {
        const auto score = evaluateBoundaries(truth, {cut(47), cut(120)});
        CHECK(score.gradual.falseNegatives == 1);
        CHECK(score.cuts.falsePositives == 1); // the detection claimed to be a cut
        CHECK(score.gradual.recall() == Approx(0.0));
    }
    SECTION("the detection at the end frame of the span counts")
    {
        CHECK(evaluateBoundaries(truth, {cut(70)}).gradual.truePositives == 1);
        CHECK(evaluateBoundaries(truth, {cut(72)}).gradual.truePositives == 0);
    }
    SECTION("a detected gradual transition overlapping the true one")
    {
        const auto score = evaluateBoundaries(truth, {dissolve(66, 80)});
        CHECK(score.gradual.truePositives == 1);
        CHECK(score.cuts.falseNegatives == 1);
    }
}

TEST_CASE("Empty inputs score as expected", "[analysis][evaluation]")
{
    const auto nothing = evaluateBoundaries({}, {});
    CHECK(nothing.cuts.f1() == Approx(1.0));
    const auto allMissed = evaluateBoundaries({cut(10)}, {});
    CHECK(allMissed.cuts.recall() == Approx(0.0));
    CHECK(allMissed.cuts.f1() == Approx(0.0));
    const auto allFalse = evaluateBoundaries({}, {cut(10)});
    CHECK(allFalse.cuts.precision() == Approx(0.0));
}
