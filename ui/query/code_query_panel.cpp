#include "query/code_query_panel.h"

#include "charts/metric_info.h"
#include "document/background_compute.h"
#include "document/project_document.h"

#include "common/error.h"
#include "store/project_store.h"

#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMetaObject>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace diptych::ui {

/// One entry of the code list: a label path, which matches the codes at that path in every
/// scheme (see annotation::CodeQuery::codes).
struct CodeChoice
{
    std::string path;                 ///< "Root/Child"
    std::vector<std::string> schemes; ///< the schemes with a code at this path
    bool retired = true;              ///< every code at this path is retired
};

/// What the worker needs: plain data, copied from the UI thread.
struct CodeQueryRequest
{
    std::filesystem::path path;
    std::optional<annotation::CodeQuery> query; ///< nullopt: read the choices only
    std::uint64_t generation = 0;
};

/// What the worker hands back to the UI thread.
struct CodeQueryOutcome
{
    std::filesystem::path path; ///< the project read
    std::uint64_t generation = 0;
    bool choicesRead = false;
    std::vector<CodeChoice> codes;
    std::vector<std::string> coders; ///< by name
    bool queried = false;            ///< the request had a query
    std::optional<annotation::CodeQueryResult> result;
    std::string error; ///< a core error's one-line message; empty on success
};

namespace {

constexpr int kKeyRole = Qt::UserRole; // the path or metric name an item stands for

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString filmLabel(const model::Film& film)
{
    if (!film.title.empty())
        return QString::fromStdString(film.title);
    return QString::fromStdString(film.path.stem().string());
}

std::vector<CodeChoice> readCodeChoices(const store::ProjectStore& store)
{
    std::vector<CodeChoice> choices;
    std::unordered_map<std::string, std::size_t> indexOfPath;
    for (const auto& scheme : store.schemes().list()) { // by name
        std::map<model::CodeId, std::string> pathOf;
        for (const auto& code : store.schemes().codes(scheme.id)) { // parents first
            std::string path = code.parentId ? pathOf[*code.parentId] + "/" : std::string();
            path += code.label;
            pathOf[code.id] = path;
            auto [it, added] = indexOfPath.emplace(path, choices.size());
            if (added)
                choices.push_back({path, {}, true});
            auto& choice = choices[it->second];
            if (choice.schemes.empty() || choice.schemes.back() != scheme.name)
                choice.schemes.push_back(scheme.name);
            choice.retired = choice.retired && code.retired;
        }
    }
    return choices;
}

/// Runs on a pool thread: opens its own read-only connection (a ProjectStore belongs to one
/// thread), reads and computes, and never throws.
CodeQueryOutcome computeCodeQuery(const CodeQueryRequest& request)
{
    CodeQueryOutcome outcome;
    outcome.path = request.path;
    outcome.generation = request.generation;
    outcome.queried = request.query.has_value();
    try {
        const auto store = store::ProjectStore::openReadOnly(request.path);
        outcome.codes = readCodeChoices(store);
        for (const auto& coder : store.coders().list())
            outcome.coders.push_back(coder.name);
        outcome.choicesRead = true;
        if (request.query)
            outcome.result = annotation::queryCodes(store, *request.query);
    } catch (const Error& e) { // QueryError, StoreError
        outcome.result.reset();
        outcome.error = e.what();
    } catch (const std::exception& e) {
        outcome.result.reset();
        outcome.error = e.what();
    }
    return outcome;
}

QString displayNumber(double value)
{
    return std::isnan(value) ? CodeQueryPanel::tr("—") : QLocale().toString(value, 'g', 4);
}

QString csvNumber(double value)
{
    return std::isnan(value) ? QString()
                             : QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// The statistics of one film, in table order.
enum FilmStatistic
{
    CountStatistic,
    MeanStatistic,
    MedianStatistic,
    SdStatistic,
    IqrStatistic,
    FilmStatisticCount
};

double statisticOf(const annotation::MetricSummary& summary, int statistic)
{
    switch (statistic) {
    case CountStatistic:
        return summary.count;
    case MeanStatistic:
        return summary.mean;
    case MedianStatistic:
        return summary.median;
    case SdStatistic:
        return summary.standardDeviation;
    case IqrStatistic:
        return summary.interquartileRange;
    default:
        return std::nan("");
    }
}

void setChecked(QListWidget& list, const QStringList& keys)
{
    for (int i = 0; i < list.count(); ++i) {
        auto* item = list.item(i);
        item->setCheckState(keys.contains(item->data(kKeyRole).toString()) ? Qt::Checked
                                                                           : Qt::Unchecked);
    }
}

QStringList checkedKeys(const QListWidget& list)
{
    QStringList keys;
    for (int i = 0; i < list.count(); ++i)
        if (list.item(i)->checkState() == Qt::Checked)
            keys << list.item(i)->data(kKeyRole).toString();
    return keys;
}

QComboBox* filmCombo(const QString& objectName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

CodeQueryPanel::CodeQueryPanel(QWidget* parent)
    : QWidget(parent)
    , m_codeList(new QListWidget(this))
    , m_metricList(new QListWidget(this))
    , m_coderCombo(new QComboBox(this))
    , m_filmACombo(filmCombo(QStringLiteral("filmACombo"), this))
    , m_filmBCombo(filmCombo(QStringLiteral("filmBCombo"), this))
    , m_runButton(new QPushButton(tr("&Run"), this))
    , m_copyButton(new QPushButton(tr("&Copy as CSV"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_codeList->setObjectName(QStringLiteral("codeList"));
    m_codeList->setToolTip(tr("The codes whose shots to measure. A code's sub-codes are not "
                              "included: check them too."));
    m_metricList->setObjectName(QStringLiteral("metricList"));
    m_metricList->setToolTip(tr("The per-shot metrics to summarise"));
    m_coderCombo->setObjectName(QStringLiteral("coderCombo"));
    m_coderCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_coderCombo->setToolTip(tr("Count only the shots this coder coded"));
    m_coderCombo->addItem(tr("Any coder"), QString());
    m_filmACombo->setToolTip(tr("Film A: B − A compares the other film with this one"));
    m_filmBCombo->setToolTip(tr("Film B"));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setToolTip(tr("Measure the checked codes' shots with the checked metrics"));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setToolTip(tr("Put the table on the clipboard as comma-separated values, at "
                                "full precision"));
    m_copyButton->setEnabled(false);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();

    auto* codesLabel = new QLabel(tr("C&odes:"), this);
    codesLabel->setBuddy(m_codeList);
    auto* codes = new QVBoxLayout;
    codes->addWidget(codesLabel);
    codes->addWidget(m_codeList, 1);
    auto* metricsLabel = new QLabel(tr("&Metrics:"), this);
    metricsLabel->setBuddy(m_metricList);
    auto* metrics = new QVBoxLayout;
    metrics->addWidget(metricsLabel);
    metrics->addWidget(m_metricList, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Co&der:"), m_coderCombo);
    form->addRow(tr("Film &A:"), m_filmACombo);
    form->addRow(tr("Film &B:"), m_filmBCombo);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addLayout(buttons);
    side->addStretch(1);

    auto* choices = new QWidget(this);
    auto* choicesLayout = new QHBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    choicesLayout->addLayout(codes, 2);
    choicesLayout->addLayout(metrics, 2);
    choicesLayout->addLayout(side, 1);

    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_status);
    resultsLayout->addWidget(m_table, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(choices);
    splitter->addWidget(results);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_runButton, &QPushButton::clicked, this, &CodeQueryPanel::run);
    connect(m_copyButton, &QPushButton::clicked, this, &CodeQueryPanel::copyAsCsv);

    showMessage(tr("Open a project to query its codes."));
}

CodeQueryPanel::~CodeQueryPanel() = default;

void CodeQueryPanel::setDocument(ProjectDocument* document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::filmsChanged, this, &CodeQueryPanel::reloadFilms);
        connect(m_document, &ProjectDocument::resultsChanged, this, [this]() {
            if (m_document && m_document->columnsRevision() != m_columnsRevision)
                reloadMetrics();
        });
        // A project closed under the panel: show nothing rather than its last result.
        connect(
            m_document, &QObject::destroyed, this, [this]() { setDocument(nullptr); },
            Qt::QueuedConnection);
    }
    m_query.reset();
    m_result.reset();
    m_codeList->clear();
    {
        const QSignalBlocker blocker(m_coderCombo);
        m_coderCombo->clear();
        m_coderCombo->addItem(tr("Any coder"), QString());
    }
    reloadFilms();
    reloadMetrics();
    if (m_document) {
        m_errorText.clear();
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_copyButton->setEnabled(false);
        m_status->setText(tr("Check one or more codes and metrics, then press Run."));
    }
    request();
}

void CodeQueryPanel::reloadFilms()
{
    const auto reload = [this](QComboBox* combo, int defaultIndex) {
        const QVariant shown = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (m_document)
            for (const auto& film : m_document->films())
                combo->addItem(filmLabel(film), qlonglong(film.id));
        int index = shown.isValid() ? combo->findData(shown) : -1;
        if (index < 0)
            index = std::min(defaultIndex, combo->count() - 1);
        combo->setCurrentIndex(index);
    };
    reload(m_filmACombo, 0);
    reload(m_filmBCombo, 1);
    const bool two = m_filmACombo->count() >= 2;
    m_filmACombo->setEnabled(two);
    m_filmBCombo->setEnabled(two);
}

void CodeQueryPanel::reloadMetrics()
{
    const QStringList checked = checkedMetrics();
    m_metricList->clear();
    m_columnsRevision = m_document ? m_document->columnsRevision() : 0;
    if (!m_document)
        return;
    for (const auto& column : m_document->results().columns) {
        if (column.isText)
            continue; // the palette and other JSON metrics have no mean
        const auto info = MetricInfo::of(column.name);
        auto* item = new QListWidgetItem(info.axisTitle(), m_metricList);
        item->setData(kKeyRole, info.name);
        item->setToolTip(info.toolTip());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(info.name) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList CodeQueryPanel::codeChoices() const
{
    QStringList paths;
    for (int i = 0; i < m_codeList->count(); ++i)
        paths << m_codeList->item(i)->data(kKeyRole).toString();
    return paths;
}

void CodeQueryPanel::setCheckedCodes(const QStringList& paths)
{
    setChecked(*m_codeList, paths);
}

QStringList CodeQueryPanel::checkedCodes() const
{
    return checkedKeys(*m_codeList);
}

void CodeQueryPanel::setCheckedMetrics(const QStringList& names)
{
    setChecked(*m_metricList, names);
}

QStringList CodeQueryPanel::checkedMetrics() const
{
    return checkedKeys(*m_metricList);
}

void CodeQueryPanel::setCoder(const QString& name)
{
    const int index = m_coderCombo->findData(name);
    if (index >= 0)
        m_coderCombo->setCurrentIndex(index);
}

void CodeQueryPanel::setFilms(model::FilmId a, model::FilmId b)
{
    const int indexA = m_filmACombo->findData(qlonglong(a));
    const int indexB = m_filmBCombo->findData(qlonglong(b));
    if (indexA >= 0)
        m_filmACombo->setCurrentIndex(indexA);
    if (indexB >= 0)
        m_filmBCombo->setCurrentIndex(indexB);
}

const annotation::CodeQueryResult* CodeQueryPanel::result() const
{
    return m_result ? &*m_result : nullptr;
}

void CodeQueryPanel::run()
{
    const auto fail = [this](const QString& message) {
        ++m_generation; // a query in flight answers something else now
        m_query.reset();
        showMessage(message);
        Q_EMIT refreshed();
    };
    if (!m_document)
        return fail(tr("Open a project to query its codes."));
    annotation::CodeQuery query;
    for (const auto& path : checkedCodes())
        query.codes.push_back(path.toStdString());
    for (const auto& name : checkedMetrics())
        query.metrics.push_back(name.toStdString());
    if (query.codes.empty())
        return fail(tr("Check at least one code."));
    if (query.metrics.empty())
        return fail(tr("Check at least one metric."));
    if (const QString coder = m_coderCombo->currentData().toString(); !coder.isEmpty())
        query.coder = coder.toStdString();
    // With fewer than two films there is nothing to compare: every film is reported.
    if (m_filmACombo->count() >= 2) {
        query.filmA = model::FilmId(m_filmACombo->currentData().toLongLong());
        query.filmB = model::FilmId(m_filmBCombo->currentData().toLongLong());
        if (*query.filmA == *query.filmB)
            return fail(tr("Film A and film B are the same film: choose two different films."));
    }
    m_query = std::move(query);
    m_status->setText(tr("Computing…"));
    request();
}

void CodeQueryPanel::refresh()
{
    request();
}

void CodeQueryPanel::copyAsCsv()
{
    if (auto* clipboard = QGuiApplication::clipboard())
        clipboard->setText(csv());
}

void CodeQueryPanel::request()
{
    ++m_generation;
    if (m_running) {
        m_pending = true; // one more run after this one, with the choices made by then
        return;
    }
    startComputation();
}

void CodeQueryPanel::startComputation()
{
    m_pending = false;
    if (!m_document) {
        m_query.reset();
        showMessage(tr("Open a project to query its codes."));
        Q_EMIT refreshed();
        return;
    }
    m_running = true;
    CodeQueryRequest request{m_document->path(), m_query, m_generation};
    computeInBackground(this, std::move(request), &computeCodeQuery, &CodeQueryPanel::adopt);
}

void CodeQueryPanel::adopt(CodeQueryOutcome outcome)
{
    m_running = false;
    if (m_pending) {
        startComputation(); // this outcome answers an older request: the newer one replaces it
        return;
    }
    if (!m_document || outcome.path != m_document->path())
        return; // another project by now

    if (outcome.choicesRead) {
        // Same project: the choices are current even when the query was superseded.
        const QStringList checked = checkedCodes();
        m_codeList->clear();
        const QBrush retiredBrush = palette().brush(QPalette::Disabled, QPalette::Text);
        for (const auto& choice : outcome.codes) {
            const QString path = fromStd(choice.path);
            auto* item = new QListWidgetItem(choice.retired ? tr("%1 (retired)").arg(path) : path,
                                             m_codeList);
            item->setData(kKeyRole, path);
            QStringList schemes;
            for (const auto& scheme : choice.schemes)
                schemes << fromStd(scheme);
            item->setToolTip(schemes.size() == 1
                                 ? tr("Scheme %1").arg(schemes.front())
                                 : tr("Schemes %1: the query counts this path in each")
                                       .arg(QLocale().createSeparatedList(schemes)));
            if (choice.retired)
                item->setForeground(retiredBrush);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(path) ? Qt::Checked : Qt::Unchecked);
        }
        const QString coder = m_coderCombo->currentData().toString();
        const QSignalBlocker blocker(m_coderCombo);
        m_coderCombo->clear();
        m_coderCombo->addItem(tr("Any coder"), QString());
        for (const auto& name : outcome.coders)
            m_coderCombo->addItem(fromStd(name), fromStd(name));
        m_coderCombo->setCurrentIndex(std::max(m_coderCombo->findData(coder), 0));
    }
    if (outcome.generation != m_generation)
        return; // a newer request decided what is shown

    if (!outcome.error.empty()) {
        showMessage(outcome.queried ? tr("Query not run: %1").arg(fromStd(outcome.error))
                                    : tr("Codes not read: %1").arg(fromStd(outcome.error)));
    } else if (outcome.result) {
        m_result = std::move(outcome.result);
        showResult();
    }
    Q_EMIT refreshed();
}

QStringList CodeQueryPanel::tableHeaders() const
{
    QStringList headers{tr("Code"), tr("Metric")};
    if (!m_result || m_result->rows.empty())
        return headers;
    for (const auto& film : m_result->rows.front().films) {
        const QString name = filmLabel(film.film);
        headers << tr("%1 n").arg(name) << tr("%1 mean").arg(name) << tr("%1 median").arg(name)
                << tr("%1 SD").arg(name) << tr("%1 IQR").arg(name);
    }
    if (m_result->compared)
        headers << tr("B − A mean") << tr("B − A median");
    return headers;
}

void CodeQueryPanel::showResult()
{
    m_errorText.clear();
    m_status->clear();
    const QStringList headers = tableHeaders();
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_result->rows.size()));
    const auto numberItem = [](double value, const QString& undefinedTip) {
        auto* item = new QTableWidgetItem(displayNumber(value));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (std::isnan(value))
            item->setToolTip(undefinedTip);
        return item;
    };
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto& row = m_result->rows[std::size_t(r)];
        const auto metric = MetricInfo::of(row.metric);
        m_table->setItem(r, 0, new QTableWidgetItem(fromStd(row.code)));
        auto* metricItem = new QTableWidgetItem(metric.axisTitle());
        metricItem->setToolTip(metric.toolTip());
        m_table->setItem(r, 1, metricItem);
        int column = 2;
        for (const auto& film : row.films) {
            const auto& summary = film.summary;
            auto* count = new QTableWidgetItem(QLocale().toString(summary.count));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            count->setToolTip(
                tr("%n shot(s) coded, %1 without a value of this metric", nullptr, film.codedShots)
                    .arg(summary.missing));
            m_table->setItem(r, column++, count);
            const QString noValue = tr("No coded shot has a value of this metric");
            m_table->setItem(r, column++, numberItem(summary.mean, noValue));
            m_table->setItem(r, column++, numberItem(summary.median, noValue));
            m_table->setItem(r, column++,
                             numberItem(summary.standardDeviation,
                                        tr("The standard deviation needs two values or more")));
            m_table->setItem(r, column++, numberItem(summary.interquartileRange, noValue));
        }
        if (m_result->compared) {
            const QString noDifference = tr("One of the films has no value to compare");
            m_table->setItem(r, column++,
                             numberItem(row.meanDifference.value_or(std::nan("")), noDifference));
            m_table->setItem(r, column++,
                             numberItem(row.medianDifference.value_or(std::nan("")), noDifference));
        }
    }
    m_table->resizeColumnsToContents();
    m_copyButton->setEnabled(true);
}

void CodeQueryPanel::showMessage(const QString& message)
{
    m_result.reset();
    m_errorText = message;
    m_status->setText(message);
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_copyButton->setEnabled(false);
}

QString CodeQueryPanel::csv() const
{
    if (!m_result)
        return {};
    QStringList lines;
    QStringList fields;
    for (const auto& header : tableHeaders())
        fields << csvField(header);
    lines << fields.join(QLatin1Char(','));
    for (const auto& row : m_result->rows) {
        fields = {csvField(fromStd(row.code)), csvField(fromStd(row.metric))};
        for (const auto& film : row.films)
            for (int statistic = 0; statistic < FilmStatisticCount; ++statistic)
                fields << csvNumber(statisticOf(film.summary, statistic));
        if (m_result->compared)
            fields << csvNumber(row.meanDifference.value_or(std::nan("")))
                   << csvNumber(row.medianDifference.value_or(std::nan("")));
        lines << fields.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace diptych::ui
