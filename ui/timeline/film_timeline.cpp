#include "timeline/film_timeline.h"

#include "common/timecode.h"
#include "document/project_document.h"
#include "timeline/timeline_scale.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace diptych::ui {
namespace {

constexpr std::array<int, 5> kTrackHeights{22, 50, 22, 44, 26}; // in Track order
constexpr int kSeparator = 1;
constexpr int kFlashMs = 600;

double nan()
{
    return std::numeric_limits<double>::quiet_NaN();
}

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

} // namespace

FilmTimeline::FilmTimeline(int side, const TimelineScale* scale, QWidget* parent)
    : QWidget(parent)
    , m_side(side)
    , m_scale(scale)
    , m_flash(new QVariantAnimation(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(false);
    setFocusPolicy(Qt::ClickFocus); // Delete removes the annotation selected in a lane
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_flash->setDuration(kFlashMs);
    m_flash->setStartValue(1.0);
    m_flash->setEndValue(0.0);
    m_flash->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_flash, &QVariantAnimation::valueChanged, this, [this]() { update(); });
    connect(&m_loader, &ThumbnailLoader::thumbnailReady, this, &FilmTimeline::addThumbnail);
}

FilmTimeline::~FilmTimeline() = default;

double FilmTimeline::fps() const
{
    return m_film && m_film->fps > 0 ? m_film->fps : 24.0;
}

void FilmTimeline::setFilm(ProjectDocument* document, std::optional<model::FilmId> film)
{
    m_document = document;
    m_filmId = document ? film : std::nullopt;
    m_currentShot.reset();
    m_flash->stop();
    m_barcodeFinal = false; // another film: its own colours
    m_selected.reset();
    m_edgeDrag.reset();
    connectAnnotations();
    reload();
}

void FilmTimeline::reload()
{
    m_film.reset();
    m_shots.clear();
    if (m_document && m_filmId) {
        const auto& films = m_document->films();
        const auto it = std::find_if(films.begin(), films.end(),
                                     [&](const model::Film& f) { return f.id == *m_filmId; });
        if (it != films.end())
            m_film = *it;
    }
    const auto* results = m_film ? m_document->resultsOf(m_film->id) : nullptr;
    if (results)
        for (const auto& row : results->shots)
            m_shots.push_back(row.shot);
    if (m_currentShot && *m_currentShot >= m_shots.size())
        m_currentShot.reset();
    reloadCurve();
    // Results change every few seconds while any film is analysed, and on every shot edit; the
    // colour series of a completely analysed film do not, so its barcode is read only once
    // (again when an analysis restarts and the film is incomplete for a while).
    if (!m_barcodeFinal || !results || !results->complete)
        reloadBarcode();
    requestThumbnails();
    reloadLanes();
    update();
}

void FilmTimeline::setCurveMetric(const QString& name)
{
    m_curveMetric = name;
    reloadCurve();
    update();
}

void FilmTimeline::reloadCurve()
{
    m_curveValues.clear();
    if (!m_film || m_curveMetric.isEmpty())
        return;
    const auto* results = m_document->resultsOf(m_film->id);
    if (!results)
        return;
    const auto& columns = m_document->results().columns;
    const std::string name = m_curveMetric.toStdString();
    const auto column = std::find_if(columns.begin(), columns.end(),
                                     [&](const auto& c) { return c.name == name && !c.isText; });
    if (column == columns.end())
        return;
    const auto index = std::size_t(column - columns.begin());
    for (const auto& row : results->shots)
        m_curveValues.push_back(index < row.numbers.size() ? row.numbers[index] : nan());
}

std::optional<std::pair<double, double>> FilmTimeline::curveExtent() const
{
    std::optional<std::pair<double, double>> extent;
    for (const double value : m_curveValues) {
        if (!std::isfinite(value))
            continue;
        if (!extent)
            extent.emplace(value, value);
        extent->first = std::min(extent->first, value);
        extent->second = std::max(extent->second, value);
    }
    return extent;
}

void FilmTimeline::setCurveRange(double minValue, double maxValue)
{
    m_curveMin = minValue;
    m_curveMax = maxValue;
    update();
}

void FilmTimeline::reloadBarcode()
{
    m_barcode = MovieBarcode();
    m_barcodeFinal = false;
    if (!m_film)
        return;
    const auto l = m_document->frameSeries(m_film->id, "frame_lab_l");
    const auto a = m_document->frameSeries(m_film->id, "frame_lab_a");
    const auto b = m_document->frameSeries(m_film->id, "frame_lab_b");
    if (l && a && b)
        m_barcode = MovieBarcode(&*l, &*a, &*b, m_film->frameCount);
    const auto* results = m_document->resultsOf(m_film->id);
    m_barcodeFinal = results && results->complete;
}

void FilmTimeline::requestThumbnails()
{
    std::vector<model::Frame> keyframes;
    keyframes.reserve(m_shots.size());
    // The middle frame stands for the shot: away from dissolves at either end.
    for (const auto& shot : m_shots)
        keyframes.push_back(shot.startFrame + shot.length() / 2);
    const std::filesystem::path path =
        m_film && !ProjectDocument::isMissing(*m_film) ? m_film->path : std::filesystem::path();
    if (path != m_thumbnailPath) {
        m_thumbnails.clear();
        m_thumbnailPath = path;
    } else if (keyframes == m_keyframes) {
        return; // same shots, same file: what is decoded or decoding stays
    }
    m_keyframes = keyframes;
    // Keep thumbnails of unchanged keyframes; decode the rest, those in view first.
    std::erase_if(m_thumbnails, [&](const auto& entry) {
        return !std::binary_search(keyframes.begin(), keyframes.end(), entry.first);
    });
    std::vector<model::Frame> missing;
    for (const auto frame : keyframes)
        if (!m_thumbnails.contains(frame))
            missing.push_back(frame);
    const double first = m_scale->firstFrame();
    const double last = first + m_scale->visibleFrames();
    std::stable_partition(missing.begin(), missing.end(), [&](model::Frame frame) {
        return double(frame) >= first && double(frame) <= last;
    });
    m_loader.load(path, std::move(missing));
}

void FilmTimeline::addThumbnail(model::Frame frame, const QImage& image)
{
    const qreal ratio = devicePixelRatioF();
    const int height = int(std::lround((kTrackHeights[1] - 2) * ratio));
    QPixmap pixmap = QPixmap::fromImage(image.scaledToHeight(height, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_thumbnails.insert_or_assign(frame, std::move(pixmap));
    update(trackRect(Track::Shots));
    Q_EMIT thumbnailArrived(thumbnailCount());
}

std::optional<std::size_t> FilmTimeline::shotAt(model::Frame frame) const
{
    const auto it =
        std::upper_bound(m_shots.begin(), m_shots.end(), frame,
                         [](model::Frame f, const model::Shot& shot) { return f < shot.endFrame; });
    if (it == m_shots.end() || frame < it->startFrame)
        return std::nullopt;
    return std::size_t(it - m_shots.begin());
}

void FilmTimeline::setPosition(model::Frame frame)
{
    if (frame == m_position && m_currentShot == shotAt(frame))
        return;
    const auto previous = m_currentShot;
    m_position = frame;
    m_currentShot = shotAt(frame);
    if (previous && m_currentShot && *previous != *m_currentShot) {
        // The boundary between the two shots: the new shot's start going forward, its end
        // going back.
        const auto& shot = m_shots[*m_currentShot];
        m_flashFrame = *m_currentShot > *previous ? shot.startFrame : shot.endFrame;
        m_flash->stop();
        m_flash->start();
    }
    update();
}

std::optional<model::Frame> FilmTimeline::flashingBoundary() const
{
    if (m_flash->state() != QAbstractAnimation::Running)
        return std::nullopt;
    return m_flashFrame;
}

QRect FilmTimeline::trackRect(Track track) const
{
    // The annotations track grows with the film's tiers; the others have a fixed height.
    const auto heightOf = [this](std::size_t i) {
        return i == std::size_t(Track::Annotations) ? m_lanes.height() : kTrackHeights[i];
    };
    int top = 0;
    const auto index = std::size_t(track);
    for (std::size_t i = 0; i < index; ++i)
        top += heightOf(i) + kSeparator;
    return QRect(kHeaderWidth, top, trackWidth(), heightOf(index));
}

QSize FilmTimeline::sizeHint() const
{
    const auto last = trackRect(Track::Annotations);
    return QSize(kHeaderWidth + 640, last.bottom() + 1 + kSeparator);
}

QSize FilmTimeline::minimumSizeHint() const
{
    return QSize(kHeaderWidth + 120, sizeHint().height());
}

void FilmTimeline::seekToX(int x)
{
    if (!m_film || m_film->frameCount <= 0)
        return;
    const auto frame = std::clamp<model::Frame>(m_scale->frameAt(double(x - kHeaderWidth)), 0,
                                                m_film->frameCount - 1);
    if (frame == m_lastSeek)
        return;
    m_lastSeek = frame;
    Q_EMIT seekRequested(frame);
}

void FilmTimeline::mousePressEvent(QMouseEvent* event)
{
    const int x = int(event->position().x());
    if (event->button() != Qt::LeftButton || x < kHeaderWidth) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (pressInLanes(event->position().toPoint())) {
        event->accept();
        return;
    }
    m_dragging = true;
    m_lastSeek = -1;
    seekToX(x);
    event->accept();
}

void FilmTimeline::mouseMoveEvent(QMouseEvent* event)
{
    if (m_edgeDrag) {
        const model::Frame frame = edgeFrameAt(int(event->position().x()));
        auto& preview = m_edgeDrag->preview;
        // An edge never crosses the other one: a box keeps at least one frame.
        if (m_edgeDrag->edge == TierLanes::Part::StartEdge)
            preview.startFrame = std::min(frame, preview.endFrame - 1);
        else
            preview.endFrame = std::max(frame, preview.startFrame + 1);
        update(trackRect(Track::Annotations));
        event->accept();
        return;
    }
    if (!m_dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    seekToX(std::max(kHeaderWidth, int(event->position().x())));
    event->accept();
}

void FilmTimeline::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_edgeDrag && event->button() == Qt::LeftButton) {
        finishEdgeDrag();
        event->accept();
        return;
    }
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void FilmTimeline::wheelEvent(QWheelEvent* event)
{
    const QPoint angle = event->angleDelta();
    const double x = event->position().x() - kHeaderWidth;
    if (event->modifiers() & Qt::ControlModifier) {
        // One notch (120) zooms by a quarter; trackpads send smaller steps.
        Q_EMIT zoomRequested(std::pow(1.25, angle.y() / 120.0), std::max(0.0, x));
        event->accept();
        return;
    }
    if (!m_scale->canScroll()) {
        event->ignore(); // let an enclosing scroll area have it
        return;
    }
    const QPoint pixels = event->pixelDelta();
    double delta = 0;
    if (!pixels.isNull())
        delta = -(pixels.x() != 0 ? pixels.x() : pixels.y());
    else
        delta = -(angle.x() != 0 ? angle.x() : angle.y()) / 120.0 * trackWidth() / 8.0;
    Q_EMIT scrollRequested(delta);
    event->accept();
}

void FilmTimeline::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    Q_EMIT trackWidthChanged(trackWidth());
}

QString FilmTimeline::shotToolTip(std::size_t index) const
{
    const auto& shot = m_shots[index];
    const double rate = fps();
    QString text = tr("Shot %1\n%2 – %3 (%n frame(s))", nullptr, int(shot.length()))
                       .arg(index + 1)
                       .arg(QString::fromStdString(formatTimecode(shot.startFrame, rate)),
                            QString::fromStdString(formatTimecode(shot.endFrame, rate)));
    if (index < m_curveValues.size() && std::isfinite(m_curveValues[index]))
        text += QLatin1Char('\n') + tr("%1: %2").arg(m_curveMetric, number(m_curveValues[index]));
    return text;
}

bool FilmTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QPoint pos = help->pos();
        if (trackRect(Track::Annotations).contains(pos)) {
            if (const auto hit = m_lanes.hitTest(pos, trackRect(Track::Annotations), *m_scale)) {
                QToolTip::showText(help->globalPos(),
                                   annotationToolTip(m_lanes.lanes()[hit->lane].items[hit->item]),
                                   this);
                return true;
            }
        }
        const bool inShots = trackRect(Track::Shots).contains(pos);
        const bool inCurve = trackRect(Track::Curve).contains(pos);
        if ((inShots || inCurve) && !m_shots.empty()) {
            if (const auto shot = shotAt(m_scale->frameAt(double(pos.x() - kHeaderWidth)))) {
                QToolTip::showText(help->globalPos(), shotToolTip(*shot), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace diptych::ui
