// FilmTimeline's annotation lanes: reading the film's tiers, and editing annotations in them
// (select, drag an edge, split, remove), each edit one undo step of the AnnotationDocument.
#include "annotation/annotation_document.h"
#include "common/timecode.h"
#include "document/project_document.h"
#include "timeline/film_timeline.h"
#include "timeline/timeline_scale.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>

#include <algorithm>

namespace diptych::ui {

void FilmTimeline::connectAnnotations()
{
    for (const auto& connection : m_annotationConnections)
        disconnect(connection);
    m_annotationConnections.clear();
    if (!m_document)
        return;
    auto& annotations = m_document->annotations();
    const auto follow = [this](model::FilmId film) {
        if (m_filmId == film)
            reloadLanes();
    };
    m_annotationConnections = {
        connect(&annotations, &AnnotationDocument::annotationsChanged, this, follow),
        connect(&annotations, &AnnotationDocument::tiersChanged, this, follow),
        connect(&annotations, &AnnotationDocument::schemesChanged, this,
                [this]() { reloadLanes(); }),
    };
}

void FilmTimeline::reloadLanes()
{
    std::vector<TierLane> lanes;
    if (m_document && m_film) {
        auto& annotations = m_document->annotations();
        for (const auto& tier : annotations.tiers(m_film->id))
            lanes.push_back({tier, {}});
        for (const auto& annotation : annotations.annotations(m_film->id)) {
            const auto lane = std::find_if(lanes.begin(), lanes.end(), [&](const TierLane& l) {
                return l.tier.id == annotation.tierId;
            });
            if (lane == lanes.end())
                continue;
            LaneItem item{annotation, QString::fromStdString(annotation.value), QColor()};
            if (annotation.codeId)
                if (const auto* code = annotations.code(*annotation.codeId)) {
                    item.label = QString::fromStdString(code->label);
                    if (!code->color.empty())
                        item.color = QColor(QString::fromStdString(code->color));
                }
            lane->items.push_back(std::move(item));
        }
    }
    const int before = m_lanes.height();
    m_lanes.setLanes(std::move(lanes));
    if (m_selected && !annotationById(*m_selected))
        m_selected.reset();
    if (m_lanes.height() != before)
        updateGeometry(); // the annotations track grew or shrank
    update();
}

const model::Annotation* FilmTimeline::annotationById(model::AnnotationId id) const
{
    for (const auto& lane : m_lanes.lanes())
        for (const auto& item : lane.items)
            if (item.annotation.id == id)
                return &item.annotation;
    return nullptr;
}

bool FilmTimeline::pressInLanes(const QPoint& pos)
{
    const QRect track = trackRect(Track::Annotations);
    if (!track.contains(pos))
        return false;
    const auto hit = m_lanes.hitTest(pos, track, *m_scale);
    if (!hit) {
        m_selected.reset();
        update(track);
        return false; // empty lane space seeks like the other tracks
    }
    const auto& lane = m_lanes.lanes()[hit->lane];
    const auto& annotation = lane.items[hit->item].annotation;
    m_selected = annotation.id;
    setFocus(Qt::MouseFocusReason); // for Delete
    if (hit->part == TierLanes::Part::Body) {
        m_lastSeek = -1;
        Q_EMIT seekRequested(annotation.startFrame);
    } else {
        m_edgeDrag = EdgeDrag{annotation, lane.tier, hit->part, annotation};
    }
    update(track);
    return true;
}

model::Frame FilmTimeline::edgeFrameAt(int x) const
{
    const model::Frame frames = m_film ? m_film->frameCount : 0;
    // An edge sits between frames: round to the nearest boundary, not the frame under x.
    auto frame = std::clamp<model::Frame>(
        m_scale->frameAt(double(x - kHeaderWidth) + m_scale->pixelsPerFrame() / 2), 0, frames);
    if (m_edgeDrag && m_edgeDrag->tier.kind == model::TierKind::Shot && !m_shots.empty()) {
        // Shot tiers hold whole shots: the nearest shot boundary.
        model::Frame best = m_shots.front().startFrame;
        for (const auto& shot : m_shots)
            for (const model::Frame boundary : {shot.startFrame, shot.endFrame})
                if (std::abs(boundary - frame) < std::abs(best - frame))
                    best = boundary;
        frame = best;
    }
    return frame;
}

void FilmTimeline::finishEdgeDrag()
{
    const EdgeDrag drag = *m_edgeDrag;
    m_edgeDrag.reset();
    update(trackRect(Track::Annotations));
    if (!m_document || (drag.preview.startFrame == drag.before.startFrame &&
                        drag.preview.endFrame == drag.before.endFrame))
        return;
    auto& annotations = m_document->annotations();
    AnnotationEdit edit;
    QString text;
    if (drag.tier.kind == model::TierKind::Shot) {
        // One annotation per shot: the code is applied to every further shot dragged over
        // that does not carry it from this coder yet.
        for (const auto& shot : m_shots) {
            if (shot.startFrame < drag.preview.startFrame ||
                shot.endFrame > drag.preview.endFrame || shot.id == drag.before.shotId)
                continue;
            const bool carries = std::any_of(annotations.annotations(drag.tier.filmId).begin(),
                                             annotations.annotations(drag.tier.filmId).end(),
                                             [&](const auto& other) {
                                                 return other.tierId == drag.tier.id &&
                                                        other.shotId == shot.id &&
                                                        other.codeId == drag.before.codeId &&
                                                        other.coderId == drag.before.coderId;
                                             });
            if (carries)
                continue;
            auto copy = drag.before;
            copy.id = 0;
            copy.shotId = shot.id;
            copy.startFrame = shot.startFrame;
            copy.endFrame = shot.endFrame;
            edit.add(copy);
        }
        text = tr("Extend Code over %n Shot(s)", nullptr, int(edit.steps().size()));
    } else {
        auto after = drag.preview;
        // Linked to a shot only while it spans exactly that shot.
        after.shotId.reset();
        for (const auto& shot : m_shots)
            if (shot.startFrame == after.startFrame && shot.endFrame == after.endFrame)
                after.shotId = shot.id;
        edit.change(drag.before, after);
        text = tr("Move Annotation Edge");
    }
    if (const QString error = annotations.apply(text, std::move(edit)); !error.isEmpty())
        Q_EMIT message(error);
}

bool FilmTimeline::splitAnnotation(model::AnnotationId id, model::Frame frame)
{
    const auto* annotation = annotationById(id);
    if (!m_document || !annotation || frame <= annotation->startFrame ||
        frame >= annotation->endFrame)
        return false;
    const auto tier = m_document->annotations().tier(annotation->tierId);
    if (!tier || tier->kind == model::TierKind::Shot) {
        Q_EMIT message(tr("Annotations of a shot tier span their shot: split the shot instead."));
        return false;
    }
    auto left = *annotation;
    left.endFrame = frame;
    left.shotId.reset();
    auto right = *annotation;
    right.id = 0;
    right.startFrame = frame;
    right.shotId.reset();
    AnnotationEdit edit;
    edit.change(*annotation, left).add(right);
    const QString error = m_document->annotations().apply(tr("Split Annotation"), std::move(edit));
    if (!error.isEmpty())
        Q_EMIT message(error);
    return error.isEmpty();
}

bool FilmTimeline::removeAnnotation(model::AnnotationId id)
{
    const auto* annotation = annotationById(id);
    if (!m_document || !annotation)
        return false;
    auto& annotations = m_document->annotations();
    const QString error =
        annotations.apply(tr("Remove Annotation"), annotations.removalOfAnnotation(*annotation));
    if (!error.isEmpty())
        Q_EMIT message(error);
    return error.isEmpty();
}

void FilmTimeline::keyPressEvent(QKeyEvent* event)
{
    if (m_selected && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
        removeAnnotation(*m_selected);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FilmTimeline::contextMenuEvent(QContextMenuEvent* event)
{
    const QRect track = trackRect(Track::Annotations);
    const auto hit = m_lanes.hitTest(event->pos(), track, *m_scale);
    if (!hit) {
        QWidget::contextMenuEvent(event);
        return;
    }
    const auto& lane = m_lanes.lanes()[hit->lane];
    const model::Annotation annotation = lane.items[hit->item].annotation;
    m_selected = annotation.id;
    update(track);
    QMenu menu(this);
    auto* split = menu.addAction(tr("Split at Playhead"), this, [this, annotation]() {
        splitAnnotation(annotation.id, m_position);
    });
    split->setEnabled(lane.tier.kind != model::TierKind::Shot &&
                      m_position > annotation.startFrame && m_position < annotation.endFrame);
    menu.addAction(tr("Remove"), this, [this, annotation]() { removeAnnotation(annotation.id); });
    menu.exec(event->globalPos());
}

QString FilmTimeline::annotationToolTip(const LaneItem& item) const
{
    const auto& a = item.annotation;
    QString coder;
    if (m_document)
        for (const auto& c : m_document->annotations().coders())
            if (c.id == a.coderId)
                coder = QString::fromStdString(c.name);
    const QString what =
        a.codeId && m_document ? m_document->annotations().codePath(*a.codeId) : item.label;
    QString text = tr("%1\n%2 – %3 · %4")
                       .arg(what, QString::fromStdString(formatTimecode(a.startFrame, fps())),
                            QString::fromStdString(formatTimecode(a.endFrame, fps())), coder);
    if (!a.note.empty())
        text += QLatin1Char('\n') + QString::fromStdString(a.note);
    return text;
}

} // namespace diptych::ui
