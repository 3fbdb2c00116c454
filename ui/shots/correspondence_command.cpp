#include "shots/correspondence_command.h"

#include "common/error.h"
#include "document/project_document.h"

#include <QString>

namespace diptych::ui {

CorrespondenceCommand::CorrespondenceCommand(ProjectDocument& document, std::vector<Pair> added,
                                             std::vector<Pair> removed, const QString& text)
    : QUndoCommand(text)
    , m_document(&document)
    , m_added(std::move(added))
    , m_removed(std::move(removed))
{}

void CorrespondenceCommand::apply(ProjectDocument& document, const std::vector<Pair>& add,
                                  const std::vector<Pair>& remove)
{
    for (const auto& [a, b] : remove)
        for (const auto& pair : document.correspondencesOfShot(a))
            if (pair.shotB == b)
                document.removeCorrespondence(pair.id);
    for (const auto& [a, b] : add)
        document.addCorrespondence(a, b);
}

void CorrespondenceCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    applyReporting(m_added, m_removed);
}

void CorrespondenceCommand::undo()
{
    applyReporting(m_removed, m_added);
}

void CorrespondenceCommand::applyReporting(const std::vector<Pair>& add,
                                           const std::vector<Pair>& remove)
{
    if (!m_document)
        return;
    try {
        apply(*m_document, add, remove);
    } catch (const Error& e) {
        // Undo and redo run from Qt's event loop, which exceptions must not cross.
        Q_EMIT m_document->errorOccurred(QString::fromStdString(e.what()));
    }
}

} // namespace diptych::ui
