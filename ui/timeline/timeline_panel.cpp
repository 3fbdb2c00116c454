#include "timeline/timeline_panel.h"

#include "analysis/pipeline/metric_catalog.h"
#include "common/timecode.h"
#include "document/project_document.h"
#include "timeline/film_timeline.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace diptych::ui {
namespace {

/// One zoom step of the buttons; the wheel uses smaller ones.
constexpr double kZoomStep = 1.5;

QToolButton* toolButton(const QString& iconName, const QString& text, const QString& toolTip,
                        QWidget* parent)
{
    auto* button = new QToolButton(parent);
    const QIcon icon = QIcon::fromTheme(iconName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    if (icon.isNull()) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    } else {
        button->setIcon(icon);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    return button;
}

} // namespace

TimelinePanel::TimelinePanel(QWidget* parent)
    : QWidget(parent)
{
    m_zoomOut = toolButton(QStringLiteral("zoom-out"), tr("Zoom Out"),
                           tr("Zoom out (Ctrl+wheel over the timeline)"), this);
    m_zoomIn =
        toolButton(QStringLiteral("zoom-in"), tr("Zoom In"),
                   tr("Zoom in, down to single frames (Ctrl+wheel over the timeline)"), this);
    m_fit =
        toolButton(QStringLiteral("zoom-fit-best"), tr("Fit"), tr("Show the whole films"), this);
    m_metricCombo = new QComboBox(this);
    m_metricCombo->setObjectName(QStringLiteral("curveMetric"));
    m_metricCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metricCombo->setToolTip(tr("The per-shot metric drawn as the curve of both films"));
    auto* curveLabel = new QLabel(tr("Cu&rve:"), this);
    curveLabel->setBuddy(m_metricCombo);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setForegroundRole(QPalette::PlaceholderText);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Wide enough for any span, so the toolbar does not jump while zooming.
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(
                                     tr("%1 in view").arg(QStringLiteral("00:00:00:00"))) +
                                 8);

    auto* toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(4, 2, 6, 2);
    toolbar->setSpacing(2);
    toolbar->addWidget(m_zoomOut);
    toolbar->addWidget(m_zoomIn);
    toolbar->addWidget(m_fit);
    toolbar->addSpacing(16);
    toolbar->addWidget(curveLabel);
    toolbar->addWidget(m_metricCombo);
    toolbar->addStretch(1);
    toolbar->addWidget(m_zoomLabel);

    for (int side = 0; side < 2; ++side) {
        auto* timeline = new FilmTimeline(side, &m_scale, this);
        timeline->setObjectName(side == 0 ? QStringLiteral("timelineA")
                                          : QStringLiteral("timelineB"));
        m_timelines[std::size_t(side)] = timeline;
        connect(timeline, &FilmTimeline::seekRequested, this,
                [this, side](model::Frame frame) { Q_EMIT seekRequested(side, frame); });
        connect(timeline, &FilmTimeline::message, this, &TimelinePanel::message);
        connect(timeline, &FilmTimeline::zoomRequested, this, &TimelinePanel::zoomAround);
        connect(timeline, &FilmTimeline::scrollRequested, this, [this](double pixels) {
            m_scale.scrollByPixels(pixels);
            scaleChanged();
        });
        connect(timeline, &FilmTimeline::trackWidthChanged, this, [this](int width) {
            if (width != int(m_scale.viewWidth())) {
                m_scale.setViewWidth(width);
                scaleChanged();
            }
        });
    }

    m_scrollBar = new QScrollBar(Qt::Horizontal, this);
    auto* scrollRow = new QHBoxLayout;
    scrollRow->setContentsMargins(FilmTimeline::kHeaderWidth, 0, 0, 0);
    scrollRow->addWidget(m_scrollBar);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addWidget(m_timelines[0]);
    layout->addSpacing(6);
    layout->addWidget(m_timelines[1]);
    layout->addLayout(scrollRow);
    layout->addStretch(1);

    connect(m_zoomIn, &QToolButton::clicked, this, &TimelinePanel::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &TimelinePanel::zoomOut);
    connect(m_fit, &QToolButton::clicked, this, &TimelinePanel::zoomToFit);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        m_scale.setFirstFrame(double(value) / m_scale.pixelsPerFrame());
        for (auto* timeline : m_timelines)
            timeline->update();
    });
    connect(m_metricCombo, &QComboBox::activated, this,
            [this](int index) { setCurveMetric(m_metricCombo->itemData(index).toString()); });

    refreshMetricChoices();
    scaleChanged();
}

TimelinePanel::~TimelinePanel() = default;

FilmTimeline* TimelinePanel::timeline(int side) const
{
    return m_timelines.at(std::size_t(side));
}

void TimelinePanel::setDocument(ProjectDocument* document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::filmsChanged, this, &TimelinePanel::reloadResults);
        connect(m_document, &ProjectDocument::resultsChanged, this, &TimelinePanel::refreshResults);
    }
    for (std::size_t side = 0; side < 2; ++side)
        m_timelines[side]->setFilm(m_document, m_films[side]);
    noteShownRevisions();
    refreshMetricChoices();
    m_scale.setFrameCount(std::max(m_timelines[0]->frameCount(), m_timelines[1]->frameCount()));
    shareCurveRange();
    scaleChanged();
}

void TimelinePanel::setFilms(std::optional<model::FilmId> a, std::optional<model::FilmId> b)
{
    if (m_films[0] == a && m_films[1] == b)
        return;
    m_films = {a, b};
    for (std::size_t side = 0; side < 2; ++side)
        m_timelines[side]->setFilm(m_document, m_films[side]);
    noteShownRevisions();
    // Other films: start from the whole of them.
    m_scale.setFrameCount(std::max(m_timelines[0]->frameCount(), m_timelines[1]->frameCount()));
    shareCurveRange();
    scaleChanged();
}

void TimelinePanel::setPositions(model::Frame a, model::Frame b)
{
    const std::array<model::Frame, 2> positions{a, b};
    std::optional<std::size_t> follow;
    for (std::size_t side = 0; side < 2; ++side) {
        if (positions[side] != m_positions[side] && m_timelines[side]->film() && !follow)
            follow = side;
        m_timelines[side]->setPosition(positions[side]);
    }
    m_positions = positions;
    // Follow the playhead that moved (A when both did), a page at a time.
    if (follow && m_scale.ensureVisible(m_positions[*follow]))
        scaleChanged();
}

void TimelinePanel::setCurveMetric(const QString& metricName)
{
    m_curveMetric = metricName;
    const int index = m_metricCombo->findData(metricName);
    const QSignalBlocker blocker(m_metricCombo);
    m_metricCombo->setCurrentIndex(std::max(index, 0));
    for (auto* timeline : m_timelines)
        timeline->setCurveMetric(metricName);
    shareCurveRange();
}

void TimelinePanel::reloadResults()
{
    for (auto* timeline : m_timelines)
        timeline->reload();
    noteShownRevisions();
    refreshMetricChoices();
    refreshFrameCount();
    shareCurveRange();
}

void TimelinePanel::refreshResults()
{
    // Results come every few seconds while a film is analysed; a timeline reload re-reads the
    // film's colour series and repaints it, so a film whose results did not change keeps its.
    for (std::size_t side = 0; side < 2; ++side)
        if (revisionOf(side) != m_shownRevisions[side])
            m_timelines[side]->reload();
    const bool columnsChanged =
        m_document && m_document->columnsRevision() != m_shownColumnsRevision;
    noteShownRevisions();
    if (columnsChanged)
        refreshMetricChoices();
    refreshFrameCount();
    shareCurveRange();
}

void TimelinePanel::noteShownRevisions()
{
    for (std::size_t side = 0; side < 2; ++side)
        m_shownRevisions[side] = revisionOf(side);
    m_shownColumnsRevision = m_document ? m_document->columnsRevision() : 0;
}

std::uint64_t TimelinePanel::revisionOf(std::size_t side) const
{
    return m_document && m_films[side] ? m_document->resultsRevision(*m_films[side]) : 0;
}

void TimelinePanel::refreshMetricChoices()
{
    const QSignalBlocker blocker(m_metricCombo);
    m_metricCombo->clear();
    m_metricCombo->addItem(tr("None"), QString());
    if (m_document) {
        for (const auto& column : m_document->results().columns) {
            if (column.isText)
                continue;
            const QString name = QString::fromStdString(column.name);
            m_metricCombo->addItem(name, name);
            const auto& specs = analysis::shotMetricSpecs();
            const auto spec = std::find_if(specs.begin(), specs.end(),
                                           [&](const auto& s) { return s.name == column.name; });
            if (spec != specs.end()) {
                QString tip = QString::fromUtf8(spec->description.data(),
                                                qsizetype(spec->description.size()));
                if (!spec->unit.empty())
                    tip += QLatin1Char(' ') + tr("(%1)").arg(QString::fromUtf8(
                                                  spec->unit.data(), qsizetype(spec->unit.size())));
                m_metricCombo->setItemData(m_metricCombo->count() - 1, tip, Qt::ToolTipRole);
            }
        }
    }
    // A metric asked for before the project listed it is selected once it appears.
    m_metricCombo->setCurrentIndex(std::max(m_metricCombo->findData(m_curveMetric), 0));
}

void TimelinePanel::refreshFrameCount()
{
    const auto frames = std::max(m_timelines[0]->frameCount(), m_timelines[1]->frameCount());
    if (frames != m_scale.frameCount())
        m_scale.setFrameCount(frames);
    scaleChanged();
}

void TimelinePanel::shareCurveRange()
{
    std::optional<std::pair<double, double>> range;
    for (auto* timeline : m_timelines) {
        const auto extent = timeline->curveExtent();
        if (!extent)
            continue;
        if (!range)
            range = extent;
        range->first = std::min(range->first, extent->first);
        range->second = std::max(range->second, extent->second);
    }
    if (!range)
        range.emplace(0.0, 1.0);
    if (range->second - range->first < 1e-12) {
        // A constant curve sits in the middle of the track.
        const double pad = std::max(std::abs(range->first) * 0.1, 1e-6);
        range->first -= pad;
        range->second += pad;
    }
    for (auto* timeline : m_timelines)
        timeline->setCurveRange(range->first, range->second);
}

void TimelinePanel::zoomIn()
{
    zoomAround(kZoomStep, zoomAnchor());
}

void TimelinePanel::zoomOut()
{
    zoomAround(1.0 / kZoomStep, zoomAnchor());
}

void TimelinePanel::zoomToFit()
{
    m_scale.fit();
    scaleChanged();
}

double TimelinePanel::zoomAnchor() const
{
    const std::size_t side = m_timelines[0]->film() ? 0 : 1;
    const double x = m_scale.xOf(double(m_positions[side]));
    if (m_timelines[side]->film() && x >= 0 && x <= m_scale.viewWidth())
        return x;
    return m_scale.viewWidth() / 2;
}

void TimelinePanel::zoomAround(double factor, double anchorX)
{
    m_scale.zoomBy(factor, anchorX);
    scaleChanged();
}

void TimelinePanel::scaleChanged()
{
    const double ppf = m_scale.pixelsPerFrame();
    {
        const QSignalBlocker blocker(m_scrollBar);
        const double total = double(m_scale.frameCount()) * ppf;
        m_scrollBar->setRange(0, std::max(0, int(std::lround(total - m_scale.viewWidth()))));
        m_scrollBar->setPageStep(std::max(1, int(m_scale.viewWidth())));
        m_scrollBar->setSingleStep(std::max(1, int(m_scale.viewWidth() / 20)));
        m_scrollBar->setValue(int(std::lround(m_scale.firstFrame() * ppf)));
    }
    m_scrollBar->setEnabled(m_scale.canScroll());
    const bool hasFrames = m_scale.frameCount() > 0;
    m_zoomIn->setEnabled(hasFrames && ppf < TimelineScale::kMaxPixelsPerFrame - 1e-9);
    m_zoomOut->setEnabled(hasFrames && !m_scale.isFitted());
    m_fit->setEnabled(hasFrames && !m_scale.isFitted());
    if (!hasFrames) {
        m_zoomLabel->clear();
    } else if (!m_scale.canScroll()) {
        m_zoomLabel->setText(tr("Whole film"));
    } else {
        const FilmTimeline* reference = m_timelines[0]->film() ? m_timelines[0] : m_timelines[1];
        const auto frames = model::Frame(std::lround(m_scale.visibleFrames()));
        m_zoomLabel->setText(
            tr("%1 in view").arg(QString::fromStdString(formatTimecode(frames, reference->fps()))));
    }
    for (auto* timeline : m_timelines)
        timeline->update();
}

} // namespace diptych::ui
