#pragma once

#include "model/ids.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;

namespace diptych::ui {

class DualPlayer;
class ProjectDocument;

/// Edits the shot correspondence table between the films on the two sides of the player —
/// which shot of film B is which shot of film A, the table shot-aligned sync plays by. Each
/// change is written to the project at once and is undoable.
class CorrespondenceEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrespondenceEditor)

public:
    explicit CorrespondenceEditor(DualPlayer& player, QObject* parent = nullptr);

    /// The project edited; nullptr when none is open. Not owned.
    void setDocument(ProjectDocument* document);
    /// Pair, unpair and pair-in-order actions with their shortcuts.
    [[nodiscard]] QList<QAction*> actions() const { return m_actions; }

    /// Pairs the shot under A's playhead with the shot under B's.
    bool pairShotsAtPlayheads();
    /// Removes every pair of the shot under A's playhead.
    bool unpairShotAtPlayhead();
    /// Pairs shot i of A with shot i of B for every i not paired yet (a remake that keeps
    /// the original's cutting), as one undo step. Returns the number of pairs added.
    int pairInOrder();
    /// Removes one pair by id.
    bool unpair(model::CorrespondenceId id);

Q_SIGNALS:
    /// One line for the status bar.
    void message(const QString& text);

private:
    struct Films
    {
        model::FilmId a = 0;
        model::FilmId b = 0;
    };
    [[nodiscard]] std::optional<Films> films();
    bool push(const QString& text, std::vector<std::pair<model::ShotId, model::ShotId>> add,
              std::vector<std::pair<model::ShotId, model::ShotId>> remove);

    DualPlayer& m_player;
    QPointer<ProjectDocument> m_document;
    QList<QAction*> m_actions;
};

} // namespace diptych::ui
