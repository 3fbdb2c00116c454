#pragma once

#include "model/ids.h"
#include "shots/applied_edit_command.h"

#include <utility>
#include <vector>

namespace diptych::ui {

/// Adds and removes shot pairs as one undo step. Pairs are kept as (shot of A, shot of B):
/// their store ids change when a pair is removed and added again.
class CorrespondenceCommand final : public AppliedEditCommand
{
public:
    using Pair = std::pair<model::ShotId, model::ShotId>;

    CorrespondenceCommand(ProjectDocument& document, std::vector<Pair> added,
                          std::vector<Pair> removed, const QString& text);

    /// Applies `add` and `remove` to the document; throws StoreError. Used for the first
    /// application and by redo/undo.
    static void apply(ProjectDocument& document, const std::vector<Pair>& add,
                      const std::vector<Pair>& remove);

protected:
    void applyEdit(ProjectDocument& document) override;
    void revertEdit(ProjectDocument& document) override;

private:
    std::vector<Pair> m_added;
    std::vector<Pair> m_removed;
};

} // namespace diptych::ui
