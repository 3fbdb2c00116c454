// Timeline tests: the pure zoom/scroll arithmetic, the barcode, the thumbnail thread, and the
// panel on a real project (store, decoder and generated clip all real).
#include "analysis/color/cielab.h"
#include "document/project_document.h"
#include "ingest/film_ingest.h"
#include "store/project_store.h"
#include "temp_dir.h"
#include "test_media.h"
#include "timeline/film_timeline.h"
#include "timeline/movie_barcode.h"
#include "timeline/thumbnail_loader.h"
#include "timeline/timeline_panel.h"
#include "timeline/timeline_scale.h"
#include "timeline/timeline_tracks.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWheelEvent>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>

using namespace diptych;
using diptych::test::kManyShotsCount;
using diptych::test::kManyShotsLength;
using Approx = Catch::Detail::Approx;

namespace {

// Colours of the barcode series: red-ish in the first half of the film, blue-ish after.
constexpr analysis::color::LabColor kRedLab{50, 60, 40};
constexpr analysis::color::LabColor kBlueLab{40, 10, -60};

template <class Predicate>
bool waitFor(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

/// A project with many_shots.mkv, its 32 shots, a luma_mean per shot (shot k: k / 31) and a
/// per-frame Lab series red in the first half, blue in the second.
struct TestProject
{
    test::TempDir dir;
    std::filesystem::path path;
    model::FilmId film = 0;
    model::Frame frames = 0;

    TestProject()
        : path(dir / "timeline.diptych")
    {
        auto store = store::ProjectStore::create(path);
        const auto ingested = ingest::ingestFilm(test::mediaPath("many_shots.mkv"));
        const auto stored = ingest::addIngestedFilm(store, ingested.film, ingested.frameIndex);
        film = stored.id;
        frames = stored.frameCount;

        std::vector<model::Shot> shots;
        for (int k = 0; k < kManyShotsCount; ++k) {
            model::Shot shot;
            shot.startFrame = k * kManyShotsLength;
            shot.endFrame = (k + 1) * kManyShotsLength;
            shot.transition = k == 0 ? model::TransitionKind::None : model::TransitionKind::Cut;
            shots.push_back(shot);
        }
        const auto storedShots = store.shots().replace(film, shots);

        auto& metrics = store.metrics();
        model::MetricDefinition lumaDefinition;
        lumaDefinition.name = "luma_mean";
        const auto luma = metrics.define(lumaDefinition);
        std::vector<model::ShotMetricValue> values;
        for (std::size_t k = 0; k < storedShots.size(); ++k)
            values.push_back({storedShots[k].id, luma.id, double(k) / (kManyShotsCount - 1)});
        metrics.putShotValues(values);

        auto series = [&](const char* name, float first, float second) {
            model::MetricDefinition definition;
            definition.name = name;
            const auto metric = metrics.define(definition);
            model::MetricSeries s;
            s.filmId = film;
            s.metricId = metric.id;
            for (model::Frame f = 0; f < frames; ++f)
                s.values.push_back(f < frames / 2 ? first : second);
            metrics.putSeries(s);
        };
        series("frame_lab_l", float(kRedLab.L), float(kBlueLab.L));
        series("frame_lab_a", float(kRedLab.a), float(kBlueLab.a));
        series("frame_lab_b", float(kRedLab.b), float(kBlueLab.b));
    }
};

QColor expected(const analysis::color::LabColor& lab)
{
    const auto rgb = analysis::color::labToSrgb8(lab);
    return QColor(rgb.r, rgb.g, rgb.b);
}

bool near(const QColor& a, const QColor& b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

void sendMouse(QWidget* widget, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

TEST_CASE("TimelineScale maps frames to pixels and back", "[ui][timeline]")
{
    ui::TimelineScale scale;
    scale.setViewWidth(1000);
    scale.setFrameCount(2000);

    // Fitted: the whole film across the view.
    CHECK(scale.isFitted());
    CHECK_FALSE(scale.canScroll());
    CHECK(scale.pixelsPerFrame() == Approx(0.5));
    CHECK(scale.xOf(2000) == Approx(1000));
    CHECK(scale.frameAt(0) == 0);
    CHECK(scale.frameAt(999.9) == 1999);
    CHECK(scale.frameAt(-50) == 0);     // clamped
    CHECK(scale.frameAt(5000) == 1999); // clamped

    // Round trips at a zoom where a frame is several pixels wide.
    scale.zoomBy(10, 0);
    CHECK(scale.pixelsPerFrame() == Approx(5));
    scale.setFirstFrame(300);
    for (const model::Frame frame : {300, 301, 350, 499}) {
        CHECK(scale.frameAt(scale.xOf(double(frame))) == frame);
        CHECK(scale.frameAt(scale.xOf(double(frame)) + 4.9) == frame);
        CHECK(scale.frameAt(scale.xOf(double(frame)) + 5.0) == frame + 1);
    }

    // Zoom is clamped between the whole film and kMaxPixelsPerFrame.
    scale.zoomBy(1000, 500);
    CHECK(scale.pixelsPerFrame() == Approx(ui::TimelineScale::kMaxPixelsPerFrame));
    scale.zoomBy(1e-6, 500);
    CHECK(scale.pixelsPerFrame() == Approx(0.5));
    CHECK(scale.firstFrame() == Approx(0));

    // Scrolling stays inside the film.
    scale.zoomBy(4, 0);
    scale.setFirstFrame(-10);
    CHECK(scale.firstFrame() == 0);
    scale.setFirstFrame(1e9);
    CHECK(scale.firstFrame() == Approx(2000 - scale.visibleFrames()));

    // A film shorter than the view at the closest zoom: fitted at that zoom, no scrolling.
    ui::TimelineScale shortFilm;
    shortFilm.setViewWidth(1000);
    shortFilm.setFrameCount(20);
    CHECK(shortFilm.pixelsPerFrame() == Approx(ui::TimelineScale::kMaxPixelsPerFrame));
    CHECK_FALSE(shortFilm.canScroll());
    CHECK(shortFilm.frameAt(900) == 19);
}

TEST_CASE("TimelineScale zooms around the cursor", "[ui][timeline]")
{
    ui::TimelineScale scale;
    scale.setViewWidth(800);
    scale.setFrameCount(10000);
    for (const double anchor : {0.0, 123.0, 400.0, 799.0}) {
        scale.fit();
        scale.zoomBy(3, 400);
        const double before = scale.framePositionAt(anchor);
        scale.zoomBy(2.5, anchor);
        CHECK(scale.framePositionAt(anchor) == Approx(before).epsilon(1e-9));
        scale.zoomBy(0.7, anchor);
        CHECK(scale.framePositionAt(anchor) == Approx(before).epsilon(1e-9));
    }
    // Near the film's start, the clamp wins over the anchor (the view never leaves the film).
    scale.fit();
    scale.zoomBy(0.5, 0);
    CHECK(scale.firstFrame() == 0);
}

TEST_CASE("TimelineScale turns pages to follow the playhead", "[ui][timeline]")
{
    ui::TimelineScale scale;
    scale.setViewWidth(1200);
    scale.setFrameCount(100000);
    scale.zoomBy(1e9, 0); // 12 px per frame: 100 frames in view
    REQUIRE(scale.visibleFrames() == Approx(100));
    CHECK_FALSE(scale.ensureVisible(50));
    CHECK(scale.firstFrame() == 0);
    CHECK(scale.ensureVisible(100)); // just past the right edge: next page
    CHECK(scale.firstFrame() > 90);
    CHECK(scale.firstFrame() <= 100);
    const double page = scale.firstFrame();
    CHECK_FALSE(scale.ensureVisible(150)); // still in view: no scrolling on every frame
    CHECK(scale.firstFrame() == page);
    CHECK(scale.ensureVisible(20)); // back
    CHECK(scale.frameAt(scale.xOf(20)) == 20);
    CHECK(scale.xOf(20) >= 0);

    // Resizing keeps a fitted view fitted and a zoomed view's zoom.
    scale.setViewWidth(600);
    CHECK(scale.pixelsPerFrame() == Approx(12));
    scale.fit();
    scale.setViewWidth(1200);
    CHECK(scale.isFitted());
    CHECK(scale.pixelsPerFrame() == Approx(1200.0 / 100000));
}

TEST_CASE("The ruler labels round intervals that fit their text", "[ui][timeline]")
{
    CHECK(ui::rulerStep(12, 24, 90) == 8);          // 96 px, and 8 divides the second
    CHECK(ui::rulerStep(12, 25, 90) == 25);         // 5 frames are 60 px: whole seconds
    CHECK(ui::rulerStep(1, 24, 90) == 24 * 5);      // 5 s
    CHECK(ui::rulerStep(0.01, 24, 90) == 24 * 600); // 10 min
    CHECK(ui::rulerStep(1, 25, 90) == 25 * 5);
    for (const double ppf : {0.0005, 0.003, 0.2, 3.0, 12.0})
        CHECK(double(ui::rulerStep(ppf, 29.97, 80)) * ppf >= 80);
}

TEST_CASE("The movie barcode holds each frame's mean colour", "[ui][timeline]")
{
    model::MetricSeries l, a, b;
    for (auto* s : {&l, &a, &b})
        s->values.assign(10, std::nanf(""));
    for (int f = 0; f < 8; ++f) { // frames 8 and 9 not measured yet
        const auto& lab = f < 4 ? kRedLab : kBlueLab;
        l.values[std::size_t(f)] = float(lab.L);
        a.values[std::size_t(f)] = float(lab.a);
        b.values[std::size_t(f)] = float(lab.b);
    }
    const ui::MovieBarcode barcode(&l, &a, &b, 10);
    REQUIRE(barcode.image().width() == 10);
    CHECK(barcode.framesPerColumn() == 1);
    CHECK(near(barcode.image().pixelColor(0, 0), expected(kRedLab), 0));
    CHECK(near(barcode.image().pixelColor(3, 0), expected(kRedLab), 0));
    CHECK(near(barcode.image().pixelColor(4, 0), expected(kBlueLab), 0));
    CHECK(barcode.image().pixelColor(9, 0).alpha() == 0);
    CHECK(expected(kRedLab).red() > expected(kRedLab).blue() + 60);
    CHECK(expected(kBlueLab).blue() > expected(kBlueLab).red() + 60);

    // A series sampled every other frame from frame 2: the frames between are unmeasured.
    model::MetricSeries l2{.startFrame = 2, .step = 2, .values = {50, 50}};
    auto a2 = l2;
    auto b2 = l2;
    a2.values = {0, 0};
    b2.values = {0, 0};
    const ui::MovieBarcode sparse(&l2, &a2, &b2, 6);
    CHECK(sparse.image().pixelColor(0, 0).alpha() == 0);
    CHECK(sparse.image().pixelColor(2, 0).alpha() == 255);
    CHECK(sparse.image().pixelColor(3, 0).alpha() == 0);
    CHECK(sparse.image().pixelColor(4, 0).alpha() == 255);

    CHECK(ui::MovieBarcode(nullptr, &a, &b, 10).isEmpty());
}

TEST_CASE("The thumbnail loader decodes off the UI thread and drops replaced work",
          "[ui][timeline]")
{
    const auto clip = test::mediaPath("many_shots.mkv");
    ui::ThumbnailLoader loader;
    QList<qint64> frames;
    bool onUiThread = true;
    QObject context;
    QObject::connect(&loader, &ui::ThumbnailLoader::thumbnailReady, &context,
                     [&](qint64 frame, const QImage& image) {
                         onUiThread = onUiThread && QThread::currentThread() == qApp->thread();
                         CHECK(image.width() == ui::ThumbnailLoader::kWidth);
                         CHECK(image.height() == ui::ThumbnailLoader::kWidth * 240 / 320);
                         frames.push_back(frame);
                     });
    loader.load(clip, {0, 100, 200, 300, 400, 500, 600, 700});
    loader.load(clip, {18, 54});
    REQUIRE(waitFor([&]() { return frames.size() >= 2; }, 30000));
    QTest::qWait(200);
    CHECK(frames == QList<qint64>{18, 54}); // nothing of the replaced load
    CHECK(onUiThread);

    QSignalSpy failed(&loader, &ui::ThumbnailLoader::failed);
    loader.load("/nonexistent/film.mkv", {1});
    CHECK(failed.wait(10000));
}

TEST_CASE("The timeline panel shows a real project and seeks where it is clicked", "[ui][timeline]")
{
    const TestProject project;
    auto document = ui::ProjectDocument::openOrCreate(project.path);
    REQUIRE(project.frames == kManyShotsCount * kManyShotsLength);

    ui::TimelinePanel panel;
    panel.setDocument(document.get());
    panel.setFilms(project.film, project.film);
    panel.setCurveMetric(QStringLiteral("luma_mean"));
    panel.resize(1400, 420);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));

    auto* timelineA = panel.timeline(0);
    auto* timelineB = panel.timeline(1);
    const auto& scale = panel.scale();
    CHECK(scale.frameCount() == project.frames);
    CHECK(scale.viewWidth() == Approx(timelineA->trackWidth()));
    CHECK(scale.isFitted());
    CHECK(timelineA->shots().size() == std::size_t(kManyShotsCount));

    SECTION("a click or drag seeks the film clicked to the frame under the pointer")
    {
        QSignalSpy seeks(&panel, &ui::TimelinePanel::seekRequested);
        const int trackX = 300;
        const auto shots = timelineA->trackRect(ui::FilmTimeline::Track::Shots);
        QTest::mouseClick(timelineA, Qt::LeftButton, {},
                          QPoint(ui::FilmTimeline::kHeaderWidth + trackX, shots.center().y()));
        REQUIRE(seeks.size() == 1);
        CHECK(seeks[0][0].toInt() == 0);
        CHECK(seeks[0][1].value<model::Frame>() == scale.frameAt(trackX));
        CHECK(scale.frameAt(trackX) > 200); // about 0.9 px per frame: a real frame, not 0

        // Drag on B's barcode: one request per frame reached, on side 1.
        seeks.clear();
        const int y = timelineB->trackRect(ui::FilmTimeline::Track::Barcode).center().y();
        const int x0 = ui::FilmTimeline::kHeaderWidth + 100;
        sendMouse(timelineB, QEvent::MouseButtonPress, {x0, y}, Qt::LeftButton);
        sendMouse(timelineB, QEvent::MouseMove, {x0 + 50, y}, Qt::LeftButton);
        sendMouse(timelineB, QEvent::MouseMove, {x0 + 400, y}, Qt::LeftButton);
        sendMouse(timelineB, QEvent::MouseButtonRelease, {x0 + 400, y}, Qt::NoButton);
        REQUIRE(seeks.size() == 3);
        CHECK(seeks[2][0].toInt() == 1);
        CHECK(seeks[2][1].value<model::Frame>() == scale.frameAt(500));

        // The header is not a track: no seek.
        seeks.clear();
        QTest::mouseClick(timelineA, Qt::LeftButton, {}, QPoint(20, shots.center().y()));
        CHECK(seeks.isEmpty());
    }

    SECTION("the barcode follows the stored Lab series")
    {
        REQUIRE_FALSE(timelineA->barcode().isEmpty());
        const QImage image = timelineA->grab().toImage();
        const auto barcode = timelineA->trackRect(ui::FilmTimeline::Track::Barcode);
        auto pixelAt = [&](model::Frame frame) {
            // The middle of a frame well inside a shot, away from boundary guides.
            const int x = barcode.left() + int(scale.xOf(double(frame) + 0.5));
            return image.pixelColor(x, barcode.center().y());
        };
        CHECK(near(pixelAt(5 * kManyShotsLength + 18), expected(kRedLab)));
        CHECK(near(pixelAt(25 * kManyShotsLength + 18), expected(kBlueLab)));
    }

    SECTION("every shot gets its keyframe thumbnail, decoded in the background")
    {
        REQUIRE(waitFor([&]() { return timelineA->thumbnailCount() == kManyShotsCount; }, 60000));
        // Where shot 3's thumbnail is drawn the strip shows a picture, not a flat cell.
        const QImage image = timelineA->grab().toImage();
        const auto strip = timelineA->trackRect(ui::FilmTimeline::Track::Shots);
        const int x = strip.left() + int(scale.xOf(2.0 * kManyShotsLength)) + 10;
        QSet<QRgb> colours;
        for (int y = strip.top() + 2; y < strip.center().y(); ++y)
            colours.insert(image.pixel(x, y));
        CHECK(colours.size() > 4);
    }

    SECTION("the curve lists numeric metrics and draws the chosen one on a shared range")
    {
        const auto* combo = panel.findChild<QComboBox*>(QStringLiteral("curveMetric"));
        REQUIRE(combo);
        CHECK(combo->findData(QStringLiteral("luma_mean")) >= 0);
        CHECK(combo->findData(QStringLiteral("palette")) < 0); // text-valued
        CHECK(combo->currentData().toString() == QStringLiteral("luma_mean"));
        const auto extent = timelineA->curveExtent();
        REQUIRE(extent);
        CHECK(extent->first == Approx(0));
        CHECK(extent->second == Approx(1));

        // The last shot (value 1) reaches the top of the track, the first (0) stays at the
        // bottom: compare the highlight-coloured pixels near the top of the curve track.
        const QImage image = timelineA->grab().toImage();
        const auto curve = timelineA->trackRect(ui::FilmTimeline::Track::Curve);
        const QColor accent = timelineA->palette().color(QPalette::Highlight);
        auto strokeNearTop = [&](model::Frame frame) {
            const int x = curve.left() + int(scale.xOf(double(frame)));
            for (int y = curve.top(); y < curve.top() + 8; ++y)
                if (near(image.pixelColor(x, y), accent, 40))
                    return true;
            return false;
        };
        CHECK(strokeNearTop(31 * kManyShotsLength + 18));
        CHECK_FALSE(strokeNearTop(18));

        panel.setCurveMetric(QString());
        CHECK_FALSE(timelineA->curveExtent());
        CHECK(combo->currentIndex() == 0);
    }

    SECTION("crossing a shot boundary flashes it; playback keeps the playhead in view")
    {
        panel.setPositions(10, 10);
        CHECK(timelineA->currentShot() == std::size_t(0));
        CHECK_FALSE(timelineA->flashingBoundary());
        panel.setPositions(40, 40);
        CHECK(timelineA->currentShot() == std::size_t(1));
        CHECK(timelineA->flashingBoundary() == model::Frame(kManyShotsLength));
        panel.setPositions(30, 30); // back across the same boundary
        CHECK(timelineB->flashingBoundary() == model::Frame(kManyShotsLength));
        CHECK(waitFor([&]() { return !timelineA->flashingBoundary(); }, 3000));

        panel.zoomIn();
        for (int i = 0; i < 20; ++i)
            panel.zoomIn();
        REQUIRE(scale.pixelsPerFrame() == Approx(ui::TimelineScale::kMaxPixelsPerFrame));
        REQUIRE(scale.canScroll());
        const model::Frame far = project.frames - 50;
        panel.setPositions(far, far);
        CHECK(double(far) >= scale.firstFrame());
        CHECK(double(far) < scale.firstFrame() + scale.visibleFrames());
        panel.zoomToFit();
        CHECK(scale.isFitted());
    }

    SECTION("Ctrl+wheel zooms around the pointer")
    {
        const int trackX = 700;
        const double before = scale.framePositionAt(trackX);
        const QPointF pos(ui::FilmTimeline::kHeaderWidth + trackX, 60);
        QWheelEvent wheel(pos, timelineA->mapToGlobal(pos), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(timelineA, &wheel);
        CHECK(scale.pixelsPerFrame() > scale.fitPixelsPerFrame() * 1.5);
        CHECK(scale.framePositionAt(trackX) == Approx(before).epsilon(1e-6));

        // The plain wheel now scrolls.
        const double first = scale.firstFrame();
        QWheelEvent scroll(pos, timelineA->mapToGlobal(pos), QPoint(), QPoint(0, -120),
                           Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(timelineA, &scroll);
        CHECK(scale.firstFrame() > first);
    }
}

TEST_CASE("The timeline panel without a project is empty and does not seek", "[ui][timeline]")
{
    ui::TimelinePanel panel;
    panel.resize(900, 400);
    panel.show();
    panel.setFilms(std::nullopt, std::nullopt);
    panel.setPositions(5, 5);
    QSignalSpy seeks(&panel, &ui::TimelinePanel::seekRequested);
    QTest::mouseClick(panel.timeline(0), Qt::LeftButton, {},
                      QPoint(ui::FilmTimeline::kHeaderWidth + 50, 40));
    CHECK(seeks.isEmpty());
    CHECK(panel.scale().frameCount() == 0);
    CHECK_FALSE(panel.grab().isNull());
}

// Not a check: renders the timeline of a project for a look at it, e.g.
// DIPTYCH_TIMELINE_SHOT_PROJECT=demo.diptych DIPTYCH_TIMELINE_SHOT=out.png test_ui "[.shot]"
TEST_CASE("Timeline screenshot", "[.shot]")
{
    const char* projectPath = std::getenv("DIPTYCH_TIMELINE_SHOT_PROJECT");
    const char* output = std::getenv("DIPTYCH_TIMELINE_SHOT");
    REQUIRE(projectPath);
    REQUIRE(output);
    auto document = ui::ProjectDocument::openOrCreate(projectPath);
    REQUIRE(document->films().size() >= 2);
    ui::TimelinePanel panel;
    panel.setDocument(document.get());
    panel.setFilms(document->films()[0].id, document->films()[1].id);
    panel.setCurveMetric(QStringLiteral("luma_mean"));
    if (qEnvironmentVariableIsSet("DIPTYCH_TIMELINE_SHOT_DARK")) {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Mid, QColor(0x48, 0x48, 0x48));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
        panel.setPalette(dark);
        panel.setAutoFillBackground(true);
    }
    panel.resize(1400, 420);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    waitFor([&]() { return panel.timeline(0)->thumbnailCount() > 0; }, 30000);
    QTest::qWait(3000);
    panel.setPositions(200, 190);
    panel.setPositions(230, 220);
    QTest::qWait(100);
    const QString zoom = qEnvironmentVariable("DIPTYCH_TIMELINE_SHOT_ZOOM");
    for (int i = 0; i < zoom.toInt(); ++i)
        panel.zoomIn();
    panel.grab().save(QString::fromLocal8Bit(output));
}
