#pragma once

#include "charts/chart_statistics.h"

#include <QColor>
#include <QString>

#include <memory>
#include <span>
#include <vector>

class QChart;

namespace diptych::ui {

class ChartStyle;
struct MetricInfo;

/// One film's part in a comparison chart: one metric's value per shot.
struct FilmSample
{
    QString label; ///< legend and category text, usually the film's title
    QColor color;
    std::vector<chart_stats::TimedValue> shots; ///< in film order; value NaN when missing
    double durationSeconds = 0;                 ///< the film's length; ≤ 0 when unknown

    /// The per-shot values (NaN included: the statistics skip them).
    [[nodiscard]] std::vector<double> values() const;
};

/// Builders of the three comparison charts. Each returns a styled chart with its series and
/// axes, to be handed to a QChartView (which then owns it). `films` holds one or two films.

/// Both films' values binned on shared edges (chart_stats::sharedHistogram), one bar set per
/// film; bar heights are the share of the film's measured shots in % so films with different
/// shot counts compare fairly.
[[nodiscard]] std::unique_ptr<QChart> makeHistogramChart(std::span<const FilmSample> films,
                                                         const MetricInfo& metric,
                                                         const ChartStyle& style);

/// One Tukey box per film (chart_stats::boxSummary), outliers as dots.
[[nodiscard]] std::unique_ptr<QChart> makeBoxPlotChart(std::span<const FilmSample> films,
                                                       const MetricInfo& metric,
                                                       const ChartStyle& style);

/// Each film's per-shot value as a step line over the film's time, in seconds (minutes for
/// films over ten minutes) or in % of the film's length.
[[nodiscard]] std::unique_ptr<QChart> makeOverTimeChart(std::span<const FilmSample> films,
                                                        const MetricInfo& metric,
                                                        chart_stats::TimeAxis axis,
                                                        const ChartStyle& style);

} // namespace diptych::ui
