#pragma once

#include "charts/chart_statistics.h"
#include "model/ids.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <array>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace diptych::ui {

class ProjectDocument;
struct FilmSample;

/// Compares one per-shot metric between film A and film B: both distributions side by side
/// (histogram or box plot) or the metric over both films' time. A toolbar chooses the metric
/// (tooltips give its meaning and unit), the chart kind and the time axis, and exports the
/// chart. Where there is nothing to draw it says why instead of showing an empty chart.
///
/// Reads from the ProjectDocument and redraws when its results change (analysis writes more
/// shots every few seconds), keeping the user's choices. UI thread only.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    enum class Kind
    {
        Histogram,
        BoxPlot,
        OverTime,
    };

    explicit ComparisonView(QWidget* parent = nullptr);
    ~ComparisonView() override;

    /// The project to read; nullptr when none is open. Not owned.
    void setDocument(ProjectDocument* document);
    /// Film A and film B; either may be unset (a single film is still charted).
    void setFilms(std::optional<model::FilmId> a, std::optional<model::FilmId> b);
    /// Chooses the metric by name, as the view's own combo does. A name the project does not
    /// hold yet is remembered and chosen once it appears.
    void setMetric(const QString& name);
    [[nodiscard]] QString metric() const { return m_metric; }
    void setKind(Kind kind);
    [[nodiscard]] Kind kind() const;
    void setTimeAxis(chart_stats::TimeAxis axis);
    [[nodiscard]] chart_stats::TimeAxis timeAxis() const;

    /// Writes the chart to `path`: ".png" at device pixel ratio 2 or ".svg", by suffix.
    /// Emits message() with the outcome; false when there is no chart or writing failed.
    bool exportChart(const QString& path);

    /// The chart on show; nullptr while a message stands in for it.
    [[nodiscard]] QChart* chart() const;
    /// The text shown instead of a chart; empty while a chart is shown.
    [[nodiscard]] QString emptyMessage() const;

Q_SIGNALS:
    /// One line for the status bar (an export done or failed).
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void reloadMetrics();
    void rebuild();
    void showMessage(const QString& text);
    void chooseExportFile();
    /// The samples of the chosen films, or a reason why there is nothing to chart.
    [[nodiscard]] std::optional<QString> collectSamples(std::vector<FilmSample>& samples) const;

    QPointer<ProjectDocument> m_document;
    std::array<std::optional<model::FilmId>, 2> m_films;
    QString m_metric; ///< wanted even while the combo lacks it
    QString m_exportDirectory;

    QComboBox* m_metricCombo;
    QComboBox* m_kindCombo;
    QLabel* m_timeAxisLabel;
    QComboBox* m_timeAxisCombo;
    QPushButton* m_exportButton;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QChartView* m_chartView;
    bool m_rebuildPending = false; ///< a rebuild was skipped while hidden
};

} // namespace diptych::ui
