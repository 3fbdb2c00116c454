#include "shots/shot_editor.h"

#include "document/project_document.h"
#include "editing/shot_edits.h"
#include "player/dual_player.h"
#include "shots/edit_support.h"
#include "shots/shot_edit_command.h"

#include <QAction>
#include <QKeySequence>

namespace diptych::ui {

ShotEditor::ShotEditor(DualPlayer& player, QObject* parent)
    : QObject(parent)
    , m_player(player)
{
    auto add = [this](const QString& text, const QKeySequence& keys, const QString& tip,
                      bool (ShotEditor::*edit)()) {
        m_actions << makeEditAction(this, text, keys, tip, [this, edit]() { (this->*edit)(); });
    };
    // Ctrl+B is the "blade" of DaVinci Resolve and Avid; the others follow it.
    add(tr("&Split Shot at Playhead"), QKeySequence(tr("Ctrl+B")),
        tr("Cut the shot under the playhead in two at the current frame."),
        &ShotEditor::splitAtPlayhead);
    add(tr("&Merge Shot with Next"), QKeySequence(tr("Ctrl+Shift+B")),
        tr("Join the shot under the playhead with the shot after it."), &ShotEditor::mergeWithNext);
    add(tr("Move Nearest &Boundary to Playhead"), QKeySequence(tr("Ctrl+Alt+B")),
        tr("Move the shot boundary nearest to the playhead onto the current frame."),
        &ShotEditor::moveNearestBoundaryToPlayhead);
}

void ShotEditor::setDocument(ProjectDocument* document)
{
    m_document = document;
}

std::optional<ShotEditor::Target> ShotEditor::target()
{
    const auto film = m_player.filmIdOf(m_side);
    if (!m_document || !film) {
        Q_EMIT message(tr("Open a project with a film to edit its shots."));
        return std::nullopt;
    }
    const auto* results = m_document->resultsOf(*film);
    const QString title = results ? QString::fromStdString(results->film.title) : QString();
    if (!results || !results->complete) {
        Q_EMIT message(
            tr("Shots of “%1” can be edited when its analysis has finished.").arg(title));
        return std::nullopt;
    }
    return Target{*film, m_side == 0 ? m_player.frameA() : m_player.frameB(), title};
}

bool ShotEditor::commit(const Target& target, const std::vector<model::Shot>& before,
                        const std::optional<std::vector<model::Shot>>& after, const QString& text,
                        const QString& refusal)
{
    if (!after) {
        Q_EMIT message(refusal);
        return false;
    }
    const QString error = applyThenPush(
        *m_document->undoStack(), [&]() { m_document->replaceShots(target.film, *after); },
        std::make_unique<ShotEditCommand>(*m_document, target.film, before, *after, text));
    if (!error.isEmpty()) {
        Q_EMIT message(tr("Could not edit the shots: %1").arg(error));
        return false;
    }
    Q_EMIT message(text);
    return true;
}

bool ShotEditor::splitAtPlayhead()
{
    const auto t = target();
    if (!t)
        return false;
    const auto shots = m_document->shotsOf(t->film);
    return commit(*t, shots, editing::splitShotAt(shots, t->frame),
                  tr("Split shot of “%1” at frame %2").arg(t->title).arg(t->frame),
                  tr("Frame %1 already begins a shot.").arg(t->frame));
}

bool ShotEditor::mergeWithNext()
{
    const auto t = target();
    if (!t)
        return false;
    const auto shots = m_document->shotsOf(t->film);
    const auto index = editing::shotIndexAt(shots, t->frame);
    return commit(
        *t, shots, index ? editing::mergeWithNext(shots, *index) : std::nullopt,
        tr("Merge shot %1 of “%2” with the next").arg(index ? *index + 1 : 0).arg(t->title),
        tr("The shot under the playhead has no next shot to merge with."));
}

bool ShotEditor::moveNearestBoundaryToPlayhead()
{
    const auto t = target();
    if (!t)
        return false;
    const auto shots = m_document->shotsOf(t->film);
    const auto boundary = editing::nearestBoundary(shots, t->frame);
    return commit(*t, shots,
                  boundary ? editing::moveBoundary(shots, *boundary, t->frame) : std::nullopt,
                  tr("Move a shot boundary of “%1” to frame %2").arg(t->title).arg(t->frame),
                  tr("No shot boundary can move to frame %1: each shot keeps at least one frame.")
                      .arg(t->frame));
}

} // namespace diptych::ui
