#pragma once

#include "model/shot.h"

#include <QColor>
#include <QPixmap>

#include <functional>
#include <optional>
#include <vector>

class QPainter;
class QPalette;
class QRect;

namespace diptych::ui {

class TimelineScale;

/// Colours of the timeline tracks, taken from the widget's palette so that the timeline
/// reads in dark and light themes alike.
struct TrackStyle
{
    QColor header; ///< track header column
    QColor track;  ///< track background
    QColor cellA;  ///< shot cells, alternating
    QColor cellB;
    QColor text;
    QColor dimText;   ///< placeholders, minor labels
    QColor line;      ///< separators, ticks, shot boundaries
    QColor highlight; ///< current shot, curve, boundary flash
    QColor playhead;  ///< the accent editors use for the playhead
    static TrackStyle from(const QPalette& palette);
};

/// The ruler's labelled tick interval in frames: the smallest "round" interval (frames, then
/// seconds and minutes at `fps`) whose labels are at least `minSpacing` pixels apart.
model::Frame rulerStep(double pixelsPerFrame, double fps, double minSpacing);

// Painters of the individual tracks. Each paints into `rect` only (clipped), with the
// scale's x = 0 at rect.left().

/// Timecode ruler: ticks, labels every rulerStep(), the film's end marked.
void paintRuler(QPainter& painter, const QRect& rect, const TimelineScale& scale, double fps,
                model::Frame frameCount, const TrackStyle& style);

/// Shot cells with their keyframe thumbnail (when `thumbnailOf(i)` has one), shot numbers,
/// boundaries, and the current shot outlined.
void paintShotStrip(QPainter& painter, const QRect& rect, const TimelineScale& scale,
                    const std::vector<model::Shot>& shots,
                    const std::function<const QPixmap*(std::size_t)>& thumbnailOf,
                    std::optional<std::size_t> currentShot, const TrackStyle& style);

/// Per-shot values as a filled step curve between `minValue` (bottom) and `maxValue` (top);
/// NaN values leave gaps.
void paintCurve(QPainter& painter, const QRect& rect, const TimelineScale& scale,
                const std::vector<model::Shot>& shots, const std::vector<double>& values,
                double minValue, double maxValue, const TrackStyle& style);

/// Faint shot boundaries over a track that has none of its own (barcode, tiers), only where
/// they are far enough apart to read.
void paintBoundaryGuides(QPainter& painter, const QRect& rect, const TimelineScale& scale,
                         const std::vector<model::Shot>& shots, const TrackStyle& style);

} // namespace diptych::ui
