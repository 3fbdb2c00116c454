#pragma once

#include "model/region.h"

#include <QColor>
#include <QPolygonF>
#include <QWidget>

#include <optional>
#include <vector>

namespace diptych::ui {

class VideoView;

/// A region as the viewer shows it.
struct RegionShown
{
    model::RegionId id = 0;
    model::RegionShape shape = model::RegionShape::Rect;
    std::vector<model::NormalizedPoint> points;
    QColor color; ///< the code's colour; invalid: a neutral one
    QString label;
};

/// A transparent layer over one VideoView's picture: draws the regions of the frame shown
/// (outline and label in the code's colour), lets the user pick one (Delete removes it,
/// double-click edits its note) and draws new ones: a rectangle by dragging, a polygon by
/// clicking its corners and double-clicking (or Enter) to close; Esc cancels.
///
/// Points are normalised to the picture (0..1 both ways), so regions survive proxies and
/// resizing. Paints and reports; the RegionController writes.
class RegionLayer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionLayer)

public:
    /// Covers `view`, following its size.
    explicit RegionLayer(VideoView& view);

    void setRegions(std::vector<RegionShown> regions);
    [[nodiscard]] const std::vector<RegionShown>& regions() const { return m_regions; }
    /// Starts drawing a region of `shape`; nullopt stops (the next mouse press then picks).
    void setDrawing(std::optional<model::RegionShape> shape);
    [[nodiscard]] std::optional<model::RegionShape> drawing() const { return m_drawing; }
    [[nodiscard]] std::optional<model::RegionId> selected() const { return m_selected; }

    /// The widget point of normalised point `p` and back (clamped to the picture).
    [[nodiscard]] QPointF toWidget(const model::NormalizedPoint& p) const;
    [[nodiscard]] model::NormalizedPoint toNormalized(const QPointF& p) const;

Q_SIGNALS:
    /// A region was drawn: two corners for a rectangle, three or more vertices for a polygon.
    void regionDrawn(diptych::model::RegionShape shape,
                     const std::vector<diptych::model::NormalizedPoint>& points);
    void drawingFinished();
    void removeRequested(diptych::model::RegionId id);
    void noteRequested(diptych::model::RegionId id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    [[nodiscard]] QPolygonF polygonOf(const RegionShown& region) const;
    [[nodiscard]] std::optional<model::RegionId> regionAt(const QPointF& pos) const;
    void finishPolygon();
    void stopDrawing();

    VideoView& m_view;
    std::vector<RegionShown> m_regions;
    std::optional<model::RegionId> m_selected;
    std::optional<model::RegionShape> m_drawing;
    std::vector<model::NormalizedPoint> m_points;    // of the region being drawn
    std::optional<model::NormalizedPoint> m_pointer; // rubber band end
};

} // namespace diptych::ui
