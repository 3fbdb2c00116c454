#include "charts/chart_export.h"

#include "widgets/widget_export.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QResizeEvent>

namespace diptych::ui {

QString exportChartView(QChartView& view, const QString& path)
{
    if (!view.chart())
        return QCoreApplication::translate("diptych::ui::ChartExport",
                                           "There is no chart to export.");
    // A view that was never shown has not laid its chart out yet.
    if (view.testAttribute(Qt::WA_PendingResizeEvent)) {
        QResizeEvent resize(view.size(), QSize());
        QCoreApplication::sendEvent(&view, &resize);
    }

    return exportWidget(*view.viewport(), path, view.chart()->backgroundBrush().color(),
                        view.chart()->title(),
                        QCoreApplication::translate("diptych::ui::ChartExport",
                                                    "Comparison chart exported from Diptych"));
}

} // namespace diptych::ui
