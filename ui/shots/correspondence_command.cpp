#include "shots/correspondence_command.h"

#include "document/project_document.h"

namespace diptych::ui {

CorrespondenceCommand::CorrespondenceCommand(ProjectDocument& document, std::vector<Pair> added,
                                             std::vector<Pair> removed, const QString& text)
    : AppliedEditCommand(document, text)
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

void CorrespondenceCommand::applyEdit(ProjectDocument& document)
{
    apply(document, m_added, m_removed);
}

void CorrespondenceCommand::revertEdit(ProjectDocument& document)
{
    apply(document, m_removed, m_added);
}

} // namespace diptych::ui
