#pragma once

#include <QColor>
#include <QPalette>

class QChart;

namespace diptych::ui {

/// The look of the comparison charts, taken from the application palette so they read in
/// light and dark system themes alike.
class ChartStyle final
{
public:
    explicit ChartStyle(const QPalette& palette);

    [[nodiscard]] bool isDark() const { return m_dark; }
    /// The colour of film A (index 0) or film B (index 1): a blue and an orange that stay
    /// distinct for the common colour-vision deficiencies, lighter on dark backgrounds.
    [[nodiscard]] QColor filmColor(int index) const;

    /// Applies the matching Qt Charts theme, then the palette's background and text colours
    /// (the themes' own backgrounds clash with the surrounding widgets). Call before adding
    /// series: a theme change recolours them.
    void applyTo(QChart& chart) const;
    /// Recolours axis labels, titles and grid lines from the palette; call after the axes
    /// are attached.
    void styleAxes(QChart& chart) const;

private:
    QPalette m_palette;
    bool m_dark;
};

} // namespace diptych::ui
