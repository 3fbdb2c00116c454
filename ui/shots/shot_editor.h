#pragma once

#include "model/film.h"
#include "model/shot.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>
#include <vector>

class QAction;

namespace diptych::ui {

class DualPlayer;
class ProjectDocument;

/// Hand edits of the shot list of the film on one side of the player, at its playhead:
/// split the shot there, merge the shot there with the next one, move the nearest boundary
/// there. Each edit is written to the project at once and pushed on the document's undo
/// stack; the changed shots are then measured again in the background (AnalysisController
/// reacts to ProjectDocument::shotsEdited).
///
/// Editing waits until the film's analysis is complete: the pipeline appends shots while it
/// runs, and a hand edit in the middle of that would be overwritten.
class ShotEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotEditor)

public:
    explicit ShotEditor(DualPlayer& player, QObject* parent = nullptr);

    /// The project edited; nullptr when none is open. Not owned.
    void setDocument(ProjectDocument* document);
    /// Which film the edits apply to: 0 = film A, 1 = film B.
    void setSide(int side) { m_side = side; }

    /// Split, merge and move-boundary actions with their shortcuts, for the Edit menu.
    [[nodiscard]] QList<QAction*> actions() const { return m_actions; }

    /// Each returns whether the edit was made; when not, message() says why.
    bool splitAtPlayhead();
    bool mergeWithNext();
    bool moveNearestBoundaryToPlayhead();

Q_SIGNALS:
    /// One line for the status bar.
    void message(const QString& text);

private:
    struct Target
    {
        model::FilmId film = 0;
        qint64 frame = 0;
        QString title;
    };
    /// The film and playhead edits apply to, or nullopt (with a message) when editing is not
    /// possible now.
    [[nodiscard]] std::optional<Target> target();
    bool commit(const Target& target, const std::vector<model::Shot>& before,
                const std::optional<std::vector<model::Shot>>& after, const QString& text,
                const QString& refusal);

    DualPlayer& m_player;
    QPointer<ProjectDocument> m_document;
    int m_side = 0;
    QList<QAction*> m_actions;
};

} // namespace diptych::ui
