#pragma once

#include "model/metric.h"

#include <QImage>

class QPainter;
class QRect;

namespace diptych::ui {

class TimelineScale;

/// A film's movie barcode: its per-frame mean colour (from the stored CIELAB series
/// frame_lab_l/a/b, see METRICS.md) as a strip, one column per frame. Built once per film
/// and kept; painting a zoomed-out view uses an area-averaged copy for the current zoom, so
/// the overview shows every frame's colour in proportion rather than an aliased sample.
class MovieBarcode final
{
public:
    /// Longer films are bucketed (mean Lab of several frames per column); at 24 fps this is
    /// over 12 hours, so in practice every frame has its own column.
    static constexpr model::Frame kMaxColumns = model::Frame(1) << 20;

    MovieBarcode() = default;
    /// `l`, `a`, `b` may be null (no series stored yet): frames without all three values are
    /// transparent, so the track's background shows through.
    MovieBarcode(const model::MetricSeries* l, const model::MetricSeries* a,
                 const model::MetricSeries* b, model::Frame frameCount);

    [[nodiscard]] bool isEmpty() const { return m_image.isNull(); }
    /// One pixel high; column c holds frames [c·framesPerColumn, (c+1)·framesPerColumn).
    [[nodiscard]] const QImage& image() const { return m_image; }
    [[nodiscard]] double framesPerColumn() const { return m_framesPerColumn; }

    /// Paints the frames the scale shows into `rect` (whose left edge is the scale's x = 0).
    void paint(QPainter& painter, const QRect& rect, const TimelineScale& scale);

private:
    QImage m_image;
    double m_framesPerColumn = 1;
    QImage m_scaled; // area-averaged copy for zoomed-out views, at m_scaledWidth columns
    int m_scaledWidth = 0;
};

} // namespace diptych::ui
