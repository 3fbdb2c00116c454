#pragma once

#include "model/ids.h"

#include <QPointer>
#include <QUndoCommand>

#include <utility>
#include <vector>

namespace diptych::ui {

class ProjectDocument;

/// Adds and removes shot pairs as one undo step. Pairs are kept as (shot of A, shot of B):
/// their store ids change when a pair is removed and added again.
///
/// Like ShotEditCommand, it is pushed after it was applied, so the first redo() only records
/// it; a failing undo or redo is reported through ProjectDocument::errorOccurred().
class CorrespondenceCommand final : public QUndoCommand
{
public:
    using Pair = std::pair<model::ShotId, model::ShotId>;

    CorrespondenceCommand(ProjectDocument& document, std::vector<Pair> added,
                          std::vector<Pair> removed, const QString& text);

    void redo() override;
    void undo() override;

    /// Applies `add` and `remove` to the document; throws StoreError. Used for the first
    /// application and by redo/undo.
    static void apply(ProjectDocument& document, const std::vector<Pair>& add,
                      const std::vector<Pair>& remove);

private:
    void applyReporting(const std::vector<Pair>& add, const std::vector<Pair>& remove);

    QPointer<ProjectDocument> m_document;
    std::vector<Pair> m_added;
    std::vector<Pair> m_removed;
    bool m_applied = true;
};

} // namespace diptych::ui
