// File ▸ Export and File ▸ Import Annotations in the main window: the work runs as a background
// job, writes real files, and an import shows up in the open project's views at once.
#include "annotation/annotation_document.h"
#include "controllers/dataset_controller.h"
#include "controllers/job_runner.h"
#include "document/project_document.h"
#include "exchange/dataset_actions.h"
#include "mainwindow.h"
#include "store/project_store.h"
#include "temp_dir.h"
#include "test_media.h"
#include "ui_test_support.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace diptych;

namespace {

/// three_shots.mkv analysed, with one coded annotation by "alice" on its second shot.
model::FilmId makeCodedProject(const std::filesystem::path& path)
{
    const model::FilmId film = test::createAnalysedProject(path);
    auto store = store::ProjectStore::open(path);
    const auto coder = store.coders().add({0, "alice", ""});
    const auto scheme = store.schemes().add({0, "Looks", ""});
    model::Code code;
    code.schemeId = scheme.id;
    code.label = "Teal and orange";
    code = store.schemes().addCode(code);
    model::Tier tier;
    tier.filmId = film;
    tier.name = "Codes";
    tier.kind = model::TierKind::Shot;
    tier.schemeId = scheme.id;
    tier = store.tiers().add(tier);
    const auto shots = store.shots().list(film);
    model::Annotation a;
    a.tierId = tier.id;
    a.coderId = coder.id;
    a.shotId = shots[1].id;
    a.startFrame = shots[1].startFrame;
    a.endFrame = shots[1].endFrame;
    a.codeId = code.id;
    a.note = "graded";
    store.annotations().add(a);
    return film;
}

} // namespace

TEST_CASE("File ▸ Export writes every format in the background", "[ui][exchange]")
{
    test::TempDir dir;
    const auto path = dir / "study.diptych";
    makeCodedProject(path);
    ui::MainWindow window;
    test::showProject(window, path);

    auto* datasets = window.datasets();
    CHECK(datasets->exportMenu()->actions().size() == 7);
    CHECK(datasets->exportMenu()->isEnabled());
    CHECK(datasets->importAction()->isEnabled());

    QSignalSpy exported(datasets->controller(), &ui::DatasetController::exported);
    datasets->exportTo(exchange::ExportFormat::Eaf,
                       QString::fromStdString((dir / "study.eaf").string()));
    datasets->exportTo(exchange::ExportFormat::Bundle,
                       QString::fromStdString((dir / "bundle").string()));
    test::waitForJobs(window);
    REQUIRE(exported.size() == 2);
    const auto eaf = test::readFile(dir / "study.eaf");
    CHECK(eaf.find("ANNOTATOR=\"alice\"") != std::string::npos);
    CHECK(eaf.find("Teal and orange") != std::string::npos);
    for (const char* name : {"shot_0000.jpg", "shot_0001.jpg", "shot_0002.jpg"}) {
        bool found = false;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(dir / "bundle"))
            found = found || entry.path().filename() == name;
        CHECK(found);
    }
}

TEST_CASE("File ▸ Import brings a Diptych JSON export into the open project's views",
          "[ui][exchange]")
{
    test::TempDir dir;
    const auto source = dir / "source.diptych";
    makeCodedProject(source);
    {
        ui::MainWindow window;
        test::showProject(window, source);
        window.datasets()->exportTo(exchange::ExportFormat::Json,
                                    QString::fromStdString((dir / "source.json").string()));
        test::waitForJobs(window);
    }
    REQUIRE(std::filesystem::exists(dir / "source.json"));

    const auto target = dir / "target.diptych";
    store::ProjectStore::create(target);
    ui::MainWindow window;
    test::showProject(window, target);
    REQUIRE(window.document()->films().empty());
    QSignalSpy imported(window.datasets()->controller(), &ui::DatasetController::imported);
    window.datasets()->importFile(QString::fromStdString((dir / "source.json").string()));
    test::waitForJobs(window);
    REQUIRE(imported.size() == 1);
    CHECK(imported[0][1].toString().contains(QStringLiteral("1 annotation added")));
    REQUIRE(window.document()->films().size() == 1);
    const auto film = window.document()->films().front().id;
    const auto& annotations = window.document()->annotations().annotations(film);
    REQUIRE(annotations.size() == 1);
    CHECK(annotations[0].note == "graded");

    // A broken file fails as a job with one line, and the project is unchanged.
    test::TempDir other;
    std::ofstream(other / "broken.eaf") << "<?xml version=\"1.0\"?><ANNOTATION_DOCUMENT";
    QSignalSpy failed(window.jobs(), &ui::JobRunner::jobFailed);
    window.datasets()->importFile(QString::fromStdString((other / "broken.eaf").string()));
    test::waitForJobs(window);
    REQUIRE(failed.size() == 1);
    CHECK_FALSE(failed[0][1].toString().contains(QLatin1Char('\n')));
    CHECK(window.document()->annotations().annotations(film).size() == 1);
}
