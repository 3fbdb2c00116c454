// The analysis pipeline end to end, on real decoded files and a real project file.
#include "pipeline_test_support.h"
#include "temp_dir.h"
#include "test_media.h"

#include "analysis/analysis_results.h"
#include "analysis/pipeline/analysis_settings.h"
#include "analysis/pipeline/film_analyzer.h"
#include "analysis/pipeline/metric_catalog.h"
#include "common/error.h"
#include "ingest/film_ingest.h"
#include "store/project_store.h"
#include "store/sqlite.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace diptych;
using analysis::FilmAnalysisReport;
using Outcome = analysis::FilmAnalysisReport::Outcome;

using test::addFilm;
using test::resultLines;

TEST_CASE("a film is cut into shots and every shot gets every metric and the series",
          "[analysis][pipeline]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto film = addFilm(store, test::mediaPath("three_shots.mkv"));

    std::vector<analysis::AnalysisProgress> progress;
    const auto report =
        analysis::analyzeFilm(store, film, {}, nullptr,
                              [&](const analysis::AnalysisProgress& p) { progress.push_back(p); });
    CHECK(report.outcome == Outcome::Analysed);
    CHECK(report.frameCount == 90);
    CHECK(report.shots == 3);
    REQUIRE_FALSE(progress.empty());
    CHECK(progress.back().framesDone == 90);

    const auto shots = store.shots().list(film.id);
    REQUIRE(shots.size() == 3);
    CHECK(shots[0].startFrame == 0);
    CHECK(shots[0].transition == model::TransitionKind::None);
    CHECK(shots[1].startFrame == 30);
    CHECK(shots[1].transition == model::TransitionKind::Cut);
    CHECK(shots[2].startFrame == 60);
    CHECK(shots[2].endFrame == 90);

    const auto results = analysis::readAnalysisResults(store, film.id);
    REQUIRE(results.films.size() == 1);
    CHECK(results.films[0].complete);
    CHECK(results.films[0].staleMetrics.empty());
    std::size_t numberColumns = 0;
    for (const auto& spec : analysis::shotMetricSpecs())
        numberColumns += spec.isText ? 0 : 1;
    CHECK(store.metrics().shotValues(film.id).size() == 3 * numberColumns);
    for (const auto& shot : results.films[0].shots) {
        for (std::size_t c = 0; c < results.columns.size(); ++c) {
            const auto& name = results.columns[c].name;
            if (name == "luma_mean" || name == "contrast_rms" || name == "edge_density" ||
                name == "symmetry_lr" || name == "dof_proxy" || name == "motion_mean")
                CHECK(std::isfinite(shot.numbers[c]));
            if (name == "palette")
                CHECK(shot.texts[c].front() == '[');
        }
    }
    // Per-frame series cover the whole film; the motion series is NaN on each shot's first
    // frame (no flow across a cut).
    const auto luma = store.metrics().find("frame_luma");
    const auto motion = store.metrics().find("frame_motion");
    REQUIRE(luma);
    REQUIRE(motion);
    const auto lumaSeries = store.metrics().series(film.id, luma->id);
    const auto motionSeries = store.metrics().series(film.id, motion->id);
    REQUIRE(lumaSeries);
    REQUIRE(motionSeries);
    CHECK(lumaSeries->values.size() == 90);
    CHECK(std::isnan(motionSeries->values[30]));
    CHECK(std::isfinite(motionSeries->values[31]));

    // A second run finds everything current and does nothing.
    const auto again = analysis::analyzeFilm(store, film);
    CHECK(again.outcome == Outcome::UpToDate);
    CHECK(store.shots().list(film.id) == shots);
}

TEST_CASE("a cancelled analysis keeps its committed shots and resumes to identical results",
          "[analysis][pipeline][resume]")
{
    test::TempDir dir;
    const auto file = test::mediaPath("many_shots.mkv");

    auto reference = store::ProjectStore::create(dir / "reference.diptych");
    const auto referenceFilm = addFilm(reference, file);
    analysis::FilmAnalysisOptions options;
    options.threads = 2;
    REQUIRE(analysis::analyzeFilm(reference, referenceFilm, options).shots ==
            test::kManyShotsCount);

    auto store = store::ProjectStore::create(dir / "p.diptych");
    const auto film = addFilm(store, file);
    CancellationToken cancel;
    REQUIRE_THROWS_AS(analysis::analyzeFilm(store, film, options, &cancel,
                                            [&](const analysis::AnalysisProgress& p) {
                                                if (p.shotsCommitted >= 3)
                                                    cancel.cancel();
                                            }),
                      Cancelled);
    const auto kept = store.shots().list(film.id).size();
    INFO("shots committed before cancelling: " << kept);
    REQUIRE(kept >= 3);
    REQUIRE(kept < std::size_t(test::kManyShotsCount));
    const auto state = store.analysis().get(film.id);
    REQUIRE(state);
    CHECK_FALSE(state->complete);
    CHECK(state->nextFrame == store.shots().list(film.id).back().endFrame);

    const auto resumed = analysis::analyzeFilm(store, film, options);
    CHECK(resumed.outcome == Outcome::Resumed);
    CHECK(resumed.resumedFrom == state->nextFrame);
    CHECK(resumed.shots == test::kManyShotsCount);
    CHECK(resultLines(store, film.id) == resultLines(reference, referenceFilm.id));
    const auto luma = store.metrics().find("frame_luma");
    CHECK(store.metrics().series(film.id, luma->id)->values ==
          reference.metrics()
              .series(referenceFilm.id, reference.metrics().find("frame_luma")->id)
              ->values);
}

TEST_CASE("a changed file, changed settings or changed algorithms are analysed again",
          "[analysis][pipeline]")
{
    test::TempDir dir;
    const auto file = dir / "film.mkv";
    std::filesystem::copy_file(test::mediaPath("three_shots.mkv"), file);
    const auto projectPath = dir / "p.diptych";
    auto store = store::ProjectStore::create(projectPath);
    const auto film = addFilm(store, file);
    REQUIRE(analysis::analyzeFilm(store, film).shots == 3);

    SECTION("the file changed on disk")
    {
        std::filesystem::copy_file(test::mediaPath("many_shots.mkv"), file,
                                   std::filesystem::copy_options::overwrite_existing);
        const auto report = analysis::analyzeFilm(store, film);
        CHECK(report.outcome == Outcome::Analysed);
        CHECK(report.shots == test::kManyShotsCount);
        CHECK(store.shots().list(film.id).size() == std::size_t(test::kManyShotsCount));
    }
    SECTION("the film's settings changed")
    {
        auto settings = analysis::AnalysisSettings{};
        settings.segmentation.minShotFrames = 40; // longer than a shot: no cut survives
        store.analysis().saveSettings(film.id, settings.toJson().dump());
        const auto report = analysis::analyzeFilm(store, film);
        CHECK(report.outcome == Outcome::Analysed);
        CHECK(report.shots < 3);
        CHECK(nlohmann::json::parse(store.analysis().get(film.id)->settingsJson) ==
              settings.toJson());
    }
    SECTION("values made by another algorithm version are stale, then recomputed")
    {
        // As if the project's luma_mean had been written by another version of the code.
        store::Database db(projectPath, store::OpenMode::ExistingReadWrite);
        db.execute("test", "UPDATE metrics SET parameters_json = '{\"extractor\":\"older\"}' "
                           "WHERE name = 'luma_mean'");
        auto results = analysis::readAnalysisResults(store, film.id);
        CHECK(results.films[0].staleMetrics == std::vector<std::string>{"luma_mean"});
        const auto column =
            std::size_t(std::find_if(results.columns.begin(), results.columns.end(),
                                     [](const auto& c) { return c.name == "luma_mean"; }) -
                        results.columns.begin());
        CHECK(std::isnan(results.films[0].shots[0].numbers[column]));

        // The film's own record says which algorithms made its values: a different one
        // means the film is analysed again rather than mixing versions.
        db.execute("test", "UPDATE film_analysis SET provenance_json = '{\"metrics\":{}}'");
        const auto report = analysis::analyzeFilm(store, film);
        CHECK(report.outcome == Outcome::Analysed);
        results = analysis::readAnalysisResults(store, film.id);
        CHECK(results.films[0].staleMetrics.empty());
        CHECK(std::isfinite(results.films[0].shots[0].numbers[column]));
    }
}

TEST_CASE("unusable or damaged media gives a clear error or a reported repair",
          "[analysis][pipeline][bad]")
{
    test::TempDir dir;
    auto store = store::ProjectStore::create(dir / "p.diptych");
    model::Film missing;
    missing.path = dir / "gone.mkv";
    missing = store.films().add(missing);
    REQUIRE_THROWS_WITH(analysis::analyzeFilm(store, missing),
                        Catch::StartsWith(missing.path.string() + ": "));
    CHECK(store.shots().list(missing.id).empty());

    // A file cut short: every frame the index promises is either decoded or reported as
    // repaired; the shots still cover the whole film.
    const auto truncated = addFilm(store, test::mediaPath("truncated.mkv"));
    try {
        const auto report = analysis::analyzeFilm(store, truncated);
        const auto shots = store.shots().list(truncated.id);
        REQUIRE_FALSE(shots.empty());
        CHECK(shots.back().endFrame == report.frameCount);
    } catch (const MediaError& e) {
        CHECK_THAT(e.what(), Catch::Contains("truncated.mkv"));
    }
}
