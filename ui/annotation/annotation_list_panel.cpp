#include "annotation/annotation_list_panel.h"

#include "annotation/annotation_document.h"
#include "annotation/annotation_list_model.h"
#include "annotation/note_field.h"
#include "document/project_document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace diptych::ui {

AnnotationListPanel::AnnotationListPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new AnnotationListModel(this))
    , m_filter(new AnnotationFilter(this))
    , m_search(new QLineEdit(this))
    , m_film(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_coder(new QComboBox(this))
    , m_code(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_note(new NoteField(this))
{
    m_filter->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search codes, text and notes"));
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AnnotationListModel::StartColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_note->setPlaceholderText(tr("Note on the selected annotation (Markdown); saved when you "
                                  "leave the field or press Ctrl+Return"));
    m_note->setMaximumHeight(90);
    m_note->setEnabled(false);
    connect(m_note, &NoteField::committed, this, &AnnotationListPanel::saveNote);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_film, 1);
    filters->addWidget(m_tier, 1);
    filters->addWidget(m_coder, 1);
    filters->addWidget(m_code, 1);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);

    connect(m_search, &QLineEdit::textChanged, m_filter, &AnnotationFilter::setSearchText);
    for (auto* combo : {m_film, m_tier, m_coder, m_code})
        connect(combo, &QComboBox::activated, this, &AnnotationListPanel::applyFilters);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &AnnotationListPanel::showCount);
    connect(m_filter, &QSortFilterProxyModel::layoutChanged, this, &AnnotationListPanel::showCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this]() {
        refreshFilters(); // shows the count
        showSelectedNote();
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT seekRequested(index.data(AnnotationListModel::FilmRole).toLongLong(),
                             index.data(AnnotationListModel::StartFrameRole).toLongLong());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT seekRequested(index.data(AnnotationListModel::FilmRole).toLongLong(),
                             index.data(AnnotationListModel::StartFrameRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        m_note->commit();
        showSelectedNote();
    });
    auto* remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &AnnotationListPanel::removeSelected);
    setDocument(nullptr);
}

void AnnotationListPanel::setDocument(ProjectDocument* document)
{
    m_document = document;
    m_noteOf.reset();
    m_model->setDocument(document);
    setEnabled(document != nullptr);
}

void AnnotationListPanel::refreshFilters()
{
    // Keep each choice across rebuilds by its text.
    const auto refill = [](QComboBox* combo, const QString& any,
                           const QList<QPair<QString, QVariant>>& items) {
        const QString current = combo->currentText();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(any);
        for (const auto& [text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(std::max(0, combo->findText(current)));
    };
    QList<QPair<QString, QVariant>> films;
    QList<QPair<QString, QVariant>> tiers;
    QList<QPair<QString, QVariant>> coders;
    QList<QPair<QString, QVariant>> codes;
    if (m_document) {
        auto& annotations = m_document->annotations();
        std::set<QString> tierNames;
        for (const auto& film : m_document->films()) {
            films.append({QString::fromStdString(film.title), qlonglong(film.id)});
            for (const auto& tier : annotations.tiers(film.id))
                tierNames.insert(QString::fromStdString(tier.name));
        }
        for (const auto& name : tierNames)
            tiers.append({name, name});
        for (const auto& coder : annotations.coders())
            coders.append({QString::fromStdString(coder.name), QString::fromStdString(coder.name)});
        for (const auto& scheme : annotations.schemes())
            for (const auto& code : annotations.codes(scheme.id))
                codes.append({annotations.codePath(code.id), qlonglong(code.id)});
    }
    refill(m_film, tr("All films"), films);
    refill(m_tier, tr("All tiers"), tiers);
    refill(m_coder, tr("All coders"), coders);
    refill(m_code, tr("All codes"), codes);
    applyFilters();
}

void AnnotationListPanel::applyFilters()
{
    m_filter->setFilm(m_film->currentData().isValid()
                          ? std::optional<model::FilmId>(m_film->currentData().toLongLong())
                          : std::nullopt);
    m_filter->setTierName(m_tier->currentData().toString());
    m_filter->setCoderName(m_coder->currentData().toString());
    std::vector<model::CodeId> codes;
    if (m_code->currentData().isValid() && m_document) {
        // A code stands for its sub-codes too: "Color & light" finds every palette code.
        const model::CodeId chosen = m_code->currentData().toLongLong();
        auto& annotations = m_document->annotations();
        const QString prefix = annotations.codePath(chosen);
        for (const auto& scheme : annotations.schemes())
            for (const auto& code : annotations.codes(scheme.id)) {
                const QString path = annotations.codePath(code.id);
                if (code.id == chosen || (code.schemeId == annotations.code(chosen)->schemeId &&
                                          path.startsWith(prefix + QLatin1Char('/'))))
                    codes.push_back(code.id);
            }
    }
    m_filter->setCodes(std::move(codes));
    showCount();
}

void AnnotationListPanel::showCount()
{
    m_count->setText(tr("%n shown", nullptr, m_filter->rowCount()));
}

std::optional<model::AnnotationId> AnnotationListPanel::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return rows.front().data(AnnotationListModel::IdRole).toLongLong();
}

void AnnotationListPanel::showSelectedNote()
{
    m_noteOf = selectedId();
    const QSignalBlocker blocker(m_note);
    m_note->setEnabled(m_noteOf.has_value());
    m_note->setNote({});
    if (!m_noteOf || !m_document)
        return;
    const auto rows = m_table->selectionModel()->selectedRows();
    const auto source = m_filter->mapToSource(rows.front());
    m_note->setNote(QString::fromStdString(m_model->annotation(source.row()).note));
}

void AnnotationListPanel::saveNote()
{
    if (!m_noteOf || !m_document)
        return;
    const std::string text = m_note->toPlainText().toStdString();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto& before = m_model->annotation(row);
        if (before.id != *m_noteOf)
            continue;
        if (before.note == text)
            return;
        auto after = before;
        after.note = text;
        AnnotationEdit edit;
        edit.change(before, after);
        const QString error = m_document->annotations().apply(tr("Edit Note"), edit);
        if (!error.isEmpty())
            Q_EMIT message(error);
        return;
    }
}

void AnnotationListPanel::removeSelected()
{
    if (!m_document)
        return;
    auto& annotations = m_document->annotations();
    AnnotationEdit edit;
    int count = 0;
    for (const auto& index : m_table->selectionModel()->selectedRows()) {
        const auto& annotation = m_model->annotation(m_filter->mapToSource(index).row());
        edit.append(annotations.removalOfAnnotation(annotation));
        ++count;
    }
    if (count == 0)
        return;
    m_noteOf.reset();
    const QString error =
        annotations.apply(tr("Remove %n Annotation(s)", nullptr, count), std::move(edit));
    if (!error.isEmpty())
        Q_EMIT message(error);
}

} // namespace diptych::ui
