#include "charts/comparison_view.h"

#include "charts/chart_export.h"
#include "charts/chart_style.h"
#include "charts/comparison_charts.h"
#include "charts/metric_info.h"
#include "document/project_document.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <cmath>

namespace diptych::ui {
namespace {

QString filmLabel(const model::Film& film)
{
    if (!film.title.empty())
        return QString::fromStdString(film.title);
    return QString::fromStdString(film.path.stem().string());
}

std::optional<std::size_t> columnOf(const analysis::AnalysisResults& results, const QString& name)
{
    const std::string wanted = name.toStdString();
    for (std::size_t c = 0; c < results.columns.size(); ++c)
        if (!results.columns[c].isText && results.columns[c].name == wanted)
            return c;
    return std::nullopt;
}

bool hasValue(const FilmSample& sample)
{
    for (const auto& shot : sample.shots)
        if (std::isfinite(shot.value))
            return true;
    return false;
}

} // namespace

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent)
    , m_exportDirectory(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
    , m_metricCombo(new QComboBox(this))
    , m_kindCombo(new QComboBox(this))
    , m_timeAxisLabel(new QLabel(tr("Time axis:"), this))
    , m_timeAxisCombo(new QComboBox(this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_chartView(new QChartView(this))
{
    m_metricCombo->setObjectName(QStringLiteral("metricCombo"));
    m_metricCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metricCombo->setMinimumContentsLength(18);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItem(tr("Histogram"), int(Kind::Histogram));
    m_kindCombo->setItemData(0, tr("Share of each film's shots in shared value ranges"),
                             Qt::ToolTipRole);
    m_kindCombo->addItem(tr("Box plot"), int(Kind::BoxPlot));
    m_kindCombo->setItemData(
        1, tr("Median, quartiles and 1.5 IQR whiskers of each film; dots are outliers"),
        Qt::ToolTipRole);
    m_kindCombo->addItem(tr("Over time"), int(Kind::OverTime));
    m_kindCombo->setItemData(2, tr("Each shot's value over the film's running time"),
                             Qt::ToolTipRole);
    m_timeAxisCombo->setObjectName(QStringLiteral("timeAxisCombo"));
    m_timeAxisCombo->addItem(tr("Seconds"), int(chart_stats::TimeAxis::Seconds));
    m_timeAxisCombo->setItemData(0, tr("Both films on one clock from their first frame"),
                                 Qt::ToolTipRole);
    m_timeAxisCombo->addItem(tr("% of film length"), int(chart_stats::TimeAxis::FractionOfFilm));
    m_timeAxisCombo->setItemData(
        1, tr("Each film stretched to 0–100 %, so films of different lengths line up"),
        Qt::ToolTipRole);
    m_exportButton->setObjectName(QStringLiteral("exportChartButton"));
    m_exportButton->setToolTip(tr("Save the chart as a PNG image or an SVG drawing"));

    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_chartView);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Metric:"), this));
    bar->addWidget(m_metricCombo);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Chart:"), this));
    bar->addWidget(m_kindCombo);
    bar->addSpacing(12);
    bar->addWidget(m_timeAxisLabel);
    bar->addWidget(m_timeAxisCombo);
    bar->addStretch(1);
    bar->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        m_metric = m_metricCombo->itemData(index).toString();
        m_metricCombo->setToolTip(m_metricCombo->itemData(index, Qt::ToolTipRole).toString());
        rebuild();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ComparisonView::rebuild);
    connect(m_timeAxisCombo, &QComboBox::currentIndexChanged, this, &ComparisonView::rebuild);
    connect(m_exportButton, &QPushButton::clicked, this, &ComparisonView::chooseExportFile);
    rebuild();
}

ComparisonView::~ComparisonView() = default;

void ComparisonView::setDocument(ProjectDocument* document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::resultsChanged, this, [this] {
            reloadMetrics();
            rebuild();
        });
        connect(m_document, &ProjectDocument::filmsChanged, this, &ComparisonView::rebuild);
        connect(m_document, &QObject::destroyed, this, &ComparisonView::rebuild,
                Qt::QueuedConnection);
    }
    reloadMetrics();
    rebuild();
}

void ComparisonView::setFilms(std::optional<model::FilmId> a, std::optional<model::FilmId> b)
{
    m_films = {a, b};
    rebuild();
}

void ComparisonView::setMetric(const QString& name)
{
    m_metric = name;
    const int index = m_metricCombo->findData(name);
    if (index >= 0 && index != m_metricCombo->currentIndex())
        m_metricCombo->setCurrentIndex(index); // rebuilds
    else
        rebuild();
}

void ComparisonView::setKind(Kind kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
}

ComparisonView::Kind ComparisonView::kind() const
{
    return Kind(m_kindCombo->currentData().toInt());
}

void ComparisonView::setTimeAxis(chart_stats::TimeAxis axis)
{
    m_timeAxisCombo->setCurrentIndex(m_timeAxisCombo->findData(int(axis)));
}

chart_stats::TimeAxis ComparisonView::timeAxis() const
{
    return chart_stats::TimeAxis(m_timeAxisCombo->currentData().toInt());
}

QChart* ComparisonView::chart() const
{
    return m_stack->currentWidget() == m_chartView ? m_chartView->chart() : nullptr;
}

QString ComparisonView::emptyMessage() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

bool ComparisonView::exportChart(const QString& path)
{
    if (!chart()) {
        Q_EMIT message(tr("Nothing to export: %1").arg(m_message->text()));
        return false;
    }
    const QString error = exportChartView(*m_chartView, path);
    if (!error.isEmpty()) {
        Q_EMIT message(tr("Chart not exported: %1").arg(error));
        return false;
    }
    Q_EMIT message(tr("Chart exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ComparisonView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The chart's theme follows the palette: redraw when the system switches light/dark.
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ComparisonView::reloadMetrics()
{
    const QSignalBlocker blocker(m_metricCombo); // repopulating is not a user choice
    m_metricCombo->clear();
    if (m_document) {
        for (const auto& column : m_document->results().columns) {
            if (column.isText)
                continue;
            const auto info = MetricInfo::of(column.name);
            m_metricCombo->addItem(info.name, info.name);
            m_metricCombo->setItemData(m_metricCombo->count() - 1, info.toolTip(), Qt::ToolTipRole);
        }
    }
    int index = m_metricCombo->findData(m_metric);
    if (index < 0 && m_metricCombo->count() > 0)
        index = 0; // m_metric stays: a later project (or results) may hold it
    m_metricCombo->setCurrentIndex(index);
    m_metricCombo->setToolTip(
        index >= 0 ? m_metricCombo->itemData(index, Qt::ToolTipRole).toString() : QString());
}

std::optional<QString> ComparisonView::collectSamples(std::vector<FilmSample>& samples) const
{
    if (!m_document)
        return tr("Open a project to compare its films.");
    if (!m_films[0] && !m_films[1])
        return tr("Choose the two films to compare.");
    const QString metricName = m_metricCombo->currentData().toString();
    const auto column = columnOf(m_document->results(), metricName);
    if (!column)
        return tr("This project has no numeric per-shot metric yet. Analyse a film to "
                  "measure its shots.");

    const ChartStyle style(palette());
    for (std::size_t i = 0; i < m_films.size(); ++i) {
        if (!m_films[i])
            continue;
        const auto* results = m_document->resultsOf(*m_films[i]);
        if (!results)
            return tr("The chosen film is no longer in the project.");
        if (results->shots.empty())
            return tr("“%1” has no analysis results yet. Analyse it to compare its shots.")
                .arg(filmLabel(results->film));
        FilmSample sample;
        sample.label = filmLabel(results->film);
        sample.color = style.filmColor(int(i));
        sample.durationSeconds = results->film.durationS;
        for (const auto& shot : results->shots)
            sample.shots.push_back({shot.startSeconds, shot.endSeconds, shot.numbers[*column]});
        samples.push_back(std::move(sample));
    }
    if (samples.size() == 2 && samples[0].label == samples[1].label) {
        samples[0].label = tr("%1 (A)").arg(samples[0].label);
        samples[1].label = tr("%1 (B)").arg(samples[1].label);
    }

    bool any = false;
    for (auto& sample : samples) {
        if (hasValue(sample))
            any = true;
        else
            sample.label = tr("%1 (no values)").arg(sample.label);
    }
    if (!any)
        return tr("No shot has a value of %1 yet. The analysis may still be running, or the "
                  "metric is undefined for these films.")
            .arg(metricName);
    return std::nullopt;
}

void ComparisonView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_rebuildPending)
        rebuild();
}

void ComparisonView::rebuild()
{
    // Behind another tab of a shown window, building charts would only stall the UI thread
    // (tens of milliseconds on every film switch and results refresh): build when shown.
    if (!isVisible() && window() != this && window()->isVisible()) {
        m_rebuildPending = true;
        return;
    }
    m_rebuildPending = false;
    m_timeAxisLabel->setEnabled(kind() == Kind::OverTime);
    m_timeAxisCombo->setEnabled(kind() == Kind::OverTime);
    m_metricCombo->setEnabled(m_metricCombo->count() > 0);

    std::vector<FilmSample> samples;
    if (const auto reason = collectSamples(samples))
        return showMessage(*reason);

    const ChartStyle style(palette());
    const auto metricInfo = MetricInfo::of(m_metricCombo->currentData().toString().toStdString());
    std::unique_ptr<QChart> chart;
    switch (kind()) {
    case Kind::Histogram:
        chart = makeHistogramChart(samples, metricInfo, style);
        break;
    case Kind::BoxPlot:
        chart = makeBoxPlotChart(samples, metricInfo, style);
        break;
    case Kind::OverTime:
        chart = makeOverTimeChart(samples, metricInfo, timeAxis(), style);
        break;
    }
    chart->setToolTip(metricInfo.toolTip());
    // QChartView releases, but does not delete, the chart it replaces.
    std::unique_ptr<QChart> previous(m_chartView->chart());
    m_chartView->setChart(chart.release());
    m_stack->setCurrentWidget(m_chartView);
    m_exportButton->setEnabled(true);
}

void ComparisonView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_exportButton->setEnabled(false);
}

void ComparisonView::chooseExportFile()
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString kindName = kind() == Kind::Histogram ? QStringLiteral("histogram")
                             : kind() == Kind::BoxPlot ? QStringLiteral("boxplot")
                                                       : QStringLiteral("over-time");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"),
        QDir(m_exportDirectory)
            .filePath(m_metric + QLatin1Char('-') + kindName + QStringLiteral(".png")),
        png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("svg"))
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    m_exportDirectory = QFileInfo(path).absolutePath();
    exportChart(path);
}

} // namespace diptych::ui
