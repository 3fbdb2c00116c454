#include "annotation/region_layer.h"

#include "player/video_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace diptych::ui {
namespace {

/// Rectangles smaller than this (in widget pixels) are taken as slips, not drawings.
constexpr double kMinimumDrag = 4;

} // namespace

RegionLayer::RegionLayer(VideoView& view)
    : QWidget(&view)
    , m_view(view)
{
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TranslucentBackground);
    setFocusPolicy(Qt::ClickFocus);
    setMouseTracking(true); // the rubber band follows the pointer while drawing a polygon
    setGeometry(view.rect());
    view.installEventFilter(this);
}

bool RegionLayer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_view && event->type() == QEvent::Resize)
        setGeometry(m_view.rect());
    return QWidget::eventFilter(watched, event);
}

void RegionLayer::setRegions(std::vector<RegionShown> regions)
{
    m_regions = std::move(regions);
    if (m_selected && std::none_of(m_regions.begin(), m_regions.end(),
                                   [&](const auto& r) { return r.id == *m_selected; }))
        m_selected.reset();
    update();
}

void RegionLayer::setDrawing(std::optional<model::RegionShape> shape)
{
    m_drawing = shape;
    m_points.clear();
    m_pointer.reset();
    setCursor(shape ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

void RegionLayer::stopDrawing()
{
    setDrawing(std::nullopt);
    Q_EMIT drawingFinished();
}

QPointF RegionLayer::toWidget(const model::NormalizedPoint& p) const
{
    const QRectF target = m_view.pictureTarget();
    return {target.left() + p.x * target.width(), target.top() + p.y * target.height()};
}

model::NormalizedPoint RegionLayer::toNormalized(const QPointF& p) const
{
    const QRectF target = m_view.pictureTarget();
    if (target.width() <= 0 || target.height() <= 0)
        return {};
    return {std::clamp((p.x() - target.left()) / target.width(), 0.0, 1.0),
            std::clamp((p.y() - target.top()) / target.height(), 0.0, 1.0)};
}

QPolygonF RegionLayer::polygonOf(const RegionShown& region) const
{
    QPolygonF polygon;
    if (region.shape == model::RegionShape::Rect && region.points.size() == 2)
        return QPolygonF(
            QRectF(toWidget(region.points[0]), toWidget(region.points[1])).normalized());
    for (const auto& point : region.points)
        polygon << toWidget(point);
    return polygon;
}

std::optional<model::RegionId> RegionLayer::regionAt(const QPointF& pos) const
{
    // The last drawn is on top.
    for (auto region = m_regions.rbegin(); region != m_regions.rend(); ++region)
        if (polygonOf(*region).containsPoint(pos, Qt::OddEvenFill))
            return region->id;
    return std::nullopt;
}

void RegionLayer::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(m_view.pictureTarget());
    for (const auto& region : m_regions) {
        const QColor color = region.color.isValid() ? region.color : QColor(255, 220, 0);
        const QPolygonF polygon = polygonOf(region);
        QColor fill = color;
        fill.setAlphaF(m_selected == region.id ? 0.30 : 0.12);
        painter.setBrush(fill);
        painter.setPen(QPen(color, m_selected == region.id ? 3 : 2));
        painter.drawPolygon(polygon);
        if (!region.label.isEmpty()) {
            const QRectF bounds = polygon.boundingRect();
            const QRectF text(bounds.left(), bounds.top() - fontMetrics().height() - 2,
                              fontMetrics().horizontalAdvance(region.label) + 8,
                              fontMetrics().height() + 2);
            painter.fillRect(text, color);
            painter.setPen(color.lightnessF() > 0.6 ? Qt::black : Qt::white);
            painter.drawText(text, Qt::AlignCenter, region.label);
        }
    }
    if (m_drawing && !m_points.empty()) {
        painter.setPen(QPen(QColor(255, 220, 0), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        if (*m_drawing == model::RegionShape::Rect && m_pointer) {
            painter.drawRect(QRectF(toWidget(m_points[0]), toWidget(*m_pointer)).normalized());
        } else {
            QPolygonF line;
            for (const auto& point : m_points)
                line << toWidget(point);
            if (m_pointer)
                line << toWidget(*m_pointer);
            painter.drawPolyline(line);
        }
    }
}

void RegionLayer::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        if (m_drawing && event->button() == Qt::RightButton)
            stopDrawing();
        return;
    }
    const QPointF pos = event->position();
    if (!m_drawing) {
        m_selected = regionAt(pos);
        update();
        event->setAccepted(m_selected.has_value());
        return;
    }
    if (!m_view.pictureTarget().contains(pos.toPoint()))
        return;
    if (*m_drawing == model::RegionShape::Rect)
        m_points = {toNormalized(pos)};
    else
        m_points.push_back(toNormalized(pos));
    m_pointer = toNormalized(pos);
    update();
}

void RegionLayer::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_drawing || m_points.empty())
        return;
    m_pointer = toNormalized(event->position());
    update();
}

void RegionLayer::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_drawing || *m_drawing != model::RegionShape::Rect || m_points.size() != 1 ||
        event->button() != Qt::LeftButton)
        return;
    const auto end = toNormalized(event->position());
    const QPointF a = toWidget(m_points[0]);
    const QPointF b = toWidget(end);
    if (std::abs(a.x() - b.x()) < kMinimumDrag || std::abs(a.y() - b.y()) < kMinimumDrag) {
        m_points.clear();
        update();
        return;
    }
    const auto corners = std::vector{m_points[0], end};
    stopDrawing();
    Q_EMIT regionDrawn(model::RegionShape::Rect, corners);
}

void RegionLayer::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (m_drawing && *m_drawing == model::RegionShape::Polygon) {
        finishPolygon();
        return;
    }
    if (!m_drawing)
        if (const auto region = regionAt(event->position()))
            Q_EMIT noteRequested(*region);
}

void RegionLayer::finishPolygon()
{
    // A double-click's first click added its point already; drop repeats.
    std::vector<model::NormalizedPoint> vertices;
    for (const auto& point : m_points)
        if (vertices.empty() || !(vertices.back() == point))
            vertices.push_back(point);
    if (vertices.size() < 3)
        return; // keep drawing: a polygon needs three corners
    stopDrawing();
    Q_EMIT regionDrawn(model::RegionShape::Polygon, vertices);
}

void RegionLayer::keyPressEvent(QKeyEvent* event)
{
    if (m_drawing) {
        if (event->key() == Qt::Key_Escape)
            stopDrawing();
        else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            finishPolygon();
        return;
    }
    if (m_selected && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        Q_EMIT removeRequested(*m_selected);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace diptych::ui
