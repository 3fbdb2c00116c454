// The agreement panel on a real project file: coefficients as the core computes them, the
// disagreement list against hand-made data, seeking from it, messages for data with nothing to
// compare, and the worker thread's coalescing and lifetime.
#include "agreement/agreement_panel.h"
#include "agreement/disagreement_model.h"
#include "document/project_document.h"
#include "store/project_store.h"
#include "temp_dir.h"

#include "annotation/coding_units.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch.hpp>

#include <memory>

using namespace diptych;

namespace {

struct AgreementProject
{
    test::TempDir dir;
    std::filesystem::path path = dir / "agreement.diptych";
    model::FilmId coded = 0;   ///< two coders, disagreeing on shots 2 and 4 (1-based)
    model::FilmId uncoded = 0; ///< no annotations
    std::vector<model::Shot> shots;
};

model::Annotation onShot(const model::Tier& tier, const model::Coder& coder,
                         const model::Shot& shot, const model::Code& code)
{
    return {0, tier.id, coder.id, shot.id, shot.startFrame, shot.endFrame, code.id, "", "", "", ""};
}

// "Coded" at 25 fps: shots [0,10) [10,25) [25,40) [40,60) [60,100).
// Tier Look: Ada Teal, Natural, Teal, Framing, Teal; Ben Teal, Teal, Teal, Natural, — .
// Tier Solo: only Ada codes (shot 5, which Ben did not code).
void populate(AgreementProject& project)
{
    auto store = store::ProjectStore::create(project.path);
    model::Film film;
    film.path = project.dir / "coded.mkv";
    film.title = "Coded";
    film.fps = 25;
    film.frameCount = 100;
    project.coded = store.films().add(film).id;
    film.path = project.dir / "uncoded.mkv";
    film.title = "Uncoded";
    project.uncoded = store.films().add(film).id;
    std::vector<model::Shot> shots;
    for (const auto& [start, end] :
         std::vector<std::pair<int, int>>{{0, 10}, {10, 25}, {25, 40}, {40, 60}, {60, 100}})
        shots.push_back({0, 0, start, end, model::TransitionKind::Cut, ""});
    project.shots = store.shots().replace(project.coded, shots);
    store.shots().replace(project.uncoded, shots);

    const auto ada = store.coders().add({0, "Ada", ""});
    const auto ben = store.coders().add({0, "Ben", ""});
    const auto style = store.schemes().add({0, "Style", ""});
    const auto color =
        store.schemes().addCode({0, style.id, std::nullopt, "Color", "", "", "", 0, false});
    const auto teal =
        store.schemes().addCode({0, style.id, color.id, "Teal", "", "", "", 0, false});
    const auto natural =
        store.schemes().addCode({0, style.id, color.id, "Natural", "", "", "", 1, false});
    const auto framing =
        store.schemes().addCode({0, style.id, std::nullopt, "Framing", "", "", "", 1, false});
    const auto look =
        store.tiers().add({0, project.coded, "Look", style.id, model::TierKind::Shot, 0});
    const auto solo =
        store.tiers().add({0, project.coded, "Solo", style.id, model::TierKind::Shot, 1});

    const auto& s = project.shots;
    auto& a = store.annotations();
    a.add(onShot(look, ada, s[0], teal));
    a.add(onShot(look, ada, s[1], natural));
    a.add(onShot(look, ada, s[2], teal));
    a.add(onShot(look, ada, s[3], framing));
    a.add(onShot(look, ada, s[4], teal));
    a.add(onShot(look, ben, s[0], teal));
    a.add(onShot(look, ben, s[1], teal));
    a.add(onShot(look, ben, s[2], teal));
    a.add(onShot(look, ben, s[3], natural));
    a.add(onShot(solo, ada, s[4], natural));
}

/// What a widget receives from a double-click: press, release, double-click, release. Sent
/// directly, as the offscreen platform does not pair QTest's clicks into a double-click.
void doubleClick(QWidget& widget, QPoint position)
{
    const QPointF local(position);
    const QPointF global(widget.mapToGlobal(position));
    for (const auto type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease,
                            QEvent::MouseButtonDblClick, QEvent::MouseButtonRelease}) {
        const bool down = type != QEvent::MouseButtonRelease;
        QMouseEvent event(type, local, global, Qt::LeftButton, down ? Qt::LeftButton : Qt::NoButton,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(&widget, &event);
    }
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("Agreement panel: coefficients, disagreements and seeking", "[ui][agreement_panel]")
{
    AgreementProject project;
    populate(project);
    auto document = ui::ProjectDocument::openOrCreate(project.path);

    ui::AgreementPanel panel;
    panel.resize(900, 700);
    panel.show();
    QSignalSpy refreshed(&panel, &ui::AgreementPanel::refreshed);
    QSignalSpy seeks(&panel, &ui::AgreementPanel::seekRequested);
    panel.setDocument(document.get());
    REQUIRE(refreshed.wait(10000));

    CHECK(panel.film() == project.coded); // the first film
    CHECK(panel.tier().isEmpty());        // all tiers
    CHECK(panel.errorText().isEmpty());
    const auto* report = panel.report();
    REQUIRE(report);

    // The same numbers as the core's, computed here on a connection of the test's own.
    const auto store = store::ProjectStore::openReadOnly(project.path);
    const auto expected =
        annotation::summarizeAgreement(annotation::buildFilmCoding(store, project.coded));
    CHECK(report->coders == std::vector<std::string>{"Ada", "Ben"});
    CHECK(report->codedUnits == 5);
    CHECK(report->krippendorffAlpha == expected.krippendorffAlpha);
    CHECK(report->fleissKappa == expected.fleissKappa);
    REQUIRE(report->pairwise.size() == 1);
    CHECK(report->pairwise[0].cohenKappa == expected.pairwise[0].cohenKappa);
    REQUIRE(report->perCode.size() == expected.perCode.size());

    // What the tables show.
    const auto* coefficients = panel.findChild<QTableWidget*>(QStringLiteral("coefficients"));
    REQUIRE(coefficients);
    REQUIRE(coefficients->rowCount() == 3); // α, Fleiss' κ, one pair
    REQUIRE(expected.krippendorffAlpha.value);
    CHECK(coefficients->item(0, 1)->text() ==
          QLocale().toString(*expected.krippendorffAlpha.value, 'f', 3));
    CHECK(coefficients->item(0, 2)->text() == QStringLiteral("4")); // shots 1–4 are pairable
    CHECK(coefficients->item(2, 0)->text().contains(QStringLiteral("Ada")));
    CHECK(coefficients->item(2, 0)->text().contains(QStringLiteral("Ben")));
    const auto* perCode = panel.findChild<QTableWidget*>(QStringLiteral("perCode"));
    REQUIRE(perCode);
    CHECK(perCode->rowCount() == int(expected.perCode.size()));

    // Exactly shots 2 and 4 are disagreements; shot 5 has Ada's code only.
    auto* model = panel.disagreements();
    REQUIRE(model);
    REQUIRE(model->rowCount() == 2);
    REQUIRE(model->columnCount() == 4);
    CHECK(model->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Ada"));
    CHECK(model->headerData(3, Qt::Horizontal).toString() == QStringLiteral("Ben"));
    CHECK(cell(*model, 0, 0) == QStringLiteral("2"));
    CHECK(cell(*model, 0, 1) == QStringLiteral("00:00:00:10"));
    CHECK(cell(*model, 0, 2) == QStringLiteral("Color/Natural"));
    CHECK(cell(*model, 0, 3) == QStringLiteral("Color/Teal"));
    CHECK(cell(*model, 1, 0) == QStringLiteral("4"));
    CHECK(cell(*model, 1, 1) == QStringLiteral("00:00:01:15")); // frame 40 at 25 fps
    CHECK(cell(*model, 1, 2) == QStringLiteral("Framing"));
    CHECK(cell(*model, 1, 3) == QStringLiteral("Color/Natural"));

    auto* view = panel.findChild<QTableView*>(QStringLiteral("disagreementView"));
    REQUIRE(view);
    SECTION("Double-click on a row asks to go to its shot's first frame")
    {
        const QRect rect = view->visualRect(model->index(1, 0));
        REQUIRE(rect.isValid());
        doubleClick(*view->viewport(), rect.center());
        REQUIRE(seeks.count() == 1);
        CHECK(seeks[0][0].value<model::FilmId>() == project.coded);
        CHECK(seeks[0][1].value<model::Frame>() == 40);
    }
    SECTION("Enter on the current row does too")
    {
        view->setFocus();
        view->setCurrentIndex(model->index(0, 1));
        QTest::keyClick(view, Qt::Key_Return);
        REQUIRE(seeks.count() == 1);
        CHECK(seeks[0][1].value<model::Frame>() == 10);
    }
    SECTION("A tier with one coder, and a film without coding, say so instead")
    {
        refreshed.clear();
        panel.setTier(QStringLiteral("Solo"));
        REQUIRE(refreshed.wait(10000));
        CHECK(panel.tier() == QStringLiteral("Solo"));
        CHECK(panel.report() == nullptr);
        CHECK(panel.errorText().contains(QStringLiteral("Ada")));
        CHECK(panel.disagreements()->rowCount() == 0);

        refreshed.clear();
        panel.setFilm(project.uncoded);
        REQUIRE(refreshed.wait(10000));
        CHECK(panel.report() == nullptr);
        CHECK(panel.errorText() == QStringLiteral("No coder has coded this film yet."));
        CHECK(panel.tier().isEmpty()); // the film has no tier "Solo"
    }
    SECTION("Requests made while one runs are coalesced; the newest one is shown")
    {
        refreshed.clear();
        panel.setTier(QStringLiteral("Solo")); // runs
        panel.refresh();                       // waits
        panel.setTier(QStringLiteral("Look")); // replaces the waiting one
        REQUIRE(refreshed.wait(10000));
        QThreadPool::globalInstance()->waitForDone(10000);
        QTest::qWait(50); // any late (stale) outcome would arrive now
        CHECK(refreshed.count() == 1);
        CHECK(panel.tier() == QStringLiteral("Look"));
        REQUIRE(panel.report());
        CHECK(panel.errorText().isEmpty());
        CHECK(panel.disagreements()->rowCount() == 2);
    }
}

TEST_CASE("Agreement panel: no project, no films, and destruction mid-computation",
          "[ui][agreement_panel]")
{
    ui::AgreementPanel panel;
    QSignalSpy refreshed(&panel, &ui::AgreementPanel::refreshed);
    CHECK(panel.report() == nullptr);
    CHECK_FALSE(panel.errorText().isEmpty()); // "open a project"

    test::TempDir dir;
    auto empty = ui::ProjectDocument::openOrCreate(dir / "empty.diptych");
    panel.setDocument(empty.get());
    CHECK(refreshed.count() == 1); // nothing to compute: said at once
    CHECK(panel.errorText() == QStringLiteral("This project has no films yet."));
    CHECK_FALSE(panel.film());

    AgreementProject project;
    populate(project);
    auto document = ui::ProjectDocument::openOrCreate(project.path);
    {
        auto doomed = std::make_unique<ui::AgreementPanel>();
        doomed->setDocument(document.get());
        doomed->refresh();
    } // destroyed while its computation runs
    QThreadPool::globalInstance()->waitForDone(10000);
    QCoreApplication::processEvents(); // the outcome finds no panel and is dropped

    // A project closed under the panel takes its report with it.
    refreshed.clear();
    panel.setDocument(document.get());
    REQUIRE(refreshed.wait(10000));
    REQUIRE(panel.report());
    refreshed.clear();
    document.reset();
    REQUIRE(refreshed.wait(10000));
    CHECK(panel.report() == nullptr);
    CHECK_FALSE(panel.film());
    CHECK(panel.disagreements()->rowCount() == 0);
    CHECK_FALSE(panel.errorText().isEmpty());
}
