// A film's analysis settings in the GUI: the dialog, and File ▸ Film Analysis Settings storing
// them and analysing the film again with them.
#include "analysis/analysis_results.h"
#include "analysis/pipeline/film_analyzer.h"
#include "analysis/pipeline/project_setup.h"
#include "controllers/job_runner.h"
#include "document/project_document.h"
#include "mainwindow.h"
#include "store/project_store.h"
#include "temp_dir.h"
#include "ui_test_support.h"
#include "widgets/analysis_settings_dialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

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

TEST_CASE("The analysis settings dialog says what OK will do with the values shown",
          "[ui][analysis]")
{
    ui::AnalysisSettingsDialog dialog(QStringLiteral("Film"), analysis::AnalysisSettings{});
    auto* consequence = dialog.findChild<QLabel*>(QStringLiteral("consequence"));
    REQUIRE(consequence);
    const QString unchanged = consequence->text();
    CHECK_FALSE(unchanged.isEmpty());

    auto* samples = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("samplesPerSecond"));
    samples->setValue(4.0);
    const QString remeasure = consequence->text();
    CHECK(remeasure != unchanged);
    CHECK(remeasure.contains(QStringLiteral("stay")));

    dialog.findChild<QSpinBox*>(QStringLiteral("minShotFrames"))->setValue(12);
    const QString replace = consequence->text();
    CHECK(replace != remeasure);
    CHECK(replace.contains(QStringLiteral("replaced")));

    dialog.findChild<QSpinBox*>(QStringLiteral("minShotFrames"))->setValue(6);
    CHECK(consequence->text() == remeasure);
    samples->setValue(2.0);
    CHECK(consequence->text() == unchanged);
}

TEST_CASE("A new sampling rate measures the film's shots again and keeps hand edits",
          "[ui][analysis]")
{
    test::TempDir dir;
    const auto projectPath = dir / "sampling.diptych";
    const model::FilmId filmId = test::createHandSplitProject(projectPath);
    const auto edited = store::ProjectStore::open(projectPath).shots().list(filmId);
    {
        ui::MainWindow window;
        test::showProject(window, projectPath);
        window.findChild<QTableView*>(QStringLiteral("filmTable"))->selectRow(0);
        bool answered = false;
        QTimer::singleShot(0, [&answered]() {
            auto* dialog =
                qobject_cast<ui::AnalysisSettingsDialog*>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            dialog->findChild<QDoubleSpinBox*>(QStringLiteral("samplesPerSecond"))->setValue(8);
            dialog->accept();
            answered = true;
        });
        window.findChild<QAction*>(QStringLiteral("filmSettingsAction"))->trigger();
        REQUIRE(answered);
        test::waitForJobs(window);
        CHECK(window.document()->analysisSettings(filmId).samplesPerSecond == 8.0);
    }
    auto store = store::ProjectStore::open(projectPath);
    const auto film = *store.films().get(filmId);
    CHECK(store.shots().list(filmId) == edited);
    const auto results = analysis::readAnalysisResults(store, filmId);
    CHECK_FALSE(results.films[0].measurementsOutdated);
    for (const auto& shot : results.films[0].shots)
        CHECK(std::any_of(shot.numbers.begin(), shot.numbers.end(),
                          [](double value) { return std::isfinite(value); }));
    const auto provenance = nlohmann::json::parse(store.analysis().get(filmId)->provenanceJson);
    CHECK(provenance.at("settings").at("samples_per_second") == 8.0);
    CHECK(analysis::analyzeFilm(store, film).outcome ==
          analysis::FilmAnalysisReport::Outcome::UpToDate);
}

TEST_CASE("Changed analysis settings are stored and the film is analysed again with them",
          "[ui][analysis]")
{
    test::TempDir dir;
    const auto projectPath = dir / "settings.diptych";
    const model::FilmId filmId = test::createAnalysedProject(projectPath);
    std::size_t shownShots = 0;
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
