#pragma once

#include "annotation/annotation_edit.h"
#include "shots/applied_edit_command.h"

namespace diptych::ui {

/// One undo step of the coding work: an AnnotationEdit already written by
/// AnnotationDocument::apply(). Undo writes its inverse, redo writes it again (rows it added
/// come back with their ids, so later steps that name them still find them).
class AnnotationEditCommand final : public AppliedEditCommand
{
public:
    AnnotationEditCommand(ProjectDocument& document, AnnotationEdit applied, const QString& text);

protected:
    void applyEdit(ProjectDocument& document) override;
    void revertEdit(ProjectDocument& document) override;

private:
    AnnotationEdit m_edit;
};

} // namespace diptych::ui
