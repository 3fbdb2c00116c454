#include "ui_test_support.h"

#include "analysis/pipeline/film_analyzer.h"
#include "controllers/job_runner.h"
#include "editing/shot_edits.h"
#include "ingest/film_ingest.h"
#include "mainwindow.h"
#include "store/project_store.h"
#include "test_media.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

namespace diptych::test {

model::FilmId createAnalysedProject(const std::filesystem::path& path)
{
    auto store = store::ProjectStore::create(path);
    const auto ingested = ingest::ingestFilm(mediaPath("three_shots.mkv"));
    const auto film = ingest::addIngestedFilm(store, ingested.film, ingested.frameIndex);
    analysis::analyzeFilm(store, film);
    return film.id;
}

model::FilmId createHandSplitProject(const std::filesystem::path& path)
{
    const auto film = createAnalysedProject(path);
    auto store = store::ProjectStore::open(path);
    const auto split = editing::splitShotAt(store.shots().list(film), 45);
    REQUIRE(split);
    store.shots().replace(film, *split);
    return film;
}

void waitForJobs(ui::MainWindow& window)
{
    if (window.jobs()->isBusy()) {
        QSignalSpy idle(window.jobs(), &ui::JobRunner::idle);
        REQUIRE(idle.wait(60000));
    }
    QTest::qWait(50);
}

void showProject(ui::MainWindow& window, const std::filesystem::path& path)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openProject(QString::fromStdString(path.string())).isEmpty());
    waitForJobs(window);
}

} // namespace diptych::test
