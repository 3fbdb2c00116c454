#include "annotation/annotation_edit.h"

namespace diptych::ui {

AnnotationEdit AnnotationEdit::inverted() const
{
    AnnotationEdit inverse;
    inverse.m_steps.reserve(m_steps.size());
    for (auto step = m_steps.rbegin(); step != m_steps.rend(); ++step)
        inverse.m_steps.push_back(std::visit(
            [](const auto& change) -> Step {
                auto swapped = change;
                std::swap(swapped.before, swapped.after);
                return swapped;
            },
            *step));
    return inverse;
}

} // namespace diptych::ui
