#pragma once

#include <QPointer>
#include <QUndoCommand>

namespace diptych::ui {

class ProjectDocument;

/// The base of the document's undo commands for edits written to the project at once.
///
/// The edit is applied before the command is pushed (applyThenPush in edit_support.h does so,
/// to report a failure without leaving a step that never happened on the stack), so the first
/// redo() only records it. A later undo or redo that fails is reported through the document's
/// errorOccurred() signal and leaves the file as it was: undo and redo run from Qt's event
/// loop, which exceptions must not cross.
class AppliedEditCommand : public QUndoCommand
{
public:
    AppliedEditCommand(ProjectDocument& document, const QString& text);

    void redo() final;
    void undo() final;

protected:
    /// Write the edit, or take it back; throw diptych::Error on failure.
    virtual void applyEdit(ProjectDocument& document) = 0;
    virtual void revertEdit(ProjectDocument& document) = 0;

private:
    void run(void (AppliedEditCommand::*step)(ProjectDocument&));

    QPointer<ProjectDocument> m_document;
    bool m_applied = true; // the edit is already in the file when the command is pushed
};

} // namespace diptych::ui
