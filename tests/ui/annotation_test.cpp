// Coding shots by hand in the main window: code shortcuts on the current shot and on a marked
// range, code and advance, the annotation list, and undo/redo of every kind of edit — each
// written to the project file as it is made, even when the process is killed right after.
#include "annotation/annotation_document.h"
#include "annotation/annotation_list_model.h"
#include "annotation/annotation_list_panel.h"
#include "annotation/annotation_workspace.h"
#include "annotation/coding_panel.h"
#include "annotation/note_field.h"
#include "annotation/region_controller.h"
#include "annotation/region_layer.h"
#include "annotation/scheme_editor.h"
#include "annotation/shot_coder.h"
#include "controllers/job_runner.h"
#include "document/project_document.h"
#include "mainwindow.h"
#include "player/dual_player.h"
#include "player/video_view.h"
#include "store/project_store.h"
#include "temp_dir.h"
#include "timeline/film_timeline.h"
#include "timeline/timeline_panel.h"
#include "timeline/timeline_scale.h"
#include "ui_test_support.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <csignal>

using namespace diptych;

namespace {

/// The window's actions whose shortcut is `keys`.
QList<QAction*> actionsWithShortcut(QWidget& window, const QKeySequence& keys)
{
    QList<QAction*> found;
    for (auto* action : window.findChildren<QAction*>())
        if (action->shortcut() == keys && !action->associatedObjects().isEmpty())
            found.append(action);
    return found;
}

QAction* playerAction(ui::MainWindow& window, const QString& text)
{
    for (auto* action : window.player()->playbackActions())
        if (action->text() == text)
            return action;
    FAIL("no player action " << text.toStdString());
    return nullptr;
}

/// The film's annotations as a fresh connection reads them from the file.
std::vector<model::Annotation> annotationsInFile(const std::filesystem::path& path,
                                                 model::FilmId film)
{
    return store::ProjectStore::openReadOnly(path).annotations().listByFilm(film);
}

} // namespace

TEST_CASE("a code's shortcut toggles it on the current shot, undoably, written at once",
          "[ui][annotation]")
{
    test::TempDir dir;
    const auto path = dir / "coding.diptych";
    const auto filmId = test::createAnalysedProject(path);
    ui::MainWindow window;
    test::showProject(window, path);
    auto& document = *window.document();
    auto& annotations = document.annotations();
    auto* coder = window.annotation()->coder();
    annotations.setCurrentCoderName(QStringLiteral("Ada"));
    REQUIRE(coder->film() == filmId);

    // The default scheme is offered; its shortcuts are live, each held by one action only
    // (two would make Qt refuse the key as ambiguous).
    const auto teal = actionsWithShortcut(window, QKeySequence(Qt::Key_1));
    REQUIRE(teal.size() == 1);
    CHECK(teal.front()->text() == QStringLiteral("Teal–orange grade"));
    REQUIRE(actionsWithShortcut(window, QKeySequence(Qt::Key_3)).size() == 1);
    CHECK(window.annotation()->codingPanel()->codeTree()->topLevelItemCount() == 4);

    window.player()->seekA(40); // inside shot 2 of 3
    QApplication::setActiveWindow(&window);
    QTest::keyClick(window.player(), Qt::Key_1);
    auto stored = annotationsInFile(path, filmId);
    REQUIRE(stored.size() == 1);
    const auto shots = document.shotsOf(filmId);
    REQUIRE(shots.size() == 3);
    CHECK(stored[0].shotId == shots[1].id);
    CHECK(stored[0].startFrame == 30);
    CHECK(stored[0].endFrame == 60);
    CHECK(annotations.codePath(*stored[0].codeId) ==
          QStringLiteral("Color & light/Teal–orange grade"));
    CHECK(annotations.coders().size() == 1);
    CHECK(annotations.coders().front().name == "Ada");
    const auto tiers = annotations.tiers(filmId);
    REQUIRE(tiers.size() == 1); // the first code made the film's "Codes" tier
    CHECK(tiers[0].kind == model::TierKind::Shot);
    // The current shot's codes are on show.
    CHECK(window.annotation()->codingPanel()->shotCodes()->count() == 1);

    // Again: taken away; undo puts back the very same row; redo takes it away again.
    REQUIRE(actionsWithShortcut(window, QKeySequence(Qt::Key_1)).size() == 1);
    actionsWithShortcut(window, QKeySequence(Qt::Key_1)).front()->trigger();
    CHECK(annotationsInFile(path, filmId).empty());
    CHECK(window.annotation()->codingPanel()->shotCodes()->count() == 0);
    auto* undo = document.undoStack();
    undo->undo();
    REQUIRE(annotationsInFile(path, filmId) == stored);
    undo->redo();
    CHECK(annotationsInFile(path, filmId).empty());
    undo->undo();

    SECTION("code and advance moves to the next shot")
    {
        coder->setAdvancing(true);
        window.player()->seekA(0);
        actionsWithShortcut(window, QKeySequence(Qt::Key_3)).front()->trigger();
        CHECK(window.player()->frameA() == 30);
        actionsWithShortcut(window, QKeySequence(Qt::Key_3)).front()->trigger();
        CHECK(window.player()->frameA() == 60);
        const auto coded = annotationsInFile(path, filmId);
        REQUIRE(coded.size() == 3);
        CHECK(coded[0].startFrame == 0);
        CHECK(coded[2].startFrame == 30);
    }

    SECTION("a marked range codes every shot it touches, as one undo step")
    {
        window.player()->seekA(10);
        playerAction(window, QStringLiteral("Mark In"))->trigger();
        window.player()->seekA(75);
        playerAction(window, QStringLiteral("Mark Out"))->trigger();
        const int steps = undo->index();
        actionsWithShortcut(window, QKeySequence(Qt::Key_6)).front()->trigger();
        const auto coded = annotationsInFile(path, filmId);
        CHECK(coded.size() == 4); // shots 1 and 3 newly coded 6, shot 2 still teal-orange
        CHECK(undo->index() == steps + 1);
        // The range carries code 6 everywhere now: the same key takes it away everywhere.
        actionsWithShortcut(window, QKeySequence(Qt::Key_6)).front()->trigger();
        CHECK(annotationsInFile(path, filmId).size() == 1);
        undo->undo();
        undo->undo();
        CHECK(annotationsInFile(path, filmId).size() == 1);
        playerAction(window, QStringLiteral("Clear Marks"))->trigger();
        CHECK_FALSE(window.player()->markedRange());
    }

    SECTION("the annotation list searches, filters, seeks and removes")
    {
        window.player()->seekA(70);
        actionsWithShortcut(window, QKeySequence(Qt::Key_9)).front()->trigger();
        auto* list = window.annotation()->annotationList();
        auto* table = list->table();
        REQUIRE(table->model()->rowCount() == 2);
        list->searchField()->setText(QStringLiteral("intertext"));
        REQUIRE(table->model()->rowCount() == 1);
        QSignalSpy seeks(list, &ui::AnnotationListPanel::seekRequested);
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        REQUIRE(seeks.count() == 1);
        CHECK(seeks.front().at(1).toLongLong() == 60);
        CHECK(window.player()->frameA() == 60);
        list->searchField()->clear();
        list->filter()->setCoderName(QStringLiteral("nobody"));
        CHECK(table->model()->rowCount() == 0);
        list->filter()->setCoderName({});
        table->selectAll();
        list->removeSelected();
        CHECK(annotationsInFile(path, filmId).empty());
        undo->undo();
        CHECK(annotationsInFile(path, filmId).size() == 2);
    }

    SECTION("a note is saved with the annotation, undoably")
    {
        auto* list = window.annotation()->annotationList();
        list->table()->selectRow(0);
        list->noteEditor()->setPlainText(QStringLiteral("**Grade** pushed hard"));
        list->saveNote();
        CHECK(annotationsInFile(path, filmId).at(0).note == "**Grade** pushed hard");
        undo->undo();
        CHECK(annotationsInFile(path, filmId).at(0).note.empty());
    }
}

TEST_CASE("tier removal, code merges and regions are undone exactly", "[ui][annotation]")
{
    test::TempDir dir;
    const auto path = dir / "edits.diptych";
    const auto filmId = test::createAnalysedProject(path);
    auto document = ui::ProjectDocument::openOrCreate(path);
    auto& annotations = document->annotations();
    const auto scheme = annotations.ensureDefaultScheme();
    const auto codes = annotations.codes(scheme.id); // a copy: edits refresh the cache
    const auto codeNamed = [&](const char* label) {
        for (const auto& code : codes)
            if (code.label == label)
                return code;
        FAIL(label);
        return model::Code{};
    };
    const auto neon = codeNamed("Neon palette");
    const auto teal = codeNamed("Teal–orange grade");
    const auto colour = codeNamed("Color & light");

    model::Tier tier{0, filmId, "Palette", scheme.id, model::TierKind::Range, 0};
    REQUIRE(
        annotations.apply(QStringLiteral("Add Tier"), ui::AnnotationEdit().add(tier)).isEmpty());
    tier = annotations.tiers(filmId).at(0);
    ui::AnnotationEdit coding;
    const auto coderId = annotations.currentCoder();
    for (const auto& [start, code] : {std::pair{0, neon.id}, std::pair{30, teal.id}}) {
        model::Annotation annotation;
        annotation.tierId = tier.id;
        annotation.coderId = coderId;
        annotation.startFrame = start;
        annotation.endFrame = start + 20;
        annotation.codeId = code;
        coding.add(annotation);
    }
    REQUIRE(annotations.apply(QStringLiteral("Code"), coding).isEmpty());
    const auto coded = annotationsInFile(path, filmId);
    REQUIRE(coded.size() == 2);

    model::Region region;
    region.filmId = filmId;
    region.coderId = coderId;
    region.annotationId = coded[0].id;
    region.startFrame = 0;
    region.endFrame = 20;
    region.points = {{0.1, 0.2}, {0.5, 0.6}};
    region.codeId = neon.id;
    REQUIRE(annotations.apply(QStringLiteral("Draw"), ui::AnnotationEdit().add(region)).isEmpty());
    const auto regions = annotations.regions(filmId);
    REQUIRE(regions.size() == 1);
    auto* undo = document->undoStack();

    SECTION("removing a tier takes its annotations; undo brings back both and the region link")
    {
        REQUIRE(annotations.apply(QStringLiteral("Remove Tier"), annotations.removalOfTier(tier))
                    .isEmpty());
        CHECK(annotations.tiers(filmId).empty());
        CHECK(annotationsInFile(path, filmId).empty());
        CHECK_FALSE(annotations.regions(filmId).at(0).annotationId);
        undo->undo();
        CHECK(annotations.tiers(filmId) == std::vector{tier});
        CHECK(annotationsInFile(path, filmId) == coded);
        CHECK(annotations.regions(filmId).at(0).annotationId == coded[0].id);
        undo->redo();
        CHECK(annotationsInFile(path, filmId).empty());
    }

    SECTION("merging a code recodes annotations and regions; undo splits them again")
    {
        REQUIRE(
            annotations.apply(QStringLiteral("Merge"), annotations.mergeOfCode(neon.id, teal.id))
                .isEmpty());
        CHECK(annotations.code(neon.id) == nullptr);
        for (const auto& annotation : annotationsInFile(path, filmId))
            CHECK(annotation.codeId == teal.id);
        CHECK(annotations.regions(filmId).at(0).codeId == teal.id);
        undo->undo();
        REQUIRE(annotations.code(neon.id) != nullptr);
        CHECK(*annotations.code(neon.id) == neon);
        CHECK(annotationsInFile(path, filmId).at(0).codeId == neon.id);
        CHECK(annotations.regions(filmId).at(0).codeId == neon.id);
    }

    SECTION("merging a parent moves its children; undo moves them back")
    {
        const auto motion = codeNamed("Body & motion");
        REQUIRE(annotations
                    .apply(QStringLiteral("Merge"), annotations.mergeOfCode(colour.id, motion.id))
                    .isEmpty());
        CHECK(annotations.code(teal.id)->parentId == motion.id);
        undo->undo();
        CHECK(annotations.code(teal.id)->parentId == colour.id);
        CHECK(annotations.codes(scheme.id).size() == codes.size());
    }

    SECTION("a region edit and removal are undone")
    {
        auto moved = regions[0];
        moved.points = {{0.2, 0.2}, {0.3, 0.4}, {0.1, 0.9}};
        moved.shape = model::RegionShape::Polygon;
        REQUIRE(annotations
                    .apply(QStringLiteral("Move"), ui::AnnotationEdit().change(regions[0], moved))
                    .isEmpty());
        CHECK(annotations.regions(filmId).at(0).points == moved.points);
        REQUIRE(annotations.apply(QStringLiteral("Remove"), ui::AnnotationEdit().remove(moved))
                    .isEmpty());
        CHECK(annotations.regions(filmId).empty());
        undo->undo();
        undo->undo();
        const auto restored = annotations.regions(filmId);
        REQUIRE(restored.size() == 1);
        CHECK(restored[0].id == regions[0].id);
        CHECK(restored[0].points == regions[0].points);
        CHECK(restored[0].shape == model::RegionShape::Rect);
        CHECK(restored[0].createdAt == regions[0].createdAt);
    }

    SECTION("a failed edit writes nothing and leaves no undo step")
    {
        const int steps = undo->count();
        auto bad = coded[0];
        bad.endFrame = bad.startFrame; // empty range: refused by the store
        ui::AnnotationEdit edit;
        edit.remove(coded[1]).change(coded[0], bad);
        CHECK_FALSE(annotations.apply(QStringLiteral("Bad"), edit).isEmpty());
        CHECK(undo->count() == steps);
        CHECK(annotationsInFile(path, filmId) == coded); // the removal was rolled back too
    }
}

// Run by the next test in a child process: codes a shot through the window, then dies by
// SIGKILL without closing anything.
TEST_CASE("sigkill child: code a shot and die", "[.sigkill-child]")
{
    const auto path =
        std::filesystem::path(qEnvironmentVariable("DIPTYCH_KILL_PROJECT").toStdString());
    REQUIRE_FALSE(path.empty());
    ui::MainWindow window;
    window.show();
    REQUIRE(window.openProject(QString::fromStdString(path.string())).isEmpty());
    test::waitForJobs(window);
    window.document()->annotations().setCurrentCoderName(QStringLiteral("Killed"));
    window.player()->seekA(65);
    actionsWithShortcut(window, QKeySequence(Qt::Key_2)).front()->trigger();
    std::raise(SIGKILL);
}

TEST_CASE("a code confirmed right before a SIGKILL is in the project", "[ui][annotation]")
{
    test::TempDir dir;
    const auto path = dir / "killed.diptych";
    const auto filmId = test::createAnalysedProject(path);
    QProcess child;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DIPTYCH_KILL_PROJECT"),
                       QString::fromStdString(path.string()));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("sigkill child: code a shot and die")});
    REQUIRE(child.waitForFinished(120000));
    CHECK(child.exitStatus() == QProcess::CrashExit);
    INFO(child.readAllStandardOutput().toStdString());

    auto store = store::ProjectStore::open(path); // recovers the WAL the dead process left
    const auto annotations = store.annotations().listByFilm(filmId);
    REQUIRE(annotations.size() == 1);
    CHECK(annotations[0].startFrame == 60);
    CHECK(store.schemes().code(*annotations[0].codeId)->label == "Neon palette");
    CHECK(store.coders().get(annotations[0].coderId)->name == "Killed");
    CHECK(store.checkIntegrity().empty());
}

TEST_CASE("annotations are edited in the timeline's tier lanes", "[ui][annotation][timeline]")
{
    test::TempDir dir;
    const auto path = dir / "lanes.diptych";
    const auto filmId = test::createAnalysedProject(path);
    ui::MainWindow window;
    window.resize(1400, 900);
    test::showProject(window, path);
    auto& document = *window.document();
    window.player()->seekA(0);
    actionsWithShortcut(window, QKeySequence(Qt::Key_1)).front()->trigger();
    actionsWithShortcut(window, QKeySequence(Qt::Key_3)).front()->trigger();
    REQUIRE(annotationsInFile(path, filmId).size() == 2);

    ui::FilmTimeline* timeline = nullptr;
    for (auto* candidate : window.findChildren<ui::FilmTimeline*>())
        if (candidate->film() && candidate->film()->id == filmId && !timeline)
            timeline = candidate;
    REQUIRE(timeline);
    const auto& lanes = timeline->lanes();
    REQUIRE(lanes.lanes().size() == 1);
    REQUIRE(lanes.lanes()[0].rows == 2); // two codes on shot 1 stack in two rows
    const QRect track = timeline->trackRect(ui::FilmTimeline::Track::Annotations);
    const auto& scale = window.findChild<ui::TimelinePanel*>()->scale();
    const auto xOf = [&](double frame) {
        return ui::FilmTimeline::kHeaderWidth + int(std::lround(scale.xOf(frame)));
    };
    const int firstRowY = lanes.rowRect(track, 0, 0).center().y();

    // A click on a box selects it and seeks to its start.
    window.player()->seekA(50);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(xOf(15), firstRowY));
    REQUIRE(timeline->selectedAnnotation());
    CHECK(window.player()->frameA() == 0);

    // Dragging the end edge of a shot-tier box over the next shots applies the code to them.
    QTest::mousePress(timeline, Qt::LeftButton, {}, QPoint(xOf(30) - 1, firstRowY));
    QTest::mouseMove(timeline, QPoint(xOf(60), firstRowY));
    QTest::mouseMove(timeline, QPoint(xOf(88), firstRowY));
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, QPoint(xOf(88), firstRowY));
    auto coded = annotationsInFile(path, filmId);
    REQUIRE(coded.size() == 4);
    const auto firstCode = coded[0].codeId;
    CHECK(std::count_if(coded.begin(), coded.end(),
                        [&](const auto& a) { return a.codeId == firstCode; }) == 3);
    document.undoStack()->undo();
    CHECK(annotationsInFile(path, filmId).size() == 2);

    // Delete removes the selected annotation; undo brings it back.
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Delete);
    CHECK(annotationsInFile(path, filmId).size() == 1);
    document.undoStack()->undo();
    CHECK(annotationsInFile(path, filmId).size() == 2);

    // On a range tier, an edge moves freely and a split makes two annotations.
    auto& annotations = document.annotations();
    model::Tier range{0, filmId, "Moments", std::nullopt, model::TierKind::Range, 5};
    REQUIRE(
        annotations.apply(QStringLiteral("Add Tier"), ui::AnnotationEdit().add(range)).isEmpty());
    range = annotations.tiers(filmId).back();
    model::Annotation moment;
    moment.tierId = range.id;
    moment.coderId = annotations.currentCoder();
    moment.startFrame = 10;
    moment.endFrame = 50;
    moment.value = "explosion";
    REQUIRE(annotations.apply(QStringLiteral("Add"), ui::AnnotationEdit().add(moment)).isEmpty());
    REQUIRE(lanes.lanes().size() == 2);
    const QRect rangeTrack = timeline->trackRect(ui::FilmTimeline::Track::Annotations);
    const int rangeY = lanes.rowRect(rangeTrack, 1, 0).center().y();
    QTest::mousePress(timeline, Qt::LeftButton, {}, QPoint(xOf(50), rangeY));
    QTest::mouseMove(timeline, QPoint(xOf(70), rangeY));
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, QPoint(xOf(70), rangeY));
    const auto findMoment = [&]() {
        for (const auto& a : annotations.annotations(filmId))
            if (a.value == "explosion")
                return a;
        FAIL("no moment");
        return model::Annotation{};
    };
    CHECK(findMoment().startFrame == 10);
    CHECK(std::abs(findMoment().endFrame - 70) <= 1); // one frame is under a pixel here
    const auto id = findMoment().id;
    REQUIRE(timeline->splitAnnotation(id, 30));
    std::vector<std::pair<model::Frame, model::Frame>> parts;
    for (const auto& a : annotationsInFile(path, filmId))
        if (a.value == "explosion")
            parts.emplace_back(a.startFrame, a.endFrame);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0] == std::pair<model::Frame, model::Frame>{10, 30});
    CHECK(parts[1].first == 30);
    document.undoStack()->undo();
    CHECK(findMoment().endFrame == parts[1].second);
    // Shot tiers are not split: their annotations span their shot.
    CHECK_FALSE(timeline->splitAnnotation(annotationsInFile(path, filmId).at(0).id, 15));
}

TEST_CASE("regions are drawn on the viewers and shown while their frames play",
          "[ui][annotation][regions]")
{
    test::TempDir dir;
    const auto path = dir / "regions.diptych";
    const auto filmId = test::createAnalysedProject(path);
    ui::MainWindow window;
    window.resize(1400, 900);
    test::showProject(window, path);
    auto& document = *window.document();
    auto* regions = window.annotation()->regions();
    auto* layer = regions->layer(0);
    window.player()->seekA(40); // shot [30, 60)
    QTRY_VERIFY(!window.player()->view(0)->image().isNull());
    actionsWithShortcut(window, QKeySequence(Qt::Key_2)).front()->trigger(); // current code

    // A rectangle dragged over the picture's middle quarter.
    regions->actions().at(0)->trigger();
    REQUIRE(layer->drawing() == model::RegionShape::Rect);
    const QRect picture = window.player()->view(0)->pictureTarget();
    const auto at = [&](double x, double y) {
        return QPoint(picture.left() + int(x * picture.width()),
                      picture.top() + int(y * picture.height()));
    };
    QTest::mousePress(layer, Qt::LeftButton, {}, at(0.25, 0.25));
    QTest::mouseMove(layer, at(0.5, 0.5));
    QTest::mouseRelease(layer, Qt::LeftButton, {}, at(0.75, 0.75));
    CHECK_FALSE(layer->drawing());
    auto stored = store::ProjectStore::openReadOnly(path).regions().listByFilm(filmId);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].shape == model::RegionShape::Rect);
    CHECK(stored[0].startFrame == 30);
    CHECK(stored[0].endFrame == 60);
    CHECK(stored[0].points[0].x == Approx(0.25).margin(0.01));
    CHECK(stored[0].points[1].y == Approx(0.75).margin(0.01));
    CHECK(document.annotations().codePath(*stored[0].codeId) ==
          QStringLiteral("Color & light/Neon palette"));
    // Linked to the coder's annotation of that code on the shot.
    REQUIRE(stored[0].annotationId);
    CHECK(document.annotations().annotations(filmId).at(0).id == *stored[0].annotationId);
    REQUIRE(layer->regions().size() == 1);
    CHECK(layer->regions()[0].label == QStringLiteral("Neon palette"));

    // Shown only over its frames.
    window.player()->seekA(70);
    CHECK(layer->regions().empty());
    window.player()->seekA(31);
    CHECK(layer->regions().size() == 1);

    // A polygon: corners clicked, closed by a double-click.
    regions->actions().at(1)->trigger();
    for (const auto& corner : {at(0.1, 0.1), at(0.3, 0.1), at(0.2, 0.4)})
        QTest::mouseClick(layer, Qt::LeftButton, {}, corner);
    QTest::mouseDClick(layer, Qt::LeftButton, {}, at(0.2, 0.4));
    stored = store::ProjectStore::openReadOnly(path).regions().listByFilm(filmId);
    REQUIRE(stored.size() == 2);
    CHECK(stored[1].shape == model::RegionShape::Polygon);
    CHECK(stored[1].points.size() == 3);
    CHECK(layer->regions().size() == 2);

    // Removal and undo.
    REQUIRE(regions->removeRegion(stored[0].id));
    CHECK(layer->regions().size() == 1);
    document.undoStack()->undo();
    CHECK(layer->regions().size() == 2);
    document.undoStack()->undo(); // the polygon
    document.undoStack()->undo(); // the rectangle
    CHECK(store::ProjectStore::openReadOnly(path).regions().listByFilm(filmId).empty());
    CHECK(layer->regions().empty());
}

TEST_CASE("the scheme editor renames, reorders, retires, merges and deletes codes, undoably, "
          "keeping annotations",
          "[ui][annotation][schemes]")
{
    test::TempDir dir;
    const auto path = dir / "schemes.diptych";
    const auto filmId = test::createAnalysedProject(path);
    auto document = ui::ProjectDocument::openOrCreate(path);
    auto& annotations = document->annotations();
    const auto scheme = annotations.ensureDefaultScheme();
    model::Tier tier{0, filmId, "Codes", scheme.id, model::TierKind::Shot, 0};
    REQUIRE(
        annotations.apply(QStringLiteral("Add Tier"), ui::AnnotationEdit().add(tier)).isEmpty());
    tier = annotations.tiers(filmId).at(0);
    const auto codeNamed = [&](const std::string& label) {
        for (const auto& code : annotations.codes(scheme.id))
            if (code.label == label)
                return code;
        FAIL(label);
        return model::Code{};
    };
    model::Annotation coded;
    coded.tierId = tier.id;
    coded.coderId = annotations.currentCoder();
    coded.startFrame = 0;
    coded.endFrame = 30;
    coded.codeId = codeNamed("Neon palette").id;
    REQUIRE(annotations.apply(QStringLiteral("Code"), ui::AnnotationEdit().add(coded)).isEmpty());

    ui::SchemeEditor editor(*document);
    editor.showScheme(scheme.id);
    auto* undo = document->undoStack();
    const auto selectCode = [&](const std::string& label) {
        const QString text = QString::fromStdString(label);
        const auto items = editor.tree()->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
        REQUIRE(items.size() == 1);
        editor.tree()->setCurrentItem(items.front());
    };

    // Rename: the annotation keeps its code and shows the new label.
    selectCode("Neon palette");
    REQUIRE(editor.rename(QStringLiteral("Neon glow")));
    const auto stored = store::ProjectStore::openReadOnly(path).annotations().listByFilm(filmId);
    REQUIRE(stored.size() == 1);
    CHECK(store::ProjectStore::openReadOnly(path).schemes().code(*stored[0].codeId)->label ==
          "Neon glow");
    undo->undo();
    CHECK(codeNamed("Neon palette").id == *coded.codeId);

    // A shortcut taken by another code is refused; a free one is set.
    selectCode("Desaturated palette");
    CHECK_FALSE(editor.setShortcut(QStringLiteral("1")));
    REQUIRE(editor.setShortcut(QStringLiteral("Ctrl+D")));
    CHECK(codeNamed("Desaturated palette").shortcut == "Ctrl+D");

    // Reorder among siblings.
    selectCode("Neon palette");
    REQUIRE(editor.move(-1));
    std::vector<std::string> colourCodes;
    const auto colour = codeNamed("Color & light").id;
    for (const auto& code : annotations.codes(scheme.id))
        if (code.parentId == colour)
            colourCodes.push_back(code.label);
    CHECK(colourCodes.at(0) == "Neon palette");
    CHECK(colourCodes.at(1) == "Teal–orange grade");
    undo->undo();
    CHECK(annotations.codes(scheme.id).at(1).label == "Teal–orange grade");

    // Retire: kept on the annotation, no longer offered.
    selectCode("Neon palette");
    REQUIRE(editor.setRetired(true));
    CHECK(codeNamed("Neon palette").retired);
    undo->undo();
    CHECK_FALSE(codeNamed("Neon palette").retired);

    // Delete refuses a code in use; merge recodes, undo restores.
    selectCode("Neon palette");
    CHECK_FALSE(editor.removeUnused());
    REQUIRE(editor.mergeInto(codeNamed("Teal–orange grade").id));
    CHECK(annotations.annotations(filmId).at(0).codeId == codeNamed("Teal–orange grade").id);
    undo->undo();
    CHECK(annotations.annotations(filmId).at(0).codeId == coded.codeId);

    // A new sub-code, deleted while unused, and the deletion undone.
    selectCode("Color & light");
    REQUIRE(editor.addCode(QStringLiteral("Bleach bypass"), true));
    CHECK(codeNamed("Bleach bypass").parentId == colour);
    REQUIRE(editor.selectedCode()->label == "Bleach bypass");
    REQUIRE(editor.removeUnused());
    CHECK(std::none_of(annotations.codes(scheme.id).begin(), annotations.codes(scheme.id).end(),
                       [](const auto& c) { return c.label == "Bleach bypass"; }));
    undo->undo();
    CHECK(codeNamed("Bleach bypass").parentId == colour);

    // Export and import round-trip the scheme under another name.
    const QString file = QString::fromStdString((dir / "scheme.json").string());
    REQUIRE(annotations.exportScheme(scheme.id, file).isEmpty());
    CHECK_FALSE(annotations.importScheme(file).isEmpty()); // the name is taken
    CHECK(annotations.importScheme(QStringLiteral("/nonexistent.json"))
              .contains(QStringLiteral("nonexistent")));
}

TEST_CASE("notes on a shot and on a film are saved as they are left, undoably",
          "[ui][annotation][notes]")
{
    test::TempDir dir;
    const auto path = dir / "notes.diptych";
    const auto filmId = test::createAnalysedProject(path);
    ui::MainWindow window;
    test::showProject(window, path);
    auto& document = *window.document();
    auto* panel = window.annotation()->codingPanel();
    window.player()->seekA(40);
    const auto shots = document.shotsOf(filmId);

    panel->shotNote()->setPlainText(QStringLiteral("Neon sign, *left*"));
    panel->shotNote()->commit();
    panel->filmNote()->setPlainText(QStringLiteral("Remake graded teal–orange"));
    panel->filmNote()->commit();
    {
        auto store = store::ProjectStore::openReadOnly(path);
        CHECK(store.shots().note(shots[1].id) == "Neon sign, *left*");
        CHECK(store.films().get(filmId)->note == "Remake graded teal–orange");
    }
    // Moving to another shot shows its (empty) note, and back the saved one.
    window.player()->seekA(70);
    CHECK(panel->shotNote()->toPlainText().isEmpty());
    // Typed, then the shot is left: handed over before the field shows the next shot.
    panel->shotNote()->setPlainText(QStringLiteral("third"));
    window.player()->seekA(40);
    CHECK(panel->shotNote()->toPlainText() == QStringLiteral("Neon sign, *left*"));
    CHECK(store::ProjectStore::openReadOnly(path).shots().note(shots[2].id) == "third");

    document.undoStack()->undo(); // "third"
    document.undoStack()->undo(); // the film note
    auto store = store::ProjectStore::openReadOnly(path);
    CHECK(store.shots().note(shots[2].id).empty());
    CHECK(store.films().get(filmId)->note.empty());
    CHECK(store.shots().note(shots[1].id) == "Neon sign, *left*");
}

TEST_CASE("tiers are renamed and removed undoably; free text goes where a code would",
          "[ui][annotation][tiers]")
{
    test::TempDir dir;
    const auto path = dir / "tiers.diptych";
    const auto filmId = test::createAnalysedProject(path);
    ui::MainWindow window;
    test::showProject(window, path);
    auto& document = *window.document();
    auto* coder = window.annotation()->coder();
    window.player()->seekA(45);
    actionsWithShortcut(window, QKeySequence(Qt::Key_1)).front()->trigger();
    REQUIRE(coder->tier());

    REQUIRE(coder->renameTier(QStringLiteral("Palette")).isEmpty());
    CHECK(store::ProjectStore::openReadOnly(path).tiers().list(filmId).at(0).name == "Palette");

    model::Tier notes{0, filmId, "Notes", std::nullopt, model::TierKind::Text, 1};
    REQUIRE(coder->addTier(notes).isEmpty());
    CHECK(coder->tier()->name == "Notes");
    REQUIRE(coder->addText(QStringLiteral("  smoke machine hides the cut  ")));
    auto stored = annotationsInFile(path, filmId);
    REQUIRE(stored.size() == 2);
    const auto text =
        std::find_if(stored.begin(), stored.end(), [](const auto& a) { return !a.codeId; });
    REQUIRE(text != stored.end());
    CHECK(text->value == "smoke machine hides the cut");
    CHECK(text->startFrame == 30);
    CHECK(text->endFrame == 60);
    CHECK_FALSE(coder->addText(QStringLiteral("   ")));

    // Removing the text tier takes its annotation; undo brings both back.
    REQUIRE(coder->removeTier().isEmpty());
    CHECK(store::ProjectStore::openReadOnly(path).tiers().list(filmId).size() == 1);
    CHECK(annotationsInFile(path, filmId).size() == 1);
    document.undoStack()->undo();
    CHECK(store::ProjectStore::openReadOnly(path).tiers().list(filmId).size() == 2);
    CHECK(annotationsInFile(path, filmId) == stored);
    document.undoStack()->undo(); // the text
    document.undoStack()->undo(); // the Notes tier
    document.undoStack()->undo(); // the rename
    CHECK(store::ProjectStore::openReadOnly(path).tiers().list(filmId).at(0).name == "Codes");
}
