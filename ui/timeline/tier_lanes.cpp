#include "timeline/tier_lanes.h"

#include "timeline/timeline_scale.h"
#include "timeline/timeline_tracks.h"

#include <QFontMetrics>
#include <QPainter>
#include <QRect>

#include <algorithm>
#include <cmath>

namespace diptych::ui {
namespace {

/// The box of frames [start, end) in `row`, at least 2 pixels wide so short ones show.
QRectF boxOf(model::Frame start, model::Frame end, const QRect& row, const TimelineScale& scale)
{
    const double left = row.left() + scale.xOf(double(start));
    const double right = row.left() + scale.xOf(double(end));
    return QRectF(left, row.top() + 1, std::max(2.0, right - left), row.height() - 2);
}

} // namespace

void TierLanes::setLanes(std::vector<TierLane> lanes)
{
    for (auto& lane : lanes) {
        // Greedy interval partitioning: each item goes to the first row free at its start.
        std::sort(lane.items.begin(), lane.items.end(), [](const LaneItem& a, const LaneItem& b) {
            return a.annotation.startFrame < b.annotation.startFrame;
        });
        std::vector<model::Frame> rowEnds;
        for (auto& item : lane.items) {
            auto free = std::find_if(rowEnds.begin(), rowEnds.end(), [&](model::Frame end) {
                return end <= item.annotation.startFrame;
            });
            if (free == rowEnds.end())
                free = rowEnds.insert(rowEnds.end(), 0);
            *free = item.annotation.endFrame;
            item.row = int(free - rowEnds.begin());
        }
        lane.rows = std::max(1, int(rowEnds.size()));
    }
    m_lanes = std::move(lanes);
}

int TierLanes::height() const
{
    if (m_lanes.empty())
        return kEmptyHeight;
    int rows = 0;
    for (const auto& lane : m_lanes)
        rows += lane.rows;
    return rows * kRowHeight + 2;
}

QRect TierLanes::laneRect(const QRect& track, std::size_t lane) const
{
    int top = track.top() + 1;
    for (std::size_t i = 0; i < lane && i < m_lanes.size(); ++i)
        top += m_lanes[i].rows * kRowHeight;
    const int rows = lane < m_lanes.size() ? m_lanes[lane].rows : 1;
    return QRect(track.left(), top, track.width(), rows * kRowHeight);
}

QRect TierLanes::rowRect(const QRect& track, std::size_t lane, int row) const
{
    const QRect whole = laneRect(track, lane);
    return QRect(whole.left(), whole.top() + row * kRowHeight, whole.width(), kRowHeight);
}

std::optional<std::size_t> TierLanes::laneAt(int y, const QRect& track) const
{
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane) {
        const QRect r = laneRect(track, lane);
        if (y >= r.top() && y <= r.bottom())
            return lane;
    }
    return std::nullopt;
}

void TierLanes::paint(QPainter& painter, const QRect& track, const TimelineScale& scale,
                      const TrackStyle& style, std::optional<model::AnnotationId> selected,
                      const std::optional<model::Annotation>& preview) const
{
    painter.save();
    painter.setClipRect(track);
    const QFontMetrics metrics(painter.font());
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane) {
        if (lane % 2 == 1)
            painter.fillRect(laneRect(track, lane), style.cellB);
        for (const auto& item : m_lanes[lane].items) {
            const auto& shown =
                preview && preview->id == item.annotation.id ? *preview : item.annotation;
            const QRect row = rowRect(track, lane, item.row);
            const QRectF box = boxOf(shown.startFrame, shown.endFrame, row, scale);
            if (box.right() < track.left() || box.left() > track.right())
                continue;
            const QColor fill = item.color.isValid() ? item.color : style.highlight;
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRect(box);
            if (box.width() > 24) {
                // Dark text on light codes, light on dark, as the code colours vary.
                painter.setPen(fill.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white));
                const QRectF text = box.adjusted(3, 0, -3, 0);
                painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                                 metrics.elidedText(item.label, Qt::ElideRight, int(text.width())));
            }
            if (selected == item.annotation.id) {
                painter.setPen(QPen(style.playhead, 2));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(box.adjusted(1, 1, -1, -1));
            }
        }
    }
    painter.restore();
}

std::optional<TierLanes::Hit> TierLanes::hitTest(const QPoint& pos, const QRect& track,
                                                 const TimelineScale& scale) const
{
    const auto lane = laneAt(pos.y(), track);
    if (!lane)
        return std::nullopt;
    const auto& items = m_lanes[*lane].items;
    const int rowIndex = (pos.y() - laneRect(track, *lane).top()) / kRowHeight;
    const QRect row = rowRect(track, *lane, rowIndex);
    // A box under the pointer wins over a neighbour whose edge is within grip: adjacent
    // boxes share an edge, and the one pointed into is the one meant.
    const double x = pos.x();
    for (const bool inside : {true, false})
        for (std::size_t i = items.size(); i-- > 0;) {
            if (items[i].row != rowIndex)
                continue;
            const QRectF box =
                boxOf(items[i].annotation.startFrame, items[i].annotation.endFrame, row, scale);
            const bool contains = x >= box.left() && x <= box.right();
            if (contains != inside || x < box.left() - kEdgeGrip || x > box.right() + kEdgeGrip)
                continue;
            // Boxes narrower than three grips are moved by their body only.
            const bool wide = box.width() > 3 * kEdgeGrip;
            if (wide && std::abs(x - box.left()) <= kEdgeGrip)
                return Hit{*lane, i, Part::StartEdge};
            if (wide && std::abs(x - box.right()) <= kEdgeGrip)
                return Hit{*lane, i, Part::EndEdge};
            if (contains)
                return Hit{*lane, i, Part::Body};
        }
    return std::nullopt;
}

} // namespace diptych::ui
