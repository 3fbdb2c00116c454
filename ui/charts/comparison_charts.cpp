#include "charts/comparison_charts.h"

#include "charts/chart_style.h"
#include "charts/metric_info.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace diptych::ui {
namespace {

// Decimals that show every multiple of `step` exactly enough to tell neighbours apart.
int decimalsFor(double step)
{
    if (!(step > 0))
        return 2;
    const double exponent = std::floor(std::log10(step) + 1e-9);
    const double mantissa = step / std::pow(10.0, exponent);
    const bool needsHalf = std::abs(mantissa - std::round(mantissa)) > 1e-6; // 2.5 × 10^k
    return std::max(0, int(-exponent) + (needsHalf ? 1 : 0));
}

// The smallest of 1, 2, 5 × 10^k that is ≥ step (step > 0).
double niceStep(double step)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    for (const double mantissa : {1.0, 2.0, 5.0})
        if (mantissa * magnitude >= step * (1 - 1e-9))
            return mantissa * magnitude;
    return 10 * magnitude;
}

QString number(double value, int decimals)
{
    return QLocale().toString(value + 0.0, 'f', decimals); // + 0.0 turns -0 into 0
}

// A value axis over [lo, hi] widened to round ticks, with as many decimals as they need.
void setNiceRange(QValueAxis& axis, double lo, double hi, bool pad = true)
{
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (lo == hi) {
        const double spread = lo == 0 ? 1 : std::abs(lo) * 0.1;
        lo -= spread;
        hi += spread;
    }
    if (pad) { // keep extreme values, whisker caps and step lines off the plot's edge
        // Padding never crosses zero: a metric that cannot go negative keeps a zero floor.
        const double margin = (hi - lo) * 0.04;
        lo = lo >= 0 ? std::max(0.0, lo - margin) : lo - margin;
        hi = hi <= 0 ? std::min(0.0, hi + margin) : hi + margin;
    }
    axis.setTickCount(7); // a target; applyNiceNumbers() settles on round steps near it
    axis.setRange(lo, hi);
    axis.applyNiceNumbers();
    const double step = (axis.max() - axis.min()) / std::max(1, axis.tickCount() - 1);
    axis.setLabelFormat(QStringLiteral("%.") + QString::number(decimalsFor(step)) +
                        QStringLiteral("f"));
}

std::unique_ptr<QChart> newChart(const ChartStyle& style, const QString& title)
{
    auto chart = std::make_unique<QChart>();
    style.applyTo(*chart);
    chart->setTitle(title);
    return chart;
}

QValueAxis* addValueAxis(QChart& chart, Qt::Alignment alignment, const QString& title)
{
    auto* axis = new QValueAxis(&chart);
    axis->setTitleText(title);
    chart.addAxis(axis, alignment);
    return axis;
}

void showToolTip(const QString& text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

std::pair<double, double> finiteRange(std::span<const FilmSample> films)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const auto& film : films)
        for (const auto& shot : film.shots)
            if (std::isfinite(shot.value)) {
                lo = std::min(lo, shot.value);
                hi = std::max(hi, shot.value);
            }
    return {lo, hi};
}

} // namespace

std::vector<double> FilmSample::values() const
{
    std::vector<double> result;
    result.reserve(shots.size());
    for (const auto& shot : shots)
        result.push_back(shot.value);
    return result;
}

std::unique_ptr<QChart> makeHistogramChart(std::span<const FilmSample> films,
                                           const MetricInfo& metric, const ChartStyle& style)
{
    auto chart = newChart(style, QCoreApplication::translate("diptych::ui::ComparisonCharts",
                                                             "Distribution of %1 over the shots")
                                     .arg(metric.name));
    std::vector<std::vector<double>> samples;
    for (const auto& film : films)
        samples.push_back(film.values());
    const auto histogram = chart_stats::sharedHistogram(samples);
    const auto bins = histogram.binCount();
    const int decimals = bins > 0 ? decimalsFor(histogram.edges[1] - histogram.edges[0]) : 2;

    QStringList categories;
    for (std::size_t i = 0; i < bins; ++i)
        categories << QCoreApplication::translate("diptych::ui::ComparisonCharts", "%1 – %2")
                          .arg(number(histogram.edges[i], decimals),
                               number(histogram.edges[i + 1], decimals));

    auto* series = new QBarSeries(chart.get());
    series->setBarWidth(0.85);
    for (std::size_t f = 0; f < films.size(); ++f) {
        const auto& counts = histogram.counts[f];
        int measured = 0;
        for (const int count : counts)
            measured += count;
        auto* set = new QBarSet(films[f].label, series);
        set->setColor(films[f].color);
        set->setBorderColor(films[f].color.darker(115));
        for (const int count : counts)
            set->append(measured > 0 ? 100.0 * count / measured : 0.0);
        series->append(set);
        QObject::connect(
            set, &QBarSet::hovered, set,
            [label = films[f].label, counts, measured, categories](bool on, int i) {
                if (!on || i < 0 || i >= int(counts.size()))
                    return showToolTip({});
                showToolTip(
                    QCoreApplication::translate("diptych::ui::ComparisonCharts",
                                                "%1: %2 of %3 shots (%4 %) in %5")
                        .arg(label)
                        .arg(counts[std::size_t(i)])
                        .arg(measured)
                        .arg(number(100.0 * counts[std::size_t(i)] / std::max(measured, 1), 1))
                        .arg(categories[i]));
            });
    }
    chart->addSeries(series);

    auto* axisX = new QBarCategoryAxis(chart.get());
    axisX->append(categories);
    axisX->setTitleText(metric.axisTitle());
    axisX->setGridLineVisible(false);
    if (bins > 8)
        axisX->setLabelsAngle(-45);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    double top = 0;
    for (const auto* set : series->barSets())
        for (int i = 0; i < set->count(); ++i)
            top = std::max(top, set->at(i));
    auto* axisY = addValueAxis(
        *chart, Qt::AlignLeft,
        QCoreApplication::translate("diptych::ui::ComparisonCharts", "Share of shots (%)"));
    series->attachAxis(axisY);
    setNiceRange(*axisY, 0, top > 0 ? top : 100, false);
    style.styleAxes(*chart);
    return chart;
}

std::unique_ptr<QChart> makeBoxPlotChart(std::span<const FilmSample> films,
                                         const MetricInfo& metric, const ChartStyle& style)
{
    auto chart = newChart(style, QCoreApplication::translate("diptych::ui::ComparisonCharts",
                                                             "Spread of %1 over the shots")
                                     .arg(metric.name));
    chart->legend()->hide(); // the category axis names the films
    auto* boxes = new QBoxPlotSeries(chart.get());
    boxes->setBoxWidth(0.45);
    chart->addSeries(boxes);

    QStringList categories;
    std::vector<QScatterSeries*> outlierSeries;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const auto& film : films) {
        const auto summary = chart_stats::boxSummary(film.values());
        if (!summary)
            continue; // no box: the category would misplace the next film's box
        const double x = double(categories.size());
        categories << film.label;
        auto* set = new QBoxSet(summary->lowerWhisker, summary->q1, summary->median, summary->q3,
                                summary->upperWhisker, film.label, boxes);
        QColor fill = film.color;
        fill.setAlphaF(0.45f);
        set->setBrush(fill);
        set->setPen(QPen(film.color, 2));
        boxes->append(set);
        lo = std::min(lo, summary->minimum);
        hi = std::max(hi, summary->maximum);

        const QString text =
            QCoreApplication::translate(
                "diptych::ui::ComparisonCharts",
                "%1: %2 shots\nmedian %3, quartiles %4 – %5\nwhiskers %6 – %7, %8 outliers")
                .arg(film.label)
                .arg(summary->count)
                .arg(QLocale().toString(summary->median, 'g', 4),
                     QLocale().toString(summary->q1, 'g', 4),
                     QLocale().toString(summary->q3, 'g', 4),
                     QLocale().toString(summary->lowerWhisker, 'g', 4),
                     QLocale().toString(summary->upperWhisker, 'g', 4))
                .arg(summary->outliers.size());
        QObject::connect(set, &QBoxSet::hovered, set,
                         [text](bool on) { showToolTip(on ? text : QString()); });

        if (summary->outliers.empty())
            continue;
        auto* dots = new QScatterSeries(chart.get());
        dots->setName(QCoreApplication::translate("diptych::ui::ComparisonCharts", "%1 outliers")
                          .arg(film.label));
        dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        dots->setMarkerSize(7);
        dots->setColor(fill);
        dots->setBorderColor(film.color);
        for (const double v : summary->outliers)
            dots->append(x, v);
        chart->addSeries(dots);
        outlierSeries.push_back(dots);
    }

    auto* axisX = new QBarCategoryAxis(chart.get());
    axisX->append(categories);
    axisX->setGridLineVisible(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    boxes->attachAxis(axisX);
    auto* axisY = addValueAxis(*chart, Qt::AlignLeft, metric.axisTitle());
    boxes->attachAxis(axisY);
    for (auto* dots : outlierSeries) {
        dots->attachAxis(axisX);
        dots->attachAxis(axisY);
    }
    setNiceRange(*axisY, lo, hi);
    style.styleAxes(*chart);
    return chart;
}

std::unique_ptr<QChart> makeOverTimeChart(std::span<const FilmSample> films,
                                          const MetricInfo& metric, chart_stats::TimeAxis axis,
                                          const ChartStyle& style)
{
    using chart_stats::TimeAxis;
    auto chart = newChart(
        style, QCoreApplication::translate("diptych::ui::ComparisonCharts", "%1 shot by shot")
                   .arg(metric.name));

    double longest = 0;
    for (const auto& film : films) {
        longest = std::max(longest, film.durationSeconds);
        if (!film.shots.empty())
            longest = std::max(longest, film.shots.back().endSeconds);
    }
    // Minutes read better than four-digit seconds on a feature film's axis.
    const bool minutes = axis == TimeAxis::Seconds && longest > 600;
    const double scale = axis == TimeAxis::FractionOfFilm ? 100.0 : minutes ? 1 / 60.0 : 1.0;
    const QString xUnit = axis == TimeAxis::FractionOfFilm ? QStringLiteral("%")
                          : minutes
                              ? QCoreApplication::translate("diptych::ui::ComparisonCharts", "min")
                              : QCoreApplication::translate("diptych::ui::ComparisonCharts", "s");
    const QString xTitle =
        axis == TimeAxis::FractionOfFilm
            ? QCoreApplication::translate("diptych::ui::ComparisonCharts",
                                          "Position in the film (%)")
        : minutes ? QCoreApplication::translate("diptych::ui::ComparisonCharts", "Time (min)")
                  : QCoreApplication::translate("diptych::ui::ComparisonCharts", "Time (s)");
    auto* axisX = addValueAxis(*chart, Qt::AlignBottom, xTitle);
    auto* axisY = addValueAxis(*chart, Qt::AlignLeft, metric.axisTitle());

    for (const auto& film : films) {
        auto runs = chart_stats::stepSeries(film.shots, axis, film.durationSeconds);
        if (runs.empty())
            runs.emplace_back(); // an empty line still gives the film its legend entry
        for (std::size_t r = 0; r < runs.size(); ++r) {
            auto* line = new QLineSeries(chart.get());
            line->setName(film.label);
            QList<QPointF> points;
            points.reserve(qsizetype(runs[r].size()));
            for (const auto& point : runs[r])
                points.append({point.x * scale, point.y});
            line->replace(points);
            line->setPen(QPen(film.color, 2));
            chart->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
            if (r > 0) // one legend entry per film, not per run
                for (auto* marker : chart->legend()->markers(line))
                    marker->setVisible(false);
            const QString label = film.label;
            QObject::connect(
                line, &QLineSeries::hovered, line, [label, xUnit](const QPointF& point, bool on) {
                    showToolTip(on ? QCoreApplication::translate("diptych::ui::ComparisonCharts",
                                                                 "%1: %2 at %3 %4")
                                         .arg(label, QLocale().toString(point.y(), 'g', 4),
                                              QLocale().toString(point.x(), 'f', 1), xUnit)
                                   : QString());
                });
        }
    }

    if (axis == TimeAxis::FractionOfFilm) {
        axisX->setRange(0, 100);
        axisX->setTickCount(11);
        axisX->setLabelFormat(QStringLiteral("%.0f"));
    } else {
        // The films' full length, no further: nice-number rounding would leave up to half the
        // plot empty. Ticks fall on round times instead.
        const double end = longest > 0 ? longest * scale : 1;
        const double step = niceStep(end / 8);
        axisX->setRange(0, end);
        axisX->setTickType(QValueAxis::TicksDynamic);
        axisX->setTickAnchor(0);
        axisX->setTickInterval(step);
        axisX->setLabelFormat(QStringLiteral("%.") + QString::number(decimalsFor(step)) +
                              QStringLiteral("f"));
    }
    const auto [lo, hi] = finiteRange(films);
    setNiceRange(*axisY, lo, hi);
    style.styleAxes(*chart);
    return chart;
}

} // namespace diptych::ui
