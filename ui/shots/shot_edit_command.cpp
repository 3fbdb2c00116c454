#include "shots/shot_edit_command.h"

#include "common/error.h"
#include "document/project_document.h"

#include <QString>

namespace diptych::ui {

ShotEditCommand::ShotEditCommand(ProjectDocument& document, model::FilmId film,
                                 std::vector<model::Shot> before, std::vector<model::Shot> after,
                                 const QString& text)
    : QUndoCommand(text)
    , m_document(&document)
    , m_film(film)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ShotEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    apply(m_after);
}

void ShotEditCommand::undo()
{
    apply(m_before);
}

void ShotEditCommand::apply(const std::vector<model::Shot>& shots)
{
    if (!m_document)
        return;
    try {
        m_document->replaceShots(m_film, shots);
    } catch (const Error& e) {
        // Undo and redo run from Qt's event loop, which exceptions must not cross.
        Q_EMIT m_document->errorOccurred(QString::fromStdString(e.what()));
    }
}

} // namespace diptych::ui
