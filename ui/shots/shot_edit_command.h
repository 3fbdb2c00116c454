#pragma once

#include "model/shot.h"

#include <QPointer>
#include <QUndoCommand>

#include <vector>

namespace diptych::ui {

class ProjectDocument;

/// One hand edit of a film's shot list (split, merge, moved boundary) on the document's undo
/// stack. Stores the list before and after; redo and undo write the whole list, so each step
/// is one transaction and the project file always holds a consistent shot list.
///
/// The edit is applied before the command is pushed (ShotEditor does so, to report a failure
/// without leaving a command that never happened on the stack), so the first redo() only
/// records it. A later undo or redo that fails is reported through the document's
/// errorOccurred() signal and leaves the file as it was.
class ShotEditCommand final : public QUndoCommand
{
public:
    ShotEditCommand(ProjectDocument& document, model::FilmId film, std::vector<model::Shot> before,
                    std::vector<model::Shot> after, const QString& text);

    void redo() override;
    void undo() override;

private:
    void apply(const std::vector<model::Shot>& shots);

    QPointer<ProjectDocument> m_document;
    model::FilmId m_film;
    std::vector<model::Shot> m_before;
    std::vector<model::Shot> m_after;
    bool m_applied = true; // the edit is already in the file when the command is pushed
};

} // namespace diptych::ui
