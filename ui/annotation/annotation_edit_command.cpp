#include "annotation/annotation_edit_command.h"

#include "annotation/annotation_document.h"
#include "document/project_document.h"

namespace diptych::ui {

AnnotationEditCommand::AnnotationEditCommand(ProjectDocument& document, AnnotationEdit applied,
                                             const QString& text)
    : AppliedEditCommand(document, text)
    , m_edit(std::move(applied))
{}

void AnnotationEditCommand::applyEdit(ProjectDocument& document)
{
    document.annotations().write(m_edit);
}

void AnnotationEditCommand::revertEdit(ProjectDocument& document)
{
    auto inverse = m_edit.inverted();
    document.annotations().write(inverse);
}

} // namespace diptych::ui
