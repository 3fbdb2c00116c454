#include "agreement/agreement_panel.h"

#include "agreement/disagreement_model.h"
#include "document/background_compute.h"
#include "document/project_document.h"

#include "annotation/agreement.h"
#include "common/error.h"
#include "store/project_store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMetaObject>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStringList>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>
#include <filesystem>
#include <memory>

namespace diptych::ui {

/// What the worker needs: plain data, copied from the UI thread.
struct AgreementRequest
{
    std::filesystem::path path;
    model::FilmId film = 0;
    std::string tier; ///< empty: all tiers
    std::uint64_t generation = 0;
};

/// What the worker hands back to the UI thread.
struct AgreementOutcome
{
    std::uint64_t generation = 0;
    model::FilmId film = 0;
    double fps = 0;
    std::vector<std::string> tiers; ///< the film's tier names, in the film's order
    std::string tier;               ///< the tier computed for; empty: all tiers
    std::optional<annotation::AgreementReport> report;
    std::vector<std::string> coders;
    std::vector<Disagreement> disagreements;
    std::string error; ///< a core error's one-line message; empty on success
};

namespace {

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

/// Runs on a pool thread: opens its own read-only connection (a ProjectStore belongs to one
/// thread), reads and computes, and never throws.
AgreementOutcome computeAgreement(const AgreementRequest& request)
{
    AgreementOutcome outcome;
    outcome.generation = request.generation;
    outcome.film = request.film;
    try {
        const auto store = store::ProjectStore::openReadOnly(request.path);
        if (const auto film = store.films().get(request.film))
            outcome.fps = film->fps;
        for (const auto& tier : store.tiers().list(request.film))
            outcome.tiers.push_back(tier.name);
        // A tier removed or renamed since it was chosen: show every tier rather than an error.
        if (std::find(outcome.tiers.begin(), outcome.tiers.end(), request.tier) !=
            outcome.tiers.end())
            outcome.tier = request.tier;
        const auto coding = annotation::buildFilmCoding(store, request.film, outcome.tier);
        outcome.report = annotation::summarizeAgreement(coding);
        outcome.coders = coding.matrix.coders;
        outcome.disagreements = findDisagreements(coding, store.shots().list(request.film));
    } catch (const Error& e) { // AgreementError, StoreError
        outcome.report.reset();
        outcome.error = e.what();
    } catch (const std::exception& e) {
        outcome.report.reset();
        outcome.error = e.what();
    }
    return outcome;
}

QString formatStatistic(const annotation::Statistic& statistic)
{
    if (!statistic.value)
        return AgreementPanel::tr("—");
    return QLocale().toString(*statistic.value, 'f', 3);
}

enum class Coefficient
{
    Alpha,
    Fleiss,
    Cohen,
};

/// Why `statistic` (undefined) could not be computed.
QString undefinedReason(Coefficient coefficient, const annotation::Statistic& statistic)
{
    switch (coefficient) {
    case Coefficient::Alpha:
        return statistic.units == 0
                   ? AgreementPanel::tr("Undefined: no shot was coded by two coders or more.")
                   : AgreementPanel::tr(
                         "Undefined: every value in the shots coded by two coders or more is the "
                         "same, so agreement cannot be told from chance.");
    case Coefficient::Fleiss:
        return statistic.units == 0
                   ? AgreementPanel::tr("Undefined: no shot was coded by every coder.")
                   : AgreementPanel::tr("Undefined: the coders used a single value throughout "
                                        "the shots they all coded, so agreement cannot be told "
                                        "from chance.");
    case Coefficient::Cohen:
        return statistic.units == 0
                   ? AgreementPanel::tr("Undefined: the two coders coded no shot in common.")
                   : AgreementPanel::tr(
                         "Undefined: both coders gave every shot they both coded one and the same "
                         "value, so agreement cannot be told from chance.");
    }
    return {};
}

/// Fills `table`'s row `row` with a name, a value and the units it used.
void setStatisticRow(QTableWidget& table, int row, const QString& name, const QString& nameTip,
                     const annotation::Statistic& statistic, Coefficient coefficient,
                     const QString& unitsTip)
{
    auto* nameItem = new QTableWidgetItem(name);
    nameItem->setToolTip(nameTip);
    auto* valueItem = new QTableWidgetItem(formatStatistic(statistic));
    valueItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!statistic.value)
        valueItem->setToolTip(undefinedReason(coefficient, statistic));
    auto* unitsItem = new QTableWidgetItem(QLocale().toString(qulonglong(statistic.units)));
    unitsItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    unitsItem->setToolTip(unitsTip);
    table.setItem(row, 0, nameItem);
    table.setItem(row, 1, valueItem);
    table.setItem(row, 2, unitsItem);
}

QTableWidget* statisticsTable(const QStringList& headers, const QString& objectName,
                              QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    return table;
}

} // namespace

AgreementPanel::AgreementPanel(QWidget* parent)
    : QWidget(parent)
    , m_filmCombo(new QComboBox(this))
    , m_tierCombo(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_disagreements(new DisagreementModel(this))
{
    m_filmCombo->setObjectName(QStringLiteral("filmCombo"));
    m_filmCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filmCombo->setToolTip(tr("The film whose coding is compared between coders"));
    m_tierCombo->setObjectName(QStringLiteral("tierCombo"));
    m_tierCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tierCombo->setToolTip(tr("The annotations compared: one tier of the film, or all of them"));
    m_tierCombo->addItem(tr("All tiers"), QString());
    auto* filmCaption = new QLabel(tr("&Film:"), this);
    filmCaption->setBuddy(m_filmCombo);
    auto* tierCaption = new QLabel(tr("&Tier:"), this);
    tierCaption->setBuddy(m_tierCombo);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(filmCaption);
    toolbar->addWidget(m_filmCombo);
    toolbar->addSpacing(12);
    toolbar->addWidget(tierCaption);
    toolbar->addWidget(m_tierCombo);
    toolbar->addStretch(1);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details = new QWidget(this);
    m_coefficients = statisticsTable({tr("Coefficient"), tr("Value"), tr("Shots")},
                                     QStringLiteral("coefficients"), m_details);
    m_perCode =
        statisticsTable({tr("Code"), tr("α"), tr("Shots")}, QStringLiteral("perCode"), m_details);
    m_perCode->setToolTip(tr("Krippendorff's α of each code on its own: did the coders agree "
                             "on whether a shot has it?"));
    auto* tables = new QHBoxLayout;
    tables->setContentsMargins(0, 0, 0, 0);
    tables->addWidget(m_coefficients);
    tables->addWidget(m_perCode);
    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addLayout(tables, 1);

    auto* disagreementsBox = new QWidget(this);
    auto* disagreementsTitle = new QLabel(tr("Shots the coders disagree on:"), disagreementsBox);
    m_disagreementView = new QTableView(disagreementsBox);
    m_disagreementView->setObjectName(QStringLiteral("disagreementView"));
    m_disagreementView->setModel(m_disagreements);
    m_disagreementView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_disagreementView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_disagreementView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_disagreementView->verticalHeader()->hide();
    m_disagreementView->horizontalHeader()->setStretchLastSection(true);
    m_disagreementView->setToolTip(tr("Double-click a shot or press Enter to go to it"));
    auto* disagreementsLayout = new QVBoxLayout(disagreementsBox);
    disagreementsLayout->setContentsMargins(0, 0, 0, 0);
    disagreementsLayout->addWidget(disagreementsTitle);
    disagreementsLayout->addWidget(m_disagreementView, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_details);
    splitter->addWidget(disagreementsBox);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    // activated: double-click, or Enter on the current row.
    connect(m_disagreementView, &QTableView::activated, this,
            [this](const QModelIndex& index) { activateRow(index.row()); });
    connect(m_filmCombo, &QComboBox::currentIndexChanged, this, &AgreementPanel::refresh);
    connect(m_tierCombo, &QComboBox::currentIndexChanged, this, &AgreementPanel::refresh);

    showMessage(tr("Open a project to compare its coders."));
}

AgreementPanel::~AgreementPanel() = default;

void AgreementPanel::setDocument(ProjectDocument* document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::filmsChanged, this, [this]() {
            const auto shown = film();
            reloadFilms();
            if (film() != shown)
                refresh();
        });
        // Edited shots are other units: recompute when the film shown is edited.
        connect(m_document, &ProjectDocument::shotsEdited, this, [this](model::FilmId edited) {
            if (film() == edited)
                refresh();
        });
        // A project closed under the panel: show nothing rather than its last report.
        connect(
            m_document, &QObject::destroyed, this, [this]() { setDocument(nullptr); },
            Qt::QueuedConnection);
    }
    {
        // Another project has other tiers: the computation lists them.
        const QSignalBlocker blocker(m_tierCombo);
        m_tierCombo->clear();
        m_tierCombo->addItem(tr("All tiers"), QString());
    }
    reloadFilms();
    refresh();
}

void AgreementPanel::reloadFilms()
{
    const auto shown = film();
    const QSignalBlocker blocker(m_filmCombo); // repopulating is not a user choice
    m_filmCombo->clear();
    if (m_document)
        for (const auto& film : m_document->films())
            m_filmCombo->addItem(filmLabel(film), qlonglong(film.id));
    const int index = shown ? m_filmCombo->findData(qlonglong(*shown)) : -1;
    m_filmCombo->setCurrentIndex(index >= 0 ? index : (m_filmCombo->count() > 0 ? 0 : -1));
}

std::optional<model::FilmId> AgreementPanel::film() const
{
    if (m_filmCombo->currentIndex() < 0)
        return std::nullopt;
    return model::FilmId(m_filmCombo->currentData().toLongLong());
}

void AgreementPanel::setFilm(model::FilmId film)
{
    const int index = m_filmCombo->findData(qlonglong(film));
    if (index >= 0 && index != m_filmCombo->currentIndex())
        m_filmCombo->setCurrentIndex(index); // refreshes
}

QString AgreementPanel::tier() const
{
    return m_tierCombo->currentData().toString();
}

void AgreementPanel::setTier(const QString& name)
{
    const int index = m_tierCombo->findData(name);
    if (index >= 0 && index != m_tierCombo->currentIndex())
        m_tierCombo->setCurrentIndex(index); // refreshes
}

const annotation::AgreementReport* AgreementPanel::report() const
{
    return m_report ? &*m_report : nullptr;
}

QAbstractItemModel* AgreementPanel::disagreements() const
{
    return m_disagreements;
}

void AgreementPanel::refresh()
{
    ++m_generation;
    if (m_running) {
        m_pending = true; // one more run after this one, with the choices made by then
        return;
    }
    startComputation();
}

void AgreementPanel::startComputation()
{
    m_pending = false;
    if (!m_document) {
        showMessage(tr("Open a project to compare its coders."));
        Q_EMIT refreshed();
        return;
    }
    const auto chosen = film();
    if (!chosen) {
        showMessage(tr("This project has no films yet."));
        Q_EMIT refreshed();
        return;
    }
    m_running = true;
    if (!m_report)
        m_status->setText(tr("Computing…")); // a report on show stays until the new one comes
    AgreementRequest request{m_document->path(), *chosen, tier().toStdString(), m_generation};
    computeInBackground(this, std::move(request), &computeAgreement, &AgreementPanel::adopt);
}

void AgreementPanel::adopt(AgreementOutcome outcome)
{
    m_running = false;
    if (m_pending) {
        startComputation(); // this outcome answers an older request: the newer one replaces it
        return;
    }
    if (outcome.generation != m_generation)
        return; // the project was closed or changed meanwhile

    if (film() == outcome.film) {
        // The film's tiers as read now; the choice falls back to all tiers when it is gone.
        const QSignalBlocker blocker(m_tierCombo);
        m_tierCombo->clear();
        m_tierCombo->addItem(tr("All tiers"), QString());
        for (const auto& name : outcome.tiers)
            m_tierCombo->addItem(fromStd(name), fromStd(name));
        m_tierCombo->setCurrentIndex(std::max(m_tierCombo->findData(fromStd(outcome.tier)), 0));
    }

    if (!outcome.error.empty()) {
        showMessage(tr("Agreement not computed: %1").arg(fromStd(outcome.error)));
    } else if (!outcome.report || outcome.report->coders.empty()) {
        showMessage(
            outcome.tier.empty()
                ? tr("No coder has coded this film yet.")
                : tr("No coder has coded this film in tier “%1” yet.").arg(fromStd(outcome.tier)));
    } else if (outcome.report->coders.size() < 2) {
        showMessage(tr("Only %1 has coded this film so far; agreement needs two coders or more.")
                        .arg(fromStd(outcome.report->coders.front())));
    } else {
        m_report = std::move(outcome.report);
        m_errorText.clear();
        m_status->clear();
        m_status->hide();
        showReport(*m_report);
        m_disagreements->setDisagreements(outcome.film, outcome.fps, std::move(outcome.coders),
                                          std::move(outcome.disagreements));
        m_details->setEnabled(true);
        m_disagreementView->setEnabled(true);
    }
    Q_EMIT refreshed();
}

void AgreementPanel::showReport(const annotation::AgreementReport& report)
{
    QStringList coders;
    for (const auto& coder : report.coders)
        coders << fromStd(coder);
    m_summary->setText(tr("%n coded shot(s); coders: %1", nullptr, int(report.codedUnits))
                           .arg(QLocale().createSeparatedList(coders)));

    const auto pairs = int(report.pairwise.size());
    m_coefficients->clearContents();
    m_coefficients->setRowCount(2 + pairs);
    setStatisticRow(*m_coefficients, 0, tr("Krippendorff's α (nominal)"),
                    tr("Agreement of all coders over every shot at least two of them coded; "
                       "1 is perfect, 0 chance level"),
                    report.krippendorffAlpha, Coefficient::Alpha,
                    tr("Shots coded by two coders or more"));
    setStatisticRow(*m_coefficients, 1, tr("Fleiss' κ"),
                    tr("Agreement of all coders over the shots every one of them coded"),
                    report.fleissKappa, Coefficient::Fleiss, tr("Shots coded by every coder"));
    for (int p = 0; p < pairs; ++p) {
        const auto& pair = report.pairwise[std::size_t(p)];
        const QString a = fromStd(report.coders[pair.a]);
        const QString b = fromStd(report.coders[pair.b]);
        setStatisticRow(*m_coefficients, 2 + p, tr("Cohen's κ: %1 – %2").arg(a, b),
                        tr("Agreement of %1 and %2 over the shots both coded").arg(a, b),
                        pair.cohenKappa, Coefficient::Cohen, tr("Shots both coded"));
    }

    const auto codes = int(report.perCode.size());
    m_perCode->clearContents();
    m_perCode->setRowCount(codes);
    for (int c = 0; c < codes; ++c) {
        const auto& code = report.perCode[std::size_t(c)];
        setStatisticRow(*m_perCode, c, fromStd(code.code), fromStd(code.code),
                        code.krippendorffAlpha, Coefficient::Alpha,
                        tr("Shots coded by two coders or more"));
    }
}

void AgreementPanel::showMessage(const QString& message)
{
    m_report.reset();
    m_errorText = message;
    m_status->setText(message);
    m_status->show();
    m_summary->clear();
    m_coefficients->clearContents();
    m_coefficients->setRowCount(0);
    m_perCode->clearContents();
    m_perCode->setRowCount(0);
    m_disagreements->clear();
    m_details->setEnabled(false);
    m_disagreementView->setEnabled(false);
}

void AgreementPanel::activateRow(int row)
{
    if (row < 0 || row >= m_disagreements->rowCount())
        return;
    Q_EMIT seekRequested(m_disagreements->film(), m_disagreements->disagreement(row).startFrame);
}

} // namespace diptych::ui
