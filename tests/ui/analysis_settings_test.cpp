// A film's analysis settings in the GUI: the dialog, and File ▸ Film Analysis Settings storing
// them and analysing the film again with them.
#include "analysis/pipeline/film_analyzer.h"
#include "analysis/pipeline/project_setup.h"
#include "controllers/job_runner.h"
#include "document/project_document.h"
#include "ingest/film_ingest.h"
#include "mainwindow.h"
#include "store/project_store.h"
#include "temp_dir.h"
#include "test_media.h"
#include "ui_test_support.h"
#include "widgets/analysis_settings_dialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace diptych;

TEST_CASE("The analysis settings dialog shows a film's settings and restores the defaults",
          "[ui][analysis]")
{
    analysis::AnalysisSettings settings;
    settings.segmentation.threshold = 0.4;
    settings.segmentation.minShotFrames = 12;
    settings.segmentation.detectGradual = false;
    settings.segmentation.gradualThreshold = 0.5;
    settings.segmentation.maxFlashSeconds = 0.1;
    settings.samplesPerSecond = 4.0;
    ui::AnalysisSettingsDialog dialog(QStringLiteral("Film"), settings);
    CHECK(dialog.settings().toJson() == settings.toJson());
    auto* gradual = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("gradualThreshold"));
    REQUIRE(gradual);
    CHECK_FALSE(gradual->isEnabled()); // no gradual detection: its threshold does not apply

    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    CHECK(dialog.settings().toJson() == analysis::AnalysisSettings{}.toJson());
    CHECK(gradual->isEnabled());
}

TEST_CASE("Changed analysis settings are stored and the film is analysed again with them",
          "[ui][analysis]")
{
    test::TempDir dir;
    const auto projectPath = dir / "settings.diptych";
    model::FilmId filmId = 0;
    std::size_t shownShots = 0;
    {
        auto store = store::ProjectStore::create(projectPath);
        const auto ingested = ingest::ingestFilm(test::mediaPath("three_shots.mkv"));
        filmId = ingest::addIngestedFilm(store, ingested.film, ingested.frameIndex).id;
        analysis::analyzeFilm(store, *store.films().get(filmId));
    }
    {
        ui::MainWindow window;
        test::showProject(window, projectPath);
        auto& document = *window.document();
        REQUIRE(document.resultsOf(filmId)->shots.size() == 3);

        auto* films = window.findChild<QTableView*>(QStringLiteral("filmTable"));
        REQUIRE(films);
        films->selectRow(0);
        auto* action = window.findChild<QAction*>(QStringLiteral("filmSettingsAction"));
        REQUIRE(action);
        REQUIRE(action->isEnabled());

        // The dialog is modal: answer it from the event loop, as a user would.
        bool answered = false;
        QTimer::singleShot(0, [&answered]() {
            auto* dialog =
                qobject_cast<ui::AnalysisSettingsDialog*>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            // Longer than the film: no cut survives.
            dialog->findChild<QSpinBox*>(QStringLiteral("minShotFrames"))->setValue(1000);
            dialog->accept();
            answered = true;
        });
        action->trigger();
        REQUIRE(answered);
        test::waitForJobs(window);

        CHECK(document.analysisSettings(filmId).segmentation.minShotFrames == 1000);
        CHECK(document.resultsOf(filmId)->complete);
        shownShots = document.resultsOf(filmId)->shots.size();
        CHECK(shownShots < 3); // the fewer cuts analyzeFilm gives with them (core test)
    }
    // Stored in the file, and the results there were made with them.
    auto store = store::ProjectStore::open(projectPath);
    const auto film = *store.films().get(filmId);
    CHECK(analysis::storedSettings(store, film).segmentation.minShotFrames == 1000);
    CHECK(store.shots().list(filmId).size() == shownShots);
    CHECK(analysis::analyzeFilm(store, film).outcome ==
          analysis::FilmAnalysisReport::Outcome::UpToDate);
}
