#include "shots/applied_edit_command.h"

#include "common/error.h"
#include "document/project_document.h"

#include <QString>

namespace diptych::ui {

AppliedEditCommand::AppliedEditCommand(ProjectDocument& document, const QString& text)
    : QUndoCommand(text)
    , m_document(&document)
{}

void AppliedEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    run(&AppliedEditCommand::applyEdit);
}

void AppliedEditCommand::undo()
{
    run(&AppliedEditCommand::revertEdit);
}

void AppliedEditCommand::run(void (AppliedEditCommand::*step)(ProjectDocument&))
{
    if (!m_document)
        return;
    try {
        (this->*step)(*m_document);
    } catch (const Error& e) {
        Q_EMIT m_document->errorOccurred(QString::fromStdString(e.what()));
    }
}

} // namespace diptych::ui
