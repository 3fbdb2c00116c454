// Per-film analysis state and the shot-by-shot commits of the analysis pipeline.

#include "temp_dir.h"

#include "common/error.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace diptych;
using Catch::Matchers::Contains;

namespace {

struct Fixture
{
    test::TempDir dir;
    store::ProjectStore store = store::ProjectStore::create(dir / "p.diptych");
    model::Film film = [this] {
        model::Film f;
        f.path = "/films/a.mkv";
        f.frameCount = 100;
        return store.films().add(f);
    }();
    model::MetricDefinition luma = store.metrics().define({0, "luma_mean", "", "", R"({"v":1})"});
    model::MetricDefinition palette = store.metrics().define({0, "palette", "", "", "{}"});
    model::MetricDefinition series = store.metrics().define({0, "frame_luma", "", "", "{}"});

    store::AnalysedShot shot(model::Frame start, model::Frame end, double value)
    {
        store::AnalysedShot analysed;
        analysed.shot.startFrame = start;
        analysed.shot.endFrame = end;
        analysed.shot.transition =
            start == 0 ? model::TransitionKind::None : model::TransitionKind::Dissolve;
        analysed.shot.transitionFrames = start == 0 ? 0 : 6;
        analysed.values = {{0, luma.id, value}};
        analysed.texts = {{0, palette.id, R"([{"hex":"#ff0000"}])"}};
        std::vector<float> samples(static_cast<std::size_t>(end - start), float(value));
        analysed.series = {{series.id, samples}};
        return analysed;
    }

    model::FilmAnalysis fresh()
    {
        model::FilmAnalysis state;
        state.filmId = film.id;
        state.fingerprint = "abc";
        state.settingsJson = R"({"threshold":1})";
        state.provenanceJson = R"({"metrics":{}})";
        return state;
    }
};

} // namespace

TEST_CASE("analysed shots are committed one by one with their values, texts and series",
          "[store][analysis]")
{
    Fixture f;
    CHECK_FALSE(f.store.analysis().get(f.film.id));
    f.store.analysis().restart(f.fresh());
    auto state = f.store.analysis().get(f.film.id);
    REQUIRE(state);
    CHECK(state->fingerprint == "abc");
    CHECK(state->nextFrame == 0);
    CHECK_FALSE(state->complete);

    const auto first = f.store.analysis().commitShot(f.film.id, f.shot(0, 40, 0.25), 40,
                                                     R"({"start":37,"end":43})");
    CHECK(first.id > 0);
    state = f.store.analysis().get(f.film.id);
    CHECK(state->nextFrame == 40);
    CHECK(state->resumeJson == R"({"start":37,"end":43})");
    f.store.analysis().commitShot(f.film.id, f.shot(40, 100, 0.75), 100, "{}");
    f.store.analysis().markComplete(f.film.id, 100);

    const auto shots = f.store.shots().list(f.film.id);
    REQUIRE(shots.size() == 2);
    CHECK(shots[0].transition == model::TransitionKind::None);
    CHECK(shots[1].transition == model::TransitionKind::Dissolve);
    CHECK(shots[1].transitionFrames == 6);
    const auto values = f.store.metrics().shotValues(f.film.id, f.luma.id);
    REQUIRE(values.size() == 2);
    CHECK(values[1].value == 0.75);
    const auto texts = f.store.metrics().shotTexts(f.film.id);
    REQUIRE(texts.size() == 2);
    CHECK(texts[0].shotId == shots[0].id);
    CHECK(texts[0].value == R"([{"hex":"#ff0000"}])");
    const auto joined = f.store.metrics().series(f.film.id, f.series.id);
    REQUIRE(joined);
    REQUIRE(joined->values.size() == 100);
    CHECK(joined->values[39] == 0.25f);
    CHECK(joined->values[40] == 0.75f);
    state = f.store.analysis().get(f.film.id);
    CHECK(state->complete);
    CHECK(state->frameCount == 100);
}

TEST_CASE("a failed shot commit writes nothing", "[store][analysis]")
{
    Fixture f;
    f.store.analysis().restart(f.fresh());
    f.store.analysis().commitShot(f.film.id, f.shot(0, 40, 0.25), 40, "{}");
    // Overlaps the committed shot: the whole commit is refused, progress stays.
    REQUIRE_THROWS_WITH(f.store.analysis().commitShot(f.film.id, f.shot(30, 60, 0.5), 60, "{}"),
                        Contains("overlaps"));
    CHECK(f.store.shots().list(f.film.id).size() == 1);
    CHECK(f.store.metrics().shotValues(f.film.id).size() == 1);
    CHECK(f.store.analysis().get(f.film.id)->nextFrame == 40);
    CHECK(f.store.metrics().series(f.film.id, f.series.id)->values.size() == 40);
}

TEST_CASE("restarting an analysis clears the film's results but not its settings' history",
          "[store][analysis]")
{
    Fixture f;
    f.store.analysis().saveSettings(f.film.id, R"({"threshold":2})");
    auto state = f.store.analysis().get(f.film.id);
    REQUIRE(state);
    CHECK(state->settingsJson == R"({"threshold":2})");
    CHECK(state->fingerprint.empty());

    f.store.analysis().restart(f.fresh());
    f.store.analysis().commitShot(f.film.id, f.shot(0, 40, 0.25), 40, "{}");
    f.store.analysis().saveSettings(f.film.id, R"({"threshold":3})");
    CHECK(f.store.shots().list(f.film.id).size() == 1); // saving settings keeps results
    f.store.analysis().restart(f.fresh());
    CHECK(f.store.shots().list(f.film.id).empty());
    CHECK(f.store.metrics().shotValues(f.film.id).empty());
    CHECK_FALSE(f.store.metrics().series(f.film.id, f.series.id));
    CHECK(f.store.analysis().get(f.film.id)->nextFrame == 0);

    // Removing the film removes its analysis state.
    f.store.films().remove(f.film.id);
    CHECK_FALSE(f.store.analysis().get(f.film.id));
}

TEST_CASE("series chunks leave gaps as NaN and a whole-film series takes precedence",
          "[store][analysis]")
{
    Fixture f;
    const std::vector<float> a{1, 2}, b{5};
    f.store.metrics().putSeriesChunk(f.film.id, f.series.id, 10, a);
    f.store.metrics().putSeriesChunk(f.film.id, f.series.id, 14, b);
    auto joined = f.store.metrics().series(f.film.id, f.series.id);
    REQUIRE(joined);
    CHECK(joined->startFrame == 10);
    REQUIRE(joined->values.size() == 5);
    CHECK(std::isnan(joined->values[2]));
    CHECK(joined->values[4] == 5.0f);
    f.store.metrics().putSeries({f.film.id, f.series.id, 0, 1, {9.0f}});
    joined = f.store.metrics().series(f.film.id, f.series.id);
    REQUIRE(joined->values.size() == 1);
    CHECK(joined->values[0] == 9.0f);
}
