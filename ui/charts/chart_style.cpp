#include "charts/chart_style.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>

namespace diptych::ui {

ChartStyle::ChartStyle(const QPalette& palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Window).lightness() < 128)
{}

QColor ChartStyle::filmColor(int index) const
{
    // Tableau 10 blue and orange; the dark-theme variants keep the contrast above 4.5:1.
    if (index == 0)
        return m_dark ? QColor(0x6b, 0xa4, 0xdc) : QColor(0x2f, 0x6d, 0xb0);
    return m_dark ? QColor(0xff, 0xa0, 0x4a) : QColor(0xe0, 0x6c, 0x00);
}

void ChartStyle::applyTo(QChart& chart) const
{
    chart.setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart.setAnimationOptions(QChart::NoAnimation); // redrawn every ~2 s while analysis runs
    chart.setBackgroundBrush(m_palette.brush(QPalette::Base));
    chart.setBackgroundPen(Qt::NoPen);
    chart.setBackgroundRoundness(0);
    // Qt Charts pads the background with an empty frame for a drop shadow; drop it so the
    // chart fills its view like any other panel.
    chart.layout()->setContentsMargins(0, 0, 0, 0);
    chart.setMargins(QMargins(12, 8, 16, 8));
    chart.setDropShadowEnabled(false);
    chart.setTitleBrush(m_palette.brush(QPalette::Text));
    QFont titleFont = chart.titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    chart.setTitleFont(titleFont);
    chart.legend()->setLabelColor(m_palette.color(QPalette::Text));
    chart.legend()->setAlignment(Qt::AlignTop);
}

void ChartStyle::styleAxes(QChart& chart) const
{
    const QColor text = m_palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(m_dark ? 0.16f : 0.12f);
    QColor line = text;
    line.setAlphaF(0.45f);
    for (auto* axis : chart.axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
    }
}

} // namespace diptych::ui
