#pragma once

#include "model/annotation.h"
#include "model/coding_scheme.h"
#include "model/region.h"
#include "model/tier.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace diptych::ui {

/// One row's change: nothing → `after` adds it, `before` → nothing removes it, both rewrite it.
template <typename Row>
struct RowChange
{
    std::optional<Row> before;
    std::optional<Row> after;
};

/// A note (Markdown) on a shot or a film: its text before and after.
struct NoteChange
{
    enum class Subject
    {
        Shot,
        Film,
    };
    Subject subject = Subject::Shot;
    std::int64_t id = 0; ///< the shot's or the film's id
    std::string before;
    std::string after;
};

using AnnotationChange = RowChange<model::Annotation>;
using RegionChange = RowChange<model::Region>;
using TierChange = RowChange<model::Tier>;
using CodeChange = RowChange<model::Code>;

/// A user's edit of the coding work as the row changes that make it, in the order they are
/// written (AnnotationDocument::apply). Undo writes the inverse changes in reverse order, so an
/// edit that, say, unlinks regions and then removes their annotation is undone by restoring the
/// annotation and then relinking them.
///
/// Every compound edit (split, merge, a tier with its annotations) is one AnnotationEdit and so
/// one undo step, written in one transaction.
class AnnotationEdit
{
public:
    using Step = std::variant<AnnotationChange, RegionChange, TierChange, CodeChange, NoteChange>;

    template <typename Row>
    AnnotationEdit& add(Row row)
    {
        m_steps.emplace_back(RowChange<Row>{std::nullopt, std::move(row)});
        return *this;
    }
    template <typename Row>
    AnnotationEdit& remove(Row row)
    {
        m_steps.emplace_back(RowChange<Row>{std::move(row), std::nullopt});
        return *this;
    }
    template <typename Row>
    AnnotationEdit& change(Row before, Row after)
    {
        m_steps.emplace_back(RowChange<Row>{std::move(before), std::move(after)});
        return *this;
    }

    AnnotationEdit& changeNote(NoteChange change)
    {
        m_steps.emplace_back(std::move(change));
        return *this;
    }
    /// Appends `other`'s steps after these.
    AnnotationEdit& append(const AnnotationEdit& other)
    {
        m_steps.insert(m_steps.end(), other.m_steps.begin(), other.m_steps.end());
        return *this;
    }

    [[nodiscard]] bool isEmpty() const { return m_steps.empty(); }
    [[nodiscard]] const std::vector<Step>& steps() const { return m_steps; }
    [[nodiscard]] std::vector<Step>& steps() { return m_steps; }

    /// The edit that takes this one back: every change inverted, in reverse order.
    [[nodiscard]] AnnotationEdit inverted() const;

private:
    std::vector<Step> m_steps;
};

} // namespace diptych::ui
