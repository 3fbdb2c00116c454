// Shots a hand edit changed are measured again, exactly as the pipeline measures them.
#include "pipeline_test_support.h"
#include "temp_dir.h"
#include "test_media.h"

#include "analysis/analysis_results.h"
#include "analysis/pipeline/film_analyzer.h"
#include "analysis/pipeline/metric_catalog.h"
#include "analysis/pipeline/shot_remeasure.h"
#include "common/error.h"
#include "editing/shot_edits.h"
#include "ingest/film_ingest.h"
#include "store/project_store.h"

#include <catch2/catch.hpp>

using namespace diptych;

namespace {

std::size_t numberMetricCount()
{
    std::size_t count = 0;
    for (const auto& spec : analysis::shotMetricSpecs())
        count += spec.isText ? 0 : 1;
    return count;
}

} // namespace

TEST_CASE("split and merged shots are measured again, identically to the pipeline",
          "[analysis][pipeline][editing]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto film = test::addFilm(store, test::mediaPath("three_shots.mkv"));
    analysis::analyzeFilm(store, film);
    const auto analysed = test::resultLines(store, film.id);
    REQUIRE(analysed.size() == 3);
    CHECK(analysis::measureUnmeasuredShots(store, film) == 0); // nothing was edited

    // Split the middle shot: its two halves lose the old values and get their own.
    const auto split = editing::splitShotAt(store.shots().list(film.id), 45);
    REQUIRE(split);
    store.shots().replace(film.id, *split);
    CHECK(store.metrics().shotValues(film.id).size() == 2 * numberMetricCount());
    long long lastDone = 0;
    long long lastTotal = 0;
    CHECK(analysis::measureUnmeasuredShots(store, film, 2, nullptr,
                                           [&](long long done, long long total) {
                                               lastDone = done;
                                               lastTotal = total;
                                           }) == 2);
    CHECK(lastTotal == 30);
    CHECK(lastDone == 30);
    CHECK(store.metrics().shotValues(film.id).size() == 4 * numberMetricCount());
    const auto afterSplit = test::resultLines(store, film.id);
    REQUIRE(afterSplit.size() == 4);
    CHECK(afterSplit[0] == analysed[0]); // untouched shots keep their values
    CHECK(afterSplit[3] == analysed[2]);
    CHECK(afterSplit[1] != analysed[1]);

    // Merging back gives exactly the values the pipeline computed for that shot.
    const auto merged = editing::mergeWithNext(store.shots().list(film.id), 1);
    REQUIRE(merged);
    store.shots().replace(film.id, *merged);
    CHECK(analysis::measureUnmeasuredShots(store, film) == 1);
    CHECK(test::resultLines(store, film.id) == analysed);

    // Measurements of a shot that was edited again meanwhile are not stored under its id.
    auto stale = store.shots().list(film.id)[1];
    stale.endFrame -= 1;
    CHECK_FALSE(store.analysis().storeShotMeasurements(stale, {}, {}));
}

TEST_CASE("a cancelled re-measurement leaves the edited shots unmeasured, to finish later",
          "[analysis][pipeline][editing]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto film = test::addFilm(store, test::mediaPath("three_shots.mkv"));
    analysis::analyzeFilm(store, film);
    store.shots().replace(film.id, *editing::splitShotAt(store.shots().list(film.id), 70));

    CancellationToken cancel;
    cancel.cancel();
    CHECK_THROWS_AS(analysis::measureUnmeasuredShots(store, film, 1, &cancel), Cancelled);
    CHECK(store.metrics().shotValues(film.id).size() == 2 * numberMetricCount());
    CHECK(analysis::measureUnmeasuredShots(store, film) == 2);
    CHECK(store.metrics().shotValues(film.id).size() == 4 * numberMetricCount());
}
