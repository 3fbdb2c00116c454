// Shot editing in the main window: split, merge and move a boundary at the playhead, undo and
// redo, written to the project at once and measured again in the background.
#include "analysis/pipeline/film_analyzer.h"
#include "analysis/pipeline/shot_remeasure.h"
#include "controllers/job_runner.h"
#include "document/project_document.h"
#include "ingest/film_ingest.h"
#include "mainwindow.h"
#include "older_metrics.h"
#include "player/dual_player.h"
#include "shots/correspondence_editor.h"
#include "shots/shot_editor.h"
#include "store/project_store.h"
#include "temp_dir.h"
#include "test_media.h"
#include "ui_test_support.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <cmath>

using namespace diptych;

namespace {

std::vector<std::pair<qint64, qint64>> ranges(const std::vector<model::Shot>& shots)
{
    std::vector<std::pair<qint64, qint64>> out;
    for (const auto& shot : shots)
        out.emplace_back(shot.startFrame, shot.endFrame);
    return out;
}

/// The luma_mean of every shot of the film, as the document shows it.
std::vector<double> lumaMeans(const ui::ProjectDocument& document, model::FilmId film)
{
    const auto& results = document.results();
    std::size_t column = 0;
    while (results.columns.at(column).name != "luma_mean")
        ++column;
    std::vector<double> values;
    for (const auto& shot : document.resultsOf(film)->shots)
        values.push_back(shot.numbers.at(column));
    return values;
}

} // namespace

TEST_CASE("shots are split, merged and moved at the playhead, undoably, and re-measured",
          "[ui][shots]")
{
    test::TempDir dir;
    const auto projectPath = dir / "edit.diptych";
    const model::FilmId filmId = test::createAnalysedProject(projectPath);
    using Ranges = std::vector<std::pair<qint64, qint64>>;
    std::vector<double> analysedLuma;
    {
        ui::MainWindow window;
        window.show();
        REQUIRE(window.openProject(QString::fromStdString(projectPath.string())).isEmpty());
        test::waitForJobs(window);
        auto& document = *window.document();
        REQUIRE(window.player()->filmIdOf(0) == filmId);
        analysedLuma = lumaMeans(document, filmId);
        REQUIRE(analysedLuma.size() == 3);
        auto* editor = window.shotEditor();

        // A shot's first frame is already a boundary: refused with a message.
        QSignalSpy messages(editor, &ui::ShotEditor::message);
        window.player()->seekA(30);
        CHECK_FALSE(editor->splitAtPlayhead());
        CHECK(messages.count() == 1);
        CHECK(document.undoStack()->count() == 0);

        window.player()->seekA(45);
        REQUIRE(editor->splitAtPlayhead());
        CHECK(ranges(document.shotsOf(filmId)) == Ranges{{0, 30}, {30, 45}, {45, 60}, {60, 90}});
        test::waitForJobs(window); // the two new shots are measured in the background
        const auto splitLuma = lumaMeans(document, filmId);
        REQUIRE(splitLuma.size() == 4);
        for (double value : splitLuma)
            CHECK(std::isfinite(value));
        CHECK(splitLuma[0] == analysedLuma[0]);

        window.player()->seekA(50);
        REQUIRE(editor->moveNearestBoundaryToPlayhead());
        CHECK(ranges(document.shotsOf(filmId)) == Ranges{{0, 30}, {30, 50}, {50, 60}, {60, 90}});
        window.player()->seekA(40);
        REQUIRE(editor->mergeWithNext());
        CHECK(ranges(document.shotsOf(filmId)) == Ranges{{0, 30}, {30, 60}, {60, 90}});
        test::waitForJobs(window);
        // Merged back to the analysed shot, it measures exactly as the pipeline did.
        CHECK(lumaMeans(document, filmId) == analysedLuma);

        // Undo walks back through every edit; redo forward again.
        auto* undo = document.undoStack();
        CHECK(undo->count() == 3);
        undo->undo();
        CHECK(ranges(document.shotsOf(filmId)) == Ranges{{0, 30}, {30, 50}, {50, 60}, {60, 90}});
        undo->undo();
        undo->undo();
        CHECK(ranges(document.shotsOf(filmId)) == Ranges{{0, 30}, {30, 60}, {60, 90}});
        undo->redo();
        CHECK(ranges(document.shotsOf(filmId)) == Ranges{{0, 30}, {30, 45}, {45, 60}, {60, 90}});
        test::waitForJobs(window);
    }
    // Every confirmed edit is in the file, measured.
    auto store = store::ProjectStore::open(projectPath);
    CHECK(ranges(store.shots().list(filmId)) == Ranges{{0, 30}, {30, 45}, {45, 60}, {60, 90}});
    CHECK(store.metrics().shotValues(filmId).size() % 4 == 0);
    CHECK(store.metrics().shotValues(filmId).size() >= 4 * 20);
}

TEST_CASE("shots of A and B are paired by hand, undoably, and shot-aligned sync follows",
          "[ui][shots]")
{
    test::TempDir dir;
    const auto projectPath = dir / "pairs.diptych";
    {
        auto store = store::ProjectStore::create(projectPath);
        for (const char* clip : {"three_shots.mkv", "many_shots.mkv"}) {
            const auto ingested = ingest::ingestFilm(test::mediaPath(clip));
            const auto film = ingest::addIngestedFilm(store, ingested.film, ingested.frameIndex);
            analysis::analyzeFilm(store, film);
        }
    }
    ui::MainWindow window;
    window.show();
    REQUIRE(window.openProject(QString::fromStdString(projectPath.string())).isEmpty());
    test::waitForJobs(window);
    auto& document = *window.document();
    auto* player = window.player();
    const auto a = *player->filmIdOf(0);
    const auto b = *player->filmIdOf(1);
    REQUIRE(a != b);
    auto* pairs = window.pairEditor();
    auto* table = window.findChild<QTableView*>(QStringLiteral("pairTable"));
    REQUIRE(table);

    // Pair A's second shot (frames 30-59) with B's fifth (frames 144-179).
    player->setSyncMode(ui::SyncMode::Independent);
    player->seekA(35);
    player->seekB(150);
    REQUIRE(pairs->pairShotsAtPlayheads());
    CHECK_FALSE(pairs->pairShotsAtPlayheads()); // already paired: refused
    REQUIRE(document.correspondencesBetween(a, b).size() == 1);
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toInt() == 2);
    CHECK(table->model()->index(0, 2).data().toInt() == 5);

    // Shot-aligned: the middle of A's shot 2 shows the middle of B's shot 5.
    player->setSyncMode(ui::SyncMode::ShotAligned);
    player->seekA(45);
    CHECK(player->frameB() == 162);

    // Pair the rest in order (one undo step), then undo it and the first pair.
    const int added = pairs->pairInOrder();
    CHECK(added == 2); // A's shots 1 and 3 with B's 1 and 3; B's 2 and A's 2 are taken
    CHECK(document.correspondencesBetween(a, b).size() == 3);
    document.undoStack()->undo();
    CHECK(document.correspondencesBetween(a, b).size() == 1);
    player->seekA(35);
    REQUIRE(pairs->unpairShotAtPlayhead());
    CHECK(document.correspondencesBetween(a, b).empty());
    CHECK(table->model()->rowCount() == 0);
    document.undoStack()->undo(); // the pair is back
    CHECK(document.correspondencesBetween(a, b).size() == 1);
}

TEST_CASE("a project measured by an older Diptych is measured again on opening, edits kept",
          "[ui][shots]")
{
    test::TempDir dir;
    const auto projectPath = dir / "old.diptych";
    const model::FilmId filmId = test::createHandSplitProject(projectPath);
    std::vector<std::pair<qint64, qint64>> editedRanges;
    {
        auto store = store::ProjectStore::open(projectPath);
        analysis::measureUnmeasuredShots(store, *store.films().get(filmId));
        editedRanges = ranges(store.shots().list(filmId));
    }
    std::vector<double> currentLuma;
    {
        ui::MainWindow window;
        REQUIRE(window.openProject(QString::fromStdString(projectPath.string())).isEmpty());
        test::waitForJobs(window);
        currentLuma = lumaMeans(*window.document(), filmId);
        REQUIRE(currentLuma.size() == 4);
    }
    test::pretendOlderLumaAlgorithm(projectPath);
    ui::MainWindow window;
    REQUIRE(window.openProject(QString::fromStdString(projectPath.string())).isEmpty());
    test::waitForJobs(window);
    auto& document = *window.document();
    CHECK(ranges(document.shotsOf(filmId)) == editedRanges); // the hand split stands
    CHECK(lumaMeans(document, filmId) == currentLuma);
    CHECK_FALSE(document.resultsOf(filmId)->measurementsOutdated);
    CHECK(document.resultsOf(filmId)->staleMetrics.empty());
}
