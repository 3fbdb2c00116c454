// FilmTimeline's painting: the tracks (drawn by timeline_tracks), the header column naming
// them, and the overlays across all tracks (playhead, flashed boundary).
#include "timeline/film_timeline.h"

#include "timeline/timeline_scale.h"
#include "timeline/timeline_tracks.h"

#include <QPainter>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace diptych::ui {
namespace {

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

} // namespace

void FilmTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const auto style = TrackStyle::from(palette());
    painter.fillRect(rect(), style.line);
    const QRect ruler = trackRect(Track::Ruler);
    const QRect shots = trackRect(Track::Shots);
    const QRect barcode = trackRect(Track::Barcode);
    const QRect curve = trackRect(Track::Curve);
    const QRect tiers = trackRect(Track::Annotations);
    const model::Frame frames = frameCount();

    paintRuler(painter, ruler, *m_scale, fps(), frames, style);
    paintShotStrip(
        painter, shots, *m_scale, m_shots,
        [this](std::size_t i) -> const QPixmap* {
            const auto it =
                i < m_keyframes.size() ? m_thumbnails.find(m_keyframes[i]) : m_thumbnails.end();
            return it == m_thumbnails.end() ? nullptr : &it->second;
        },
        m_currentShot, style);
    painter.fillRect(barcode, style.track);
    m_barcode.paint(painter, barcode, *m_scale);
    paintBoundaryGuides(painter, barcode, *m_scale, m_shots, style);
    paintCurve(painter, curve, *m_scale, m_shots, m_curveValues, m_curveMin, m_curveMax, style);
    painter.fillRect(tiers, style.track);
    paintBoundaryGuides(painter, tiers, *m_scale, m_shots, style);
    m_lanes.paint(painter, tiers, *m_scale, style, m_selected,
                  m_edgeDrag ? std::optional(m_edgeDrag->preview) : std::nullopt);

    // Placeholders say why a track is empty.
    painter.setPen(style.dimText);
    auto placeholder = [&](const QRect& r, const QString& text) {
        painter.drawText(r.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    };
    if (!m_film)
        placeholder(shots, tr("No film"));
    else if (m_shots.empty())
        placeholder(shots, tr("No shots yet: the film has not been analysed"));
    if (m_film && m_barcode.isEmpty())
        placeholder(barcode, tr("No colour measurements yet"));
    if (m_film && m_curveMetric.isEmpty())
        placeholder(curve, tr("Choose a metric for the curve above"));
    else if (m_film && !curveExtent())
        placeholder(curve, tr("No values of %1").arg(m_curveMetric));
    if (m_film && m_lanes.isEmpty())
        placeholder(tiers, tr("No annotation tiers: code a shot to start one"));

    paintHeader(painter);
    paintOverlays(painter);
}

void FilmTimeline::paintHeader(QPainter& painter)
{
    const auto style = TrackStyle::from(palette());
    const QRect header(0, 0, kHeaderWidth, height());
    painter.fillRect(header, style.header);
    painter.setPen(style.line);
    painter.drawLine(QPointF(kHeaderWidth - 0.5, 0), QPointF(kHeaderWidth - 0.5, height()));
    auto rowOf = [&](Track track) {
        const QRect r = trackRect(track);
        return QRect(8, r.top(), kHeaderWidth - 14, r.height());
    };
    for (const Track track : {Track::Shots, Track::Barcode, Track::Curve, Track::Annotations}) {
        const QRect r = trackRect(track);
        painter.setPen(style.line);
        painter.drawLine(0, r.top() - 1, kHeaderWidth, r.top() - 1);
    }

    // The side's badge and the film's title on the ruler row.
    const QRect title = rowOf(Track::Ruler);
    const QString badge = m_side == 0 ? tr("A") : tr("B");
    const QFontMetrics metrics(font());
    const QRect badgeRect(title.left(), title.top() + 3, metrics.horizontalAdvance(badge) + 10,
                          title.height() - 6);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(style.highlight);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(badgeRect, 3, 3);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(badgeRect, Qt::AlignCenter, badge);
    painter.setPen(style.text);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QRect titleText = title.adjusted(badgeRect.width() + 6, 0, 0, 0);
    const QString name = m_film ? QString::fromStdString(m_film->title) : tr("No film");
    painter.drawText(titleText, Qt::AlignVCenter | Qt::AlignLeft,
                     QFontMetrics(bold).elidedText(name, Qt::ElideRight, titleText.width()));
    painter.setFont(font());

    auto label = [&](Track track, const QString& text) {
        const QRect r = rowOf(track);
        painter.drawText(r, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(text, Qt::ElideRight, r.width()));
    };
    label(Track::Shots, m_shots.empty() ? tr("Shots") : tr("Shots (%1)").arg(m_shots.size()));
    label(Track::Barcode, tr("Colour"));
    if (m_lanes.isEmpty()) {
        label(Track::Annotations, tr("Annotations"));
    } else {
        // One name per lane, in small type to fit the lane height.
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter.setFont(small);
        const QFontMetrics smallMetrics(small);
        const QRect track = trackRect(Track::Annotations);
        for (std::size_t lane = 0; lane < m_lanes.lanes().size(); ++lane) {
            const QRect r = m_lanes.rowRect(track, lane, 0);
            const QRect text(8, r.top(), kHeaderWidth - 14, r.height());
            painter.drawText(
                text, Qt::AlignVCenter | Qt::AlignLeft,
                smallMetrics.elidedText(QString::fromStdString(m_lanes.lanes()[lane].tier.name),
                                        Qt::ElideRight, text.width()));
        }
        painter.setFont(font());
    }

    // The curve's name on top, its range (bottom and top of the track) below in small type.
    const QRect curve = rowOf(Track::Curve);
    const QString curveName = m_curveMetric.isEmpty() ? tr("Curve") : m_curveMetric;
    painter.drawText(curve.adjusted(0, 2, 0, 0), Qt::AlignTop | Qt::AlignLeft,
                     metrics.elidedText(curveName, Qt::ElideRight, curve.width()));
    if (!m_curveValues.empty() && curveExtent()) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        painter.setFont(small);
        painter.setPen(style.dimText);
        painter.drawText(curve.adjusted(0, 0, 0, -2), Qt::AlignBottom | Qt::AlignLeft,
                         tr("%1 – %2").arg(number(m_curveMin), number(m_curveMax)));
        painter.setFont(font());
    }
}

void FilmTimeline::paintOverlays(QPainter& painter)
{
    const auto style = TrackStyle::from(palette());
    const QRect tracks(kHeaderWidth, 0, trackWidth(), height());
    painter.save();
    painter.setClipRect(tracks);
    const double ppf = m_scale->pixelsPerFrame();
    // The boundary just crossed, flashed and fading.
    if (const auto boundary = flashingBoundary()) {
        const double strength = m_flash->currentValue().toDouble();
        QColor color = style.highlight;
        color.setAlphaF(float(std::clamp(strength, 0.0, 1.0)));
        const double x = kHeaderWidth + m_scale->xOf(double(*boundary));
        painter.fillRect(QRectF(x - 2, 0, 4, height()), color);
    }
    if (m_film) {
        // The playhead covers its frame when frames are wide, else it is a line.
        const double x = kHeaderWidth + m_scale->xOf(double(m_position));
        if (ppf >= 4) {
            QColor band = style.playhead;
            band.setAlpha(45);
            painter.fillRect(QRectF(x, 0, ppf, height()), band);
        }
        const double lineX = std::floor(x + (ppf >= 4 ? ppf / 2 : 0)) + 0.5;
        painter.setPen(QPen(style.playhead, 1));
        painter.drawLine(QPointF(lineX, 0), QPointF(lineX, height()));
        // A handle in the ruler, as editors draw it.
        const QRect ruler = trackRect(Track::Ruler);
        const QPolygonF handle{QPointF(lineX - 5, ruler.top()), QPointF(lineX + 5, ruler.top()),
                               QPointF(lineX + 5, ruler.top() + 6),
                               QPointF(lineX, ruler.top() + 11),
                               QPointF(lineX - 5, ruler.top() + 6)};
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.playhead);
        painter.drawPolygon(handle);
    }
    painter.restore();
}

} // namespace diptych::ui
