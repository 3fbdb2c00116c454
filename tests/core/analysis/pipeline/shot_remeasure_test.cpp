// Shots a hand edit changed are measured again, exactly as the pipeline measures them.
#include "older_metrics.h"
#include "pipeline_test_support.h"
#include "temp_dir.h"
#include "test_media.h"

#include "analysis/analysis_results.h"
#include "analysis/pipeline/film_analyzer.h"
#include "analysis/pipeline/metric_catalog.h"
#include "analysis/pipeline/project_setup.h"
#include "analysis/pipeline/shot_remeasure.h"
#include "common/error.h"
#include "editing/shot_edits.h"
#include "ingest/film_ingest.h"
#include "store/project_store.h"
#include "store/sqlite.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

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

namespace {

std::vector<float> lumaSeries(const store::ProjectStore& store, model::FilmId film)
{
    const auto luma = store.metrics().find("frame_luma");
    REQUIRE(luma);
    const auto series = store.metrics().series(film, luma->id);
    REQUIRE(series);
    return series->values;
}

} // namespace

TEST_CASE("new metric algorithms measure the shots again in place, keeping hand edits",
          "[analysis][pipeline][editing]")
{
    using Outcome = analysis::FilmAnalysisReport::Outcome;
    test::TempDir dir;
    const auto projectPath = dir / "p.diptych";
    auto store = store::ProjectStore::create(projectPath);
    const auto film = test::addFilm(store, test::mediaPath("three_shots.mkv"));
    analysis::analyzeFilm(store, film);
    const auto unedited = lumaSeries(store, film.id);
    // A hand split the segmenter would never make: a re-analysis would lose it.
    store.shots().replace(film.id, *editing::splitShotAt(store.shots().list(film.id), 45));
    REQUIRE(analysis::measureUnmeasuredShots(store, film) == 2);
    const auto shots = store.shots().list(film.id);
    const auto edited = test::resultLines(store, film.id);
    REQUIRE(edited.size() == 4);
    const auto editedSeries = lumaSeries(store, film.id);
    // The split's second half starts a new shot: motion restarts there, colour does not.
    CHECK(editedSeries == unedited);

    test::pretendOlderLumaAlgorithm(projectPath);
    auto results = analysis::readAnalysisResults(store, film.id);
    CHECK(results.films[0].measurementsOutdated);
    CHECK(test::resultLines(store, film.id) != edited);

    SECTION("in one go")
    {
        const auto report = analysis::analyzeFilm(store, film);
        CHECK(report.outcome == Outcome::Remeasured);
        CHECK(report.shots == 4);
    }
    SECTION("cancelled, or killed half-way, then finished by the next run")
    {
        CancellationToken cancel;
        cancel.cancel();
        CHECK_THROWS_AS(analysis::analyzeFilm(store, film, {}, &cancel), Cancelled);
        CHECK(analysis::analyzeFilm(store, film).outcome == Outcome::Remeasured);
        CHECK(test::resultLines(store, film.id) == edited);

        // What a run killed after two shots leaves: the others cleared and not yet measured.
        {
            store::Database db(projectPath, store::OpenMode::ExistingReadWrite);
            const std::string later = "(SELECT id FROM shots WHERE start_frame >= 45)";
            db.execute("test", "DELETE FROM shot_metric_values WHERE shot_id IN " + later);
            db.execute("test", "DELETE FROM shot_metric_texts WHERE shot_id IN " + later);
            db.execute("test", "DELETE FROM metric_series_chunks WHERE start_frame >= 45");
        }
        CHECK(test::resultLines(store, film.id) != edited);
        CHECK(lumaSeries(store, film.id) != editedSeries);
        CHECK(analysis::analyzeFilm(store, film).outcome == Outcome::Remeasured);
    }
    CHECK(store.shots().list(film.id) == shots); // the same shots, ids and all
    CHECK(test::resultLines(store, film.id) == edited);
    CHECK(lumaSeries(store, film.id) == editedSeries);
    results = analysis::readAnalysisResults(store, film.id);
    CHECK_FALSE(results.films[0].measurementsOutdated);
    CHECK(results.films[0].staleMetrics.empty());
    CHECK(analysis::analyzeFilm(store, film).outcome == Outcome::UpToDate);
}

TEST_CASE("a changed segmentation algorithm still cuts the film anew",
          "[analysis][pipeline][editing]")
{
    test::TempDir dir;
    const auto projectPath = dir / "p.diptych";
    auto store = store::ProjectStore::create(projectPath);
    const auto film = test::addFilm(store, test::mediaPath("three_shots.mkv"));
    analysis::analyzeFilm(store, film);
    store.shots().replace(film.id, *editing::splitShotAt(store.shots().list(film.id), 45));
    {
        store::Database db(projectPath, store::OpenMode::ExistingReadWrite);
        db.execute("test", "UPDATE film_analysis SET provenance_json = json_set("
                           "provenance_json, '$.segmentation.version', 0)");
    }
    CHECK_FALSE(analysis::readAnalysisResults(store, film.id).films[0].measurementsOutdated);
    const auto report = analysis::analyzeFilm(store, film);
    CHECK(report.outcome == analysis::FilmAnalysisReport::Outcome::Analysed);
    CHECK(report.shots == 3);
}

TEST_CASE("a new sampling rate measures the shots again in place; new segmentation settings "
          "cut the film anew",
          "[analysis][pipeline][editing]")
{
    using Outcome = analysis::FilmAnalysisReport::Outcome;
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto film = test::addFilm(store, test::mediaPath("three_shots.mkv"));
    analysis::analyzeFilm(store, film);
    store.shots().replace(film.id, *editing::splitShotAt(store.shots().list(film.id), 45));
    analysis::measureUnmeasuredShots(store, film);
    const auto shots = store.shots().list(film.id);

    auto settings = analysis::storedSettings(store, film);
    settings.samplesPerSecond = 30.0; // every frame is a sample
    store.analysis().saveSettings(film.id, settings.toJson().dump());
    CHECK(analysis::readAnalysisResults(store, film.id).films[0].measurementsOutdated);
    CHECK(analysis::analyzeFilm(store, film).outcome == Outcome::Remeasured);
    CHECK(store.shots().list(film.id) == shots);
    CHECK(nlohmann::json::parse(store.analysis().get(film.id)->provenanceJson)
              .at("settings")
              .at("samples_per_second") == 30.0);
    CHECK(analysis::analyzeFilm(store, film).outcome == Outcome::UpToDate);

    settings.segmentation.minShotFrames = 40; // longer than a shot: no cut survives
    store.analysis().saveSettings(film.id, settings.toJson().dump());
    CHECK_FALSE(analysis::readAnalysisResults(store, film.id).films[0].measurementsOutdated);
    const auto report = analysis::analyzeFilm(store, film);
    CHECK(report.outcome == Outcome::Analysed);
    CHECK(report.shots < 3);
}
