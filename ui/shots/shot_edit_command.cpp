#include "shots/shot_edit_command.h"

#include "document/project_document.h"

namespace diptych::ui {

ShotEditCommand::ShotEditCommand(ProjectDocument& document, model::FilmId film,
                                 std::vector<model::Shot> before, std::vector<model::Shot> after,
                                 const QString& text)
    : AppliedEditCommand(document, text)
    , m_film(film)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ShotEditCommand::applyEdit(ProjectDocument& document)
{
    document.replaceShots(m_film, m_after);
}

void ShotEditCommand::revertEdit(ProjectDocument& document)
{
    document.replaceShots(m_film, m_before);
}

} // namespace diptych::ui
