#pragma once

#include "annotation/code_query.h"
#include "model/ids.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace diptych::ui {

class ProjectDocument;
struct CodeQueryOutcome;

/// "Codes meet metrics": how the shots coded with some codes measure, film A against film B.
/// The user checks one or more codes (every code of every scheme, by label path "Root/Child";
/// retired codes are marked), one or more per-shot numeric metrics, optionally one coder, and
/// the two films (by default the project's first two). Run fills a table: per code and metric,
/// each film's count, mean, median, standard deviation and interquartile range over its coded
/// shots, and B − A of the mean and the median. "Copy as CSV" puts the table on the clipboard.
///
/// Codes, coders and the query are read and computed on a worker thread with a read-only
/// store connection of its own (annotation::queryCodes); requests made while one runs are
/// coalesced into one more run after it, and only the newest request's outcome is shown. The
/// panel may be destroyed while a computation runs. UI thread only.
class CodeQueryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeQueryPanel)

public:
    explicit CodeQueryPanel(QWidget* parent = nullptr);
    ~CodeQueryPanel() override;

    /// The open project, nullptr when none. Not owned.
    void setDocument(ProjectDocument* document);

    /// The code paths ("Root/Child") listed, in list order; filled by the worker.
    [[nodiscard]] QStringList codeChoices() const;
    /// Checks exactly the listed codes among `paths` (unknown paths are ignored).
    void setCheckedCodes(const QStringList& paths);
    [[nodiscard]] QStringList checkedCodes() const;
    /// Checks exactly the listed metrics (stored names, e.g. "mean_luma") among `names`.
    void setCheckedMetrics(const QStringList& names);
    [[nodiscard]] QStringList checkedMetrics() const;
    /// Only this coder's annotations; empty for any coder's. Unknown names are ignored.
    void setCoder(const QString& name);
    /// Film A and film B; unknown ids are ignored.
    void setFilms(model::FilmId a, model::FilmId b);

    /// The result on show; nullptr while a message stands in for it or before the first run.
    [[nodiscard]] const annotation::CodeQueryResult* result() const;
    /// The one-line message shown instead of a result; empty when there is none.
    [[nodiscard]] QString errorText() const { return m_errorText; }
    /// The result table as CSV: the table's header, then one line per row with full-precision
    /// numbers ("." decimals, empty cells for undefined values), fields quoted as RFC 4180
    /// does, lines ending in "\n"; empty without a result. What "Copy as CSV" copies.
    [[nodiscard]] QString csv() const;

public Q_SLOTS:
    /// Runs the query the controls describe now (the Run button).
    void run();
    /// Re-reads the codes and coders and reruns the last query run, if any (after annotations
    /// or codes changed).
    void refresh();
    /// Puts csv() on the clipboard.
    void copyAsCsv();

Q_SIGNALS:
    /// A computation's outcome (the choices, a result or a message) is on show. Stale
    /// outcomes, dropped for a newer request, do not emit it.
    void refreshed();

private:
    void reloadFilms();
    void reloadMetrics();
    void request();
    void startComputation();
    void adopt(CodeQueryOutcome outcome);
    void showResult();
    void showMessage(const QString& message);
    [[nodiscard]] QStringList tableHeaders() const;

    QPointer<ProjectDocument> m_document;
    QListWidget* m_codeList = nullptr;
    QListWidget* m_metricList = nullptr;
    QComboBox* m_coderCombo = nullptr;
    QComboBox* m_filmACombo = nullptr;
    QComboBox* m_filmBCombo = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;

    /// The query last run, rerun by refresh(); nullopt before the first run.
    std::optional<annotation::CodeQuery> m_query;
    std::optional<annotation::CodeQueryResult> m_result;
    QString m_errorText;
    std::uint64_t m_columnsRevision = 0;
    /// Bumped by every request; outcomes of older requests are dropped.
    std::uint64_t m_generation = 0;
    bool m_running = false; ///< a computation is in flight
    bool m_pending = false; ///< a request came while it ran: one more run after it
};

} // namespace diptych::ui
