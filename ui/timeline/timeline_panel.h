#pragma once

#include "model/ids.h"
#include "timeline/timeline_scale.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <array>
#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QScrollBar;
class QToolButton;

namespace diptych::ui {

class FilmTimeline;
class ProjectDocument;

/// Two stacked per-film timelines (film A above film B) sharing one zoom and scroll position,
/// each showing its film's playhead, with a toolbar: zoom out, zoom in, fit, and the metric
/// drawn as curve. Ctrl+wheel zooms around the pointer; the wheel scrolls when zoomed in.
/// While the playhead moves (playback, stepping) the view turns page-wise to keep it in sight.
///
/// UI thread only. Reads from the ProjectDocument when it signals changes; decodes nothing.
class TimelinePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePanel)

public:
    explicit TimelinePanel(QWidget* parent = nullptr);
    ~TimelinePanel() override;

    /// The open project, nullptr when none. Not owned.
    void setDocument(ProjectDocument* document);
    /// The films shown as A (top) and B (bottom); nullopt leaves a side empty.
    void setFilms(std::optional<model::FilmId> a, std::optional<model::FilmId> b);
    /// The playheads, 0-based frames of film A and film B.
    void setPositions(model::Frame a, model::Frame b);
    /// The per-shot metric (a numeric results column) drawn as curve; "" for none.
    void setCurveMetric(const QString& metricName);
    [[nodiscard]] QString curveMetric() const { return m_curveMetric; }

    [[nodiscard]] const TimelineScale& scale() const { return m_scale; }
    /// Side 0 (A) or 1 (B).
    [[nodiscard]] FilmTimeline* timeline(int side) const;

    void zoomIn();
    void zoomOut();
    void zoomToFit();

Q_SIGNALS:
    /// A click or drag in film `side`'s tracks (0 = A, 1 = B) at `frame` of that film.
    void seekRequested(int side, diptych::model::Frame frame);
    /// An edit in the timeline failed; one line for the status bar.
    void message(const QString& text);

private:
    void reloadResults();
    /// After ProjectDocument::resultsChanged(): reloads only what shows results that changed
    /// (while one film is analysed, the other film's timeline stays as it is).
    void refreshResults();
    /// Notes the results revisions the timelines and the metric choices show now.
    void noteShownRevisions();
    [[nodiscard]] std::uint64_t revisionOf(std::size_t side) const;
    void refreshMetricChoices();
    void refreshFrameCount();
    void shareCurveRange();
    void zoomAround(double factor, double anchorX);
    /// The track x to zoom the buttons around: the playhead when in view, else the middle.
    [[nodiscard]] double zoomAnchor() const;
    void scaleChanged();

    QPointer<ProjectDocument> m_document;
    TimelineScale m_scale;
    std::array<FilmTimeline*, 2> m_timelines{}; // children
    std::array<std::optional<model::FilmId>, 2> m_films;
    std::array<model::Frame, 2> m_positions{0, 0};
    QString m_curveMetric;
    std::array<std::uint64_t, 2> m_shownRevisions{0, 0};
    std::uint64_t m_shownColumnsRevision = 0;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_fit = nullptr;
    QComboBox* m_metricCombo = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QScrollBar* m_scrollBar = nullptr;
};

} // namespace diptych::ui
