#pragma once

#include "model/annotation.h"
#include "model/tier.h"

#include <QColor>
#include <QString>

#include <optional>
#include <vector>

class QPainter;
class QPoint;
class QRect;

namespace diptych::ui {

class TimelineScale;
struct TrackStyle;

/// One annotation as a lane draws it.
struct LaneItem
{
    model::Annotation annotation;
    QString label; ///< the code's label, or the text
    QColor color;  ///< the code's colour; invalid: the lane's neutral colour
    int row = 0;   ///< sub-row in the lane, so overlapping annotations (codes of one shot) show
};

/// One tier of a film: a lane of the timeline's Annotations track.
struct TierLane
{
    model::Tier tier;
    std::vector<LaneItem> items; ///< by start frame
    int rows = 1;                ///< sub-rows needed for the overlapping annotations
};

/// The annotation tiers of one film drawn as lanes one above the other (ELAN's tier view):
/// each annotation a box over its frames [start, end), in its code's colour, labelled when
/// wide enough. Annotations that overlap (several codes on one shot) are stacked in sub-rows
/// of their lane. Paints and hit-tests; editing is up to the timeline.
class TierLanes final
{
public:
    static constexpr int kRowHeight = 16;   ///< one sub-row of a lane
    static constexpr int kEmptyHeight = 26; ///< the track's height without tiers
    /// Pixels either side of a box's edge that grab the edge rather than the box.
    static constexpr int kEdgeGrip = 4;

    enum class Part
    {
        Body,
        StartEdge,
        EndEdge,
    };
    struct Hit
    {
        std::size_t lane = 0;
        std::size_t item = 0;
        Part part = Part::Body;
    };

    /// Takes the lanes and stacks each lane's overlapping items into sub-rows.
    void setLanes(std::vector<TierLane> lanes);
    [[nodiscard]] const std::vector<TierLane>& lanes() const { return m_lanes; }
    [[nodiscard]] bool isEmpty() const { return m_lanes.empty(); }
    /// The track's height in pixels for these lanes.
    [[nodiscard]] int height() const;
    /// Lane `lane`'s rectangle inside `track`.
    [[nodiscard]] QRect laneRect(const QRect& track, std::size_t lane) const;
    /// The rectangle of sub-row `row` of lane `lane`.
    [[nodiscard]] QRect rowRect(const QRect& track, std::size_t lane, int row) const;

    /// Draws the lanes into `track` (clipped), the annotation `selected` outlined, with
    /// `preview` drawn in place of the annotation of the same id (an edge being dragged).
    void paint(QPainter& painter, const QRect& track, const TimelineScale& scale,
               const TrackStyle& style, std::optional<model::AnnotationId> selected,
               const std::optional<model::Annotation>& preview) const;
    /// What lies at `pos` (widget coordinates) in `track`: the topmost box there, and whether
    /// an edge is grabbed; nullopt for empty space.
    [[nodiscard]] std::optional<Hit> hitTest(const QPoint& pos, const QRect& track,
                                             const TimelineScale& scale) const;
    /// The lane at height `y`, if any.
    [[nodiscard]] std::optional<std::size_t> laneAt(int y, const QRect& track) const;

private:
    std::vector<TierLane> m_lanes;
};

} // namespace diptych::ui
