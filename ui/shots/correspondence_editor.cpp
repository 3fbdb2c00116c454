#include "shots/correspondence_editor.h"

#include "document/project_document.h"
#include "editing/shot_edits.h"
#include "player/dual_player.h"
#include "shots/correspondence_command.h"
#include "shots/edit_support.h"

#include <QAction>
#include <QKeySequence>

#include <algorithm>
#include <set>

namespace diptych::ui {

CorrespondenceEditor::CorrespondenceEditor(DualPlayer& player, QObject* parent)
    : QObject(parent)
    , m_player(player)
{
    auto add = [this](const QString& text, const QKeySequence& keys, const QString& tip,
                      auto edit) {
        m_actions << makeEditAction(this, text, keys, tip, [this, edit]() { (this->*edit)(); });
    };
    add(tr("&Pair Shots at Playheads"), QKeySequence(tr("Ctrl+Shift+P")),
        tr("Record that the shot under film B's playhead corresponds to the shot under film "
           "A's (shot-aligned sync plays pairs together)."),
        &CorrespondenceEditor::pairShotsAtPlayheads);
    add(tr("&Unpair Shot at Playhead"), QKeySequence(tr("Ctrl+Shift+U")),
        tr("Remove the pairs of the shot under film A's playhead."),
        &CorrespondenceEditor::unpairShotAtPlayhead);
    add(tr("Pair All Shots in &Order"), QKeySequence(),
        tr("Pair shot 1 with shot 1, shot 2 with shot 2, … for every shot not paired yet."),
        &CorrespondenceEditor::pairInOrder);
}

void CorrespondenceEditor::setDocument(ProjectDocument* document)
{
    m_document = document;
}

std::optional<CorrespondenceEditor::Films> CorrespondenceEditor::films()
{
    const auto a = m_player.filmIdOf(0);
    const auto b = m_player.filmIdOf(1);
    if (!m_document || !a || !b || *a == *b) {
        Q_EMIT message(tr("Choose two different films for A and B to pair their shots."));
        return std::nullopt;
    }
    return Films{*a, *b};
}

bool CorrespondenceEditor::push(const QString& text,
                                std::vector<std::pair<model::ShotId, model::ShotId>> add,
                                std::vector<std::pair<model::ShotId, model::ShotId>> remove)
{
    auto command = std::make_unique<CorrespondenceCommand>(*m_document, add, remove, text);
    const QString error = applyThenPush(
        *m_document->undoStack(), [&]() { CorrespondenceCommand::apply(*m_document, add, remove); },
        std::move(command));
    if (!error.isEmpty()) {
        Q_EMIT message(tr("Could not change the shot pairs: %1").arg(error));
        return false;
    }
    Q_EMIT message(text);
    return true;
}

bool CorrespondenceEditor::pairShotsAtPlayheads()
{
    const auto f = films();
    if (!f)
        return false;
    const auto shotsA = m_document->shotsOf(f->a);
    const auto shotsB = m_document->shotsOf(f->b);
    const auto a = editing::shotIndexAt(shotsA, m_player.frameA());
    const auto b = editing::shotIndexAt(shotsB, m_player.frameB());
    if (!a || !b) {
        Q_EMIT message(tr("Both playheads must be on a shot to pair them."));
        return false;
    }
    for (const auto& pair : m_document->correspondencesOfShot(shotsA[*a].id))
        if (pair.shotB == shotsB[*b].id) {
            Q_EMIT message(
                tr("Shot %1 of A and shot %2 of B are paired already.").arg(*a + 1).arg(*b + 1));
            return false;
        }
    return push(tr("Pair shot %1 of A with shot %2 of B").arg(*a + 1).arg(*b + 1),
                {{shotsA[*a].id, shotsB[*b].id}}, {});
}

bool CorrespondenceEditor::unpairShotAtPlayhead()
{
    const auto f = films();
    if (!f)
        return false;
    const auto shotsA = m_document->shotsOf(f->a);
    const auto a = editing::shotIndexAt(shotsA, m_player.frameA());
    std::vector<std::pair<model::ShotId, model::ShotId>> removed;
    if (a)
        for (const auto& pair : m_document->correspondencesBetween(f->a, f->b))
            if (pair.shotA == shotsA[*a].id)
                removed.emplace_back(pair.shotA, pair.shotB);
    if (removed.empty()) {
        Q_EMIT message(tr("The shot under film A's playhead has no pair."));
        return false;
    }
    return push(tr("Unpair shot %1 of A").arg(*a + 1), {}, std::move(removed));
}

bool CorrespondenceEditor::unpair(model::CorrespondenceId id)
{
    const auto f = films();
    if (!f)
        return false;
    for (const auto& pair : m_document->correspondencesBetween(f->a, f->b))
        if (pair.id == id)
            return push(tr("Remove a shot pair"), {}, {{pair.shotA, pair.shotB}});
    return false;
}

int CorrespondenceEditor::pairInOrder()
{
    const auto f = films();
    if (!f)
        return 0;
    const auto shotsA = m_document->shotsOf(f->a);
    const auto shotsB = m_document->shotsOf(f->b);
    std::set<model::ShotId> pairedA;
    std::set<model::ShotId> pairedB;
    for (const auto& pair : m_document->correspondencesBetween(f->a, f->b)) {
        pairedA.insert(pair.shotA);
        pairedB.insert(pair.shotB);
    }
    std::vector<std::pair<model::ShotId, model::ShotId>> added;
    for (std::size_t i = 0; i < std::min(shotsA.size(), shotsB.size()); ++i)
        if (!pairedA.contains(shotsA[i].id) && !pairedB.contains(shotsB[i].id))
            added.emplace_back(shotsA[i].id, shotsB[i].id);
    if (added.empty()) {
        Q_EMIT message(tr("Every shot is paired already."));
        return 0;
    }
    const int count = int(added.size());
    return push(tr("Pair %n shot(s) in order", nullptr, count), std::move(added), {}) ? count : 0;
}

} // namespace diptych::ui
