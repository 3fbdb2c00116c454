#include "controllers/film_import_controller.h"
#include "document/project_document.h"
#include "mainwindow.h"
#include "models/film_list_model.h"
#include "player/dual_player.h"
#include "store/project_store.h"
#include "temp_dir.h"
#include "test_media.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <fstream>

using namespace diptych;
using diptych::test::mediaPath;

namespace {

QString qpath(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

const ui::FilmListModel* filmModel(const ui::MainWindow& window)
{
    const auto* table = window.findChild<QTableView*>(QStringLiteral("filmTable"));
    REQUIRE(table);
    return qobject_cast<const ui::FilmListModel*>(table->model());
}

} // namespace

TEST_CASE("The main window creates a project and adds films in the background", "[ui][smoke]")
{
    test::TempDir dir;
    const auto projectPath = dir / "study.diptych";
    {
        ui::MainWindow window;
        window.show();
        REQUIRE(window.openProject(qpath(projectPath)).isEmpty());
        CHECK(window.windowTitle().contains(QStringLiteral("study")));
        CHECK(filmModel(window)->rowCount() == 0);

        QSignalSpy added(window.filmImport(), &ui::FilmImportController::filmAdded);
        QSignalSpy failed(window.filmImport(), &ui::FilmImportController::importFailed);
        window.filmImport()->addFilms(
            {qpath(mediaPath("h264_longgop.mp4")), qpath(mediaPath("not_media.mp4"))});
        REQUIRE(added.wait(20000));
        if (failed.isEmpty())
            REQUIRE(failed.wait(20000));
        CHECK(failed.first().at(0).toString().contains(QStringLiteral("not_media.mp4")));

        const auto* model = filmModel(window);
        REQUIRE(model->rowCount() == 1);
        const auto frames = test::ffprobeFrameCount(mediaPath("h264_longgop.mp4"));
        CHECK(model->index(0, ui::FilmListModel::FramesColumn)
                  .data()
                  .toString()
                  .remove(QLatin1Char(',')) == QString::number(frames));
        CHECK(model->index(0, ui::FilmListModel::StatusColumn).data().toString() ==
              QStringLiteral("OK"));

        // The same file twice is refused with a message, not added again.
        QSignalSpy failedAgain(window.filmImport(), &ui::FilmImportController::importFailed);
        window.filmImport()->addFilms({qpath(mediaPath("h264_longgop.mp4"))});
        REQUIRE(failedAgain.wait(20000));
        CHECK(model->rowCount() == 1);
    }
    // What the window added is in the file, with its exact frame count and frame index.
    auto store = store::ProjectStore::open(projectPath);
    const auto films = store.films().list();
    REQUIRE(films.size() == 1);
    CHECK(films[0].frameCount == test::ffprobeFrameCount(mediaPath("h264_longgop.mp4")));
    CHECK_FALSE(films[0].fingerprint.empty());
    CHECK(store.frameIndexes().load(films[0].id).has_value());
}

TEST_CASE("The main window reports a broken project file and keeps running", "[ui][smoke]")
{
    test::TempDir dir;
    const auto broken = dir / "broken.diptych";
    std::ofstream(broken) << "not a project at all, just some text that is long enough";
    ui::MainWindow window;
    const QString error = window.openProject(qpath(broken));
    CHECK_FALSE(error.isEmpty());
    CHECK(error.contains(QStringLiteral("broken.diptych")));
    CHECK(window.document() == nullptr);
}

TEST_CASE("A film whose media file disappeared is shown as missing", "[ui][smoke]")
{
    test::TempDir dir;
    const auto clip = dir / "moving.mkv";
    std::filesystem::copy_file(mediaPath("anamorphic.mkv"), clip);
    const auto projectPath = dir / "p.diptych";
    {
        ui::MainWindow window;
        REQUIRE(window.openProject(qpath(projectPath)).isEmpty());
        QSignalSpy added(window.filmImport(), &ui::FilmImportController::filmAdded);
        window.filmImport()->addFilms({qpath(clip)});
        REQUIRE(added.wait(20000));
        // Display geometry: 8:9 pixels make the 320-pixel-wide picture 284 wide.
        CHECK(filmModel(window)->index(0, ui::FilmListModel::SizeColumn).data().toString() ==
              QStringLiteral("284 × 240"));
    }
    std::filesystem::rename(clip, dir / "moved.mkv");
    ui::MainWindow window;
    REQUIRE(window.openProject(qpath(projectPath)).isEmpty());
    CHECK(filmModel(window)->index(0, ui::FilmListModel::StatusColumn).data().toString() ==
          QStringLiteral("Missing"));

    QSignalSpy relinked(window.filmImport(), &ui::FilmImportController::relinkFinished);
    window.filmImport()->relinkMissingFilms(qpath(dir.path()));
    REQUIRE(relinked.wait(20000));
    CHECK(relinked.first().at(0).toInt() == 1);
    CHECK(filmModel(window)->index(0, ui::FilmListModel::StatusColumn).data().toString() ==
          QStringLiteral("OK"));
    CHECK(filmModel(window)
              ->index(0, ui::FilmListModel::PathColumn)
              .data()
              .toString()
              .endsWith(QStringLiteral("moved.mkv")));
}

TEST_CASE("diptych --demo opens the built-in demo project, made and analysed on first use",
          "[ui][smoke][demo]")
{
    test::TempDir dir;
    // The demo lives in the user's data folder; this run's is a temporary one.
    const QByteArray savedDataHome = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QByteArray::fromStdString(dir.path().string()));
    ui::MainWindow window;
    window.show();
    window.openDemoProject();
    // Rendering and analysing two 24 s films takes about 40 s on two cores.
    QElapsedTimer waited;
    waited.start();
    while (!window.document() && waited.elapsed() < 300000)
        QTest::qWait(100);
    qputenv("XDG_DATA_HOME", savedDataHome);
    REQUIRE(window.document());
    CHECK(window.document()->path() == dir / "diptych" / "demo" / "demo.diptych");
    REQUIRE(filmModel(window)->rowCount() == 2);
    CHECK(window.windowTitle().contains(QStringLiteral("demo")));
    // Both films are analysed, shown side by side, and their shots are listed.
    for (const auto& film : window.document()->results().films) {
        CHECK(film.complete);
        CHECK(film.shots.size() >= 8);
    }
    CHECK(window.player()->filmIdOf(0) != window.player()->filmIdOf(1));
    const auto* shots = window.findChild<QTableView*>(QStringLiteral("shotTable"));
    REQUIRE(shots);
    CHECK(shots->model()->rowCount() >= 8);
    // How each shot begins: nothing before the first, a named transition before every other.
    const QAbstractItemModel* table = shots->model();
    int begins = -1;
    for (int column = 0; column < table->columnCount(); ++column)
        if (table->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Begins with"))
            begins = column;
    REQUIRE(begins >= 0);
    CHECK(table->index(0, begins).data().toString() == QStringLiteral("first shot"));
    for (int row = 1; row < table->rowCount(); ++row) {
        const QString text = table->index(row, begins).data().toString();
        CAPTURE(row, text.toStdString());
        CHECK((text == QStringLiteral("cut") || text.startsWith(QStringLiteral("dissolve, ")) ||
               text.startsWith(QStringLiteral("fade ")) ||
               text.startsWith(QStringLiteral("wipe, "))));
    }
}
