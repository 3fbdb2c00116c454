#pragma once

#include "model/shot.h"
#include "shots/applied_edit_command.h"

#include <vector>

namespace diptych::ui {

/// One hand edit of a film's shot list (split, merge, moved boundary) on the document's undo
/// stack. Stores the list before and after; redo and undo write the whole list, so each step
/// is one transaction and the project file always holds a consistent shot list.
class ShotEditCommand final : public AppliedEditCommand
{
public:
    ShotEditCommand(ProjectDocument& document, model::FilmId film, std::vector<model::Shot> before,
                    std::vector<model::Shot> after, const QString& text);

protected:
    void applyEdit(ProjectDocument& document) override;
    void revertEdit(ProjectDocument& document) override;

private:
    model::FilmId m_film;
    std::vector<model::Shot> m_before;
    std::vector<model::Shot> m_after;
};

} // namespace diptych::ui
