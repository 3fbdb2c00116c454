#pragma once

#include "model/film.h"
#include "model/shot.h"
#include "timeline/movie_barcode.h"
#include "timeline/thumbnail_loader.h"
#include "timeline/tier_lanes.h"

#include <QPixmap>
#include <QPointer>
#include <QWidget>

#include <map>
#include <optional>
#include <utility>
#include <vector>

class QVariantAnimation;

namespace diptych::ui {

class ProjectDocument;
class TimelineScale;

/// The tracks of one film under a shared TimelineScale: timecode ruler, shot strip with a
/// keyframe thumbnail per shot, movie barcode, a per-shot metric curve and one lane per
/// annotation tier, with the film's playhead. A header column on the left names the tracks;
/// the tracks start kHeaderWidth pixels in.
///
/// Annotations are edited in their lanes (each edit one undo step, written at once): a click
/// selects one (and seeks to it), dragging an edge moves it (on a shot tier, edges snap to
/// shots and a code dragged over further shots is applied to them), Delete removes it, the
/// context menu splits it at the playhead or removes it.
///
/// Reads everything from the ProjectDocument on the UI thread when told to (setFilm,
/// reload); thumbnails are decoded by its ThumbnailLoader's thread. Pressing or dragging in
/// the tracks asks to seek; the wheel asks the panel to zoom (Ctrl) or scroll.
class FilmTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilmTimeline)

public:
    static constexpr int kHeaderWidth = 136;
    enum class Track
    {
        Ruler,
        Shots,
        Barcode,
        Curve,
        Annotations,
    };

    /// `side` 0 is film A, 1 film B (shown as the header's badge). `scale` is shared, not
    /// owned, and must outlive this widget.
    FilmTimeline(int side, const TimelineScale* scale, QWidget* parent = nullptr);
    ~FilmTimeline() override;

    /// Shows `film` of `document` (nullopt or null document: an empty timeline).
    void setFilm(ProjectDocument* document, std::optional<model::FilmId> film);
    /// Re-reads the film, its shots, metric values and colour series (after resultsChanged);
    /// thumbnails already decoded for unchanged shots are kept.
    void reload();
    /// The per-shot metric (a results column) drawn as the curve; empty for none.
    void setCurveMetric(const QString& name);
    /// The value range the curve spans bottom to top; the panel gives both films one range
    /// so their curves compare.
    void setCurveRange(double minValue, double maxValue);
    /// The playhead, a 0-based frame. Entering another shot flashes the boundary crossed.
    void setPosition(model::Frame frame);

    [[nodiscard]] const std::optional<model::Film>& film() const { return m_film; }
    [[nodiscard]] model::Frame frameCount() const { return m_film ? m_film->frameCount : 0; }
    [[nodiscard]] double fps() const;
    [[nodiscard]] model::Frame position() const { return m_position; }
    [[nodiscard]] const std::vector<model::Shot>& shots() const { return m_shots; }
    /// Min and max of the curve's finite values; nullopt when it has none.
    [[nodiscard]] std::optional<std::pair<double, double>> curveExtent() const;
    [[nodiscard]] const MovieBarcode& barcode() const { return m_barcode; }
    /// Number of shots whose thumbnail has arrived.
    [[nodiscard]] int thumbnailCount() const { return int(m_thumbnails.size()); }
    /// The frame of the boundary being flashed, while its flash lasts.
    [[nodiscard]] std::optional<model::Frame> flashingBoundary() const;
    /// The index of the shot under the playhead.
    [[nodiscard]] std::optional<std::size_t> currentShot() const { return m_currentShot; }
    /// The tier lanes as shown (for tests).
    [[nodiscard]] const TierLanes& lanes() const { return m_lanes; }
    /// The annotation selected in the lanes.
    [[nodiscard]] std::optional<model::AnnotationId> selectedAnnotation() const
    {
        return m_selected;
    }
    /// Splits the annotation at frame `frame` (inside it) into [start, frame) and
    /// [frame, end), one undo step. Returns whether it was split (not on shot tiers).
    bool splitAnnotation(model::AnnotationId id, model::Frame frame);
    /// Removes the annotation (one undo step).
    bool removeAnnotation(model::AnnotationId id);
    /// Where a track is drawn, in widget coordinates (tracks only, without the header).
    [[nodiscard]] QRect trackRect(Track track) const;
    [[nodiscard]] int trackWidth() const { return std::max(1, width() - kHeaderWidth); }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A press or drag in the tracks at this frame of the film (clamped to the film).
    void seekRequested(diptych::model::Frame frame);
    /// Ctrl+wheel: zoom by `factor` around track x `anchorX`.
    void zoomRequested(double factor, double anchorX);
    /// An edit of the lanes failed; one line for the status bar.
    void message(const QString& text);
    /// Wheel over the tracks of a zoomed-in timeline: scroll by this many pixels.
    void scrollRequested(double pixels);
    void trackWidthChanged(int width);
    void thumbnailArrived(int count);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    void reloadCurve();
    /// Re-reads the film's tiers and annotations into the lanes.
    void reloadLanes();
    void connectAnnotations();
    [[nodiscard]] const model::Annotation* annotationById(model::AnnotationId id) const;
    /// Presses in the Annotations track: selects, or starts dragging an edge. Returns whether
    /// the press was taken (else it seeks as elsewhere).
    bool pressInLanes(const QPoint& pos);
    /// The dragged edge's frame at track x (snapped to shots on a shot tier).
    [[nodiscard]] model::Frame edgeFrameAt(int x) const;
    void finishEdgeDrag();
    [[nodiscard]] QString annotationToolTip(const LaneItem& item) const;
    void reloadBarcode();
    void requestThumbnails();
    void addThumbnail(model::Frame frame, const QImage& image);
    void seekToX(int x);
    [[nodiscard]] std::optional<std::size_t> shotAt(model::Frame frame) const;
    [[nodiscard]] QString shotToolTip(std::size_t shot) const;
    void paintHeader(QPainter& painter);
    void paintOverlays(QPainter& painter);

    int m_side = 0;
    const TimelineScale* m_scale = nullptr;
    QPointer<ProjectDocument> m_document;
    std::optional<model::FilmId> m_filmId;
    std::optional<model::Film> m_film;
    std::vector<model::Shot> m_shots;
    QString m_curveMetric;
    std::vector<double> m_curveValues; // one per shot, NaN where missing
    double m_curveMin = 0;
    double m_curveMax = 1;
    MovieBarcode m_barcode;
    bool m_barcodeFinal = false; ///< built from a completely analysed film: never changes
    ThumbnailLoader m_loader;
    std::vector<model::Frame> m_keyframes;        // one per shot: the frame its thumbnail shows
    std::map<model::Frame, QPixmap> m_thumbnails; // by keyframe, scaled to the strip
    std::filesystem::path m_thumbnailPath;        // the file m_thumbnails came from
    model::Frame m_position = 0;
    std::optional<std::size_t> m_currentShot;
    model::Frame m_flashFrame = 0;
    QVariantAnimation* m_flash = nullptr; // child
    bool m_dragging = false;
    TierLanes m_lanes;
    std::optional<model::AnnotationId> m_selected;
    /// An edge being dragged: the annotation before, and as the drag would leave it.
    struct EdgeDrag
    {
        model::Annotation before;
        model::Tier tier;
        TierLanes::Part edge = TierLanes::Part::EndEdge;
        model::Annotation preview;
    };
    std::optional<EdgeDrag> m_edgeDrag;
    QList<QMetaObject::Connection> m_annotationConnections;
    model::Frame m_lastSeek = -1;
};

} // namespace diptych::ui
