#include "timeline/timeline_tracks.h"

#include "common/timecode.h"
#include "timeline/timeline_scale.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <array>
#include <cmath>

namespace diptych::ui {
namespace {

/// Index of the first shot that ends after frame position `frame`.
std::size_t firstShotAfter(const std::vector<model::Shot>& shots, double frame)
{
    const auto it =
        std::upper_bound(shots.begin(), shots.end(), frame, [](double f, const model::Shot& shot) {
            return f < double(shot.endFrame);
        });
    return std::size_t(it - shots.begin());
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

TrackStyle TrackStyle::from(const QPalette& palette)
{
    TrackStyle style;
    style.header = palette.color(QPalette::Button);
    style.track = palette.color(QPalette::Base);
    style.cellA = palette.color(QPalette::AlternateBase);
    style.cellB = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::WindowText);
    style.dimText = palette.color(QPalette::PlaceholderText);
    style.line = palette.color(QPalette::Mid);
    style.highlight = palette.color(QPalette::Highlight);
    // Editors draw the playhead in a saturated red; this one reads on dark and light bases.
    style.playhead = QColor(0xe5, 0x48, 0x4d);
    return style;
}

model::Frame rulerStep(double pixelsPerFrame, double fps, double minSpacing)
{
    const double rate = fps > 0 ? fps : 24.0;
    const auto second = std::max<model::Frame>(1, model::Frame(std::lround(rate)));
    const std::array<int, 14> secondSteps{1,   2,   5,   10,  15,   30,   60,
                                          120, 300, 600, 900, 1800, 3600, 7200};
    // Below a second, steps that divide the second, so labels land on whole seconds too
    // (3, 6, 12 frames at 24 fps; 5, 10, 15 at 30).
    for (model::Frame step = 1; step < second; ++step)
        if (second % step == 0 && double(step) * pixelsPerFrame >= minSpacing)
            return step;
    for (const int seconds : secondSteps) {
        const auto step = model::Frame(std::llround(seconds * rate));
        if (double(step) * pixelsPerFrame >= minSpacing)
            return std::max<model::Frame>(step, 1);
    }
    // Beyond two-hour ticks: whole multiples of two hours.
    const auto twoHours = model::Frame(std::llround(7200 * rate));
    const auto multiple = model::Frame(std::ceil(minSpacing / (double(twoHours) * pixelsPerFrame)));
    return twoHours * std::max<model::Frame>(multiple, 1);
}

void paintRuler(QPainter& painter, const QRect& rect, const TimelineScale& scale, double fps,
                model::Frame frameCount, const TrackStyle& style)
{
    painter.save();
    painter.setClipRect(rect);
    painter.fillRect(rect, style.header);
    const QFontMetrics metrics(painter.font());
    const double labelWidth = metrics.horizontalAdvance(QStringLiteral("00:00:00:00"));
    const double ppf = scale.pixelsPerFrame();
    const model::Frame step = rulerStep(ppf, fps, labelWidth + 18);
    // Minor ticks: the finest even split of a labelled interval that stays 8 px apart
    // (single frames when zoomed in closely).
    model::Frame minor = step;
    for (const model::Frame parts : {step, model::Frame(10), model::Frame(6), model::Frame(5),
                                     model::Frame(4), model::Frame(3), model::Frame(2)}) {
        if (parts > 1 && step % parts == 0 && double(step / parts) * ppf >= 8) {
            minor = step / parts;
            break;
        }
    }
    const double left = scale.firstFrame();
    const double right = left + scale.visibleFrames();
    const auto firstTick = model::Frame(std::floor(left / double(minor))) * minor;
    const int bottom = rect.bottom();
    painter.setPen(style.line);
    for (model::Frame frame = firstTick; double(frame) <= right && frame <= frameCount;
         frame += minor) {
        const double x = rect.left() + scale.xOf(double(frame));
        const bool major = frame % step == 0;
        const int height = major ? rect.height() / 2 : rect.height() / 5;
        painter.drawLine(QPointF(x + 0.5, bottom - height), QPointF(x + 0.5, bottom));
        if (major) {
            painter.setPen(style.text);
            const QString label =
                QString::fromStdString(formatTimecode(frame, fps > 0 ? fps : 24.0));
            painter.drawText(QPointF(x + 4, rect.top() + metrics.ascent() + 2), label);
            painter.setPen(style.line);
        }
    }
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    // Past the film's end the ruler is shaded (the other film may be longer).
    const double endX = rect.left() + scale.xOf(double(frameCount));
    if (endX < rect.right())
        painter.fillRect(QRectF(endX, rect.top(), rect.right() - endX + 1, rect.height()),
                         withAlpha(style.line, 60));
    painter.restore();
}

void paintShotStrip(QPainter& painter, const QRect& rect, const TimelineScale& scale,
                    const std::vector<model::Shot>& shots,
                    const std::function<const QPixmap*(std::size_t)>& thumbnailOf,
                    std::optional<std::size_t> currentShot, const TrackStyle& style)
{
    painter.save();
    painter.setClipRect(rect);
    painter.fillRect(rect, style.track);
    const double right = scale.firstFrame() + scale.visibleFrames();
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    for (std::size_t i = firstShotAfter(shots, scale.firstFrame());
         i < shots.size() && double(shots[i].startFrame) < right; ++i) {
        const auto& shot = shots[i];
        const double x0 = rect.left() + scale.xOf(double(shot.startFrame));
        const double x1 = rect.left() + scale.xOf(double(shot.endFrame));
        const QRectF cell(x0, rect.top(), x1 - x0, rect.height());
        painter.fillRect(cell, i % 2 == 0 ? style.cellA : style.cellB);
        if (cell.width() >= 6) {
            painter.save();
            painter.setClipRect(cell.adjusted(1, 1, 0, -1).intersected(QRectF(rect)));
            // Thumbnail and number stick to the view's left edge while the shot's start is
            // scrolled out of sight, so a zoomed-in view still shows which shot it is.
            const QPixmap* thumbnail = thumbnailOf(i);
            const double thumbnailWidth =
                thumbnail && !thumbnail->isNull() ? thumbnail->deviceIndependentSize().width() : 0;
            const double left =
                std::max(x0, std::min(double(rect.left()), x1 - thumbnailWidth - 2));
            if (thumbnailWidth > 0)
                painter.drawPixmap(QPointF(left + 1, rect.top() + 1), *thumbnail);
            const QString number = QString::number(i + 1);
            const double badgeWidth = metrics.horizontalAdvance(number) + 6;
            if (cell.width() >= badgeWidth + 4) {
                // A dark badge: legible over any thumbnail in either theme.
                const QRectF badge(left + 2, rect.bottom() - metrics.height() - 1, badgeWidth,
                                   metrics.height());
                painter.fillRect(badge, QColor(0, 0, 0, 150));
                painter.setPen(Qt::white);
                painter.drawText(badge, Qt::AlignCenter, number);
            }
            painter.restore();
        }
        if (i > 0 && cell.width() >= 3) {
            painter.setPen(QPen(style.line, 1));
            painter.drawLine(QPointF(std::floor(x0) + 0.5, rect.top()),
                             QPointF(std::floor(x0) + 0.5, rect.bottom()));
        }
    }
    if (currentShot && *currentShot < shots.size()) {
        const auto& shot = shots[*currentShot];
        const double x0 = rect.left() + scale.xOf(double(shot.startFrame));
        const double x1 = rect.left() + scale.xOf(double(shot.endFrame));
        painter.setPen(QPen(style.highlight, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(
            QRectF(x0 + 1, rect.top() + 1, std::max(1.0, x1 - x0 - 2), rect.height() - 2));
    }
    painter.restore();
}

void paintCurve(QPainter& painter, const QRect& rect, const TimelineScale& scale,
                const std::vector<model::Shot>& shots, const std::vector<double>& values,
                double minValue, double maxValue, const TrackStyle& style)
{
    painter.save();
    painter.setClipRect(rect);
    painter.fillRect(rect, style.track);
    painter.setPen(QPen(withAlpha(style.line, 110), 1, Qt::DotLine));
    const double middle = rect.top() + rect.height() / 2.0;
    painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.right(), middle));
    if (values.size() != shots.size() || !(maxValue >= minValue)) {
        painter.restore();
        return;
    }
    const double span = maxValue - minValue > 1e-12 ? maxValue - minValue : 1.0;
    const double top = rect.top() + 4;
    const double height = rect.height() - 8;
    auto yOf = [&](double value) { return top + height - (value - minValue) / span * height; };
    const double right = scale.firstFrame() + scale.visibleFrames();
    QPainterPath line;
    QPainterPath area;
    bool open = false;
    double lastX = 0;
    auto closeArea = [&]() {
        if (open) {
            area.lineTo(lastX, rect.bottom() + 1);
            area.closeSubpath();
        }
        open = false;
    };
    for (std::size_t i = firstShotAfter(shots, scale.firstFrame());
         i < shots.size() && double(shots[i].startFrame) < right; ++i) {
        if (!std::isfinite(values[i])) {
            closeArea();
            continue;
        }
        const double x0 = rect.left() + scale.xOf(double(shots[i].startFrame));
        const double x1 = rect.left() + scale.xOf(double(shots[i].endFrame));
        const double y = yOf(values[i]);
        if (!open) {
            line.moveTo(x0, y);
            area.moveTo(x0, rect.bottom() + 1);
            area.lineTo(x0, y);
            open = true;
        } else {
            line.lineTo(x0, y);
            area.lineTo(x0, y);
        }
        line.lineTo(x1, y);
        area.lineTo(x1, y);
        lastX = x1;
    }
    closeArea();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(area, withAlpha(style.highlight, 70));
    painter.strokePath(line, QPen(style.highlight, 1.6));
    painter.restore();
}

void paintBoundaryGuides(QPainter& painter, const QRect& rect, const TimelineScale& scale,
                         const std::vector<model::Shot>& shots, const TrackStyle& style)
{
    painter.save();
    painter.setClipRect(rect);
    painter.setPen(QPen(withAlpha(style.line, 120), 1));
    const double right = scale.firstFrame() + scale.visibleFrames();
    double lastX = -1e9;
    for (std::size_t i = firstShotAfter(shots, scale.firstFrame());
         i < shots.size() && double(shots[i].startFrame) < right; ++i) {
        if (i == 0)
            continue;
        const double x = std::floor(rect.left() + scale.xOf(double(shots[i].startFrame))) + 0.5;
        if (x - lastX < 6)
            continue;
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
        lastX = x;
    }
    painter.restore();
}

} // namespace diptych::ui
