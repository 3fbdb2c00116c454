#include "annotation/scheme_editor.h"

#include "annotation/annotation_document.h"
#include "document/project_document.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace diptych::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;

enum Column
{
    LabelColumn,
    ShortcutColumn,
    ColorColumn,
    StateColumn,
};

} // namespace

SchemeEditor::SchemeEditor(ProjectDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(&document)
    , m_schemes(new QComboBox(this))
    , m_tree(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add Code"), this))
    , m_addChild(new QPushButton(tr("Add &Sub-code"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_color(new QPushButton(tr("&Colour…"), this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
    , m_retire(new QPushButton(tr("&Retire"), this))
    , m_remove(new QPushButton(tr("De&lete Unused"), this))
{
    setWindowTitle(tr("Coding Schemes"));
    resize(760, 560);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Code"), tr("Shortcut"), tr("Colour"), tr("State")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    for (const int column : {int(ShortcutColumn), int(ColorColumn), int(StateColumn)})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setToolTip(tr("Double-click a label or shortcut to edit it."));
    m_merge->setToolTip(tr("Recode every annotation and region of this code with another "
                           "code, move its sub-codes there, and remove it"));
    m_retire->setToolTip(tr("A retired code stays on existing annotations but is no longer "
                            "offered for coding"));
    m_remove->setToolTip(tr("Delete a code that no annotation or region uses"));

    auto* importButton = new QPushButton(tr("&Import…"), this);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_schemes, 1);
    top->addWidget(importButton);
    top->addWidget(exportButton);
    auto* buttons = new QVBoxLayout;
    for (auto* button : {m_add, m_addChild, m_up, m_down, m_color, m_merge, m_retire, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_tree, 1);
    middle->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_schemes, &QComboBox::currentIndexChanged, this, &SchemeEditor::refresh);
    connect(importButton, &QPushButton::clicked, this, &SchemeEditor::importInteractively);
    connect(exportButton, &QPushButton::clicked, this, &SchemeEditor::exportInteractively);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SchemeEditor::refreshButtons);
    connect(m_add, &QPushButton::clicked, this, [this]() {
        const QString label = QInputDialog::getText(this, tr("Add Code"), tr("Label:")).trimmed();
        if (!label.isEmpty())
            addCode(label, false);
    });
    connect(m_addChild, &QPushButton::clicked, this, [this]() {
        const QString label =
            QInputDialog::getText(this, tr("Add Sub-code"), tr("Label:")).trimmed();
        if (!label.isEmpty())
            addCode(label, true);
    });
    connect(m_up, &QPushButton::clicked, this, [this]() { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { move(1); });
    connect(m_color, &QPushButton::clicked, this, [this]() {
        const auto code = selectedCode();
        if (!code)
            return;
        const QColor color = QColorDialog::getColor(QColor(QString::fromStdString(code->color)),
                                                    this, tr("Code Colour"));
        if (color.isValid())
            setColor(color.name());
    });
    connect(m_merge, &QPushButton::clicked, this, &SchemeEditor::mergeInteractively);
    connect(m_retire, &QPushButton::clicked, this, [this]() {
        if (const auto code = selectedCode())
            setRetired(!code->retired);
    });
    connect(m_remove, &QPushButton::clicked, this, &SchemeEditor::removeUnused);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        // In-place edits of the label and the shortcut, applied once the editor has let go of
        // the item: the edit rebuilds the tree.
        const QString text = item->text(column).trimmed();
        const model::CodeId id = item->data(LabelColumn, kIdRole).toLongLong();
        QMetaObject::invokeMethod(
            this,
            [this, text, id, column]() {
                select(id);
                if (column == LabelColumn)
                    rename(text);
                else if (column == ShortcutColumn)
                    setShortcut(QKeySequence::fromString(text, QKeySequence::NativeText)
                                    .toString(QKeySequence::PortableText));
            },
            Qt::QueuedConnection);
    });
    connect(&document.annotations(), &AnnotationDocument::schemesChanged, this,
            &SchemeEditor::refresh);
    refresh();
}

std::optional<model::SchemeId> SchemeEditor::scheme() const
{
    if (!m_schemes->currentData().isValid())
        return std::nullopt;
    return m_schemes->currentData().toLongLong();
}

void SchemeEditor::showScheme(model::SchemeId id)
{
    m_schemes->setCurrentIndex(m_schemes->findData(qlonglong(id)));
}

void SchemeEditor::refresh()
{
    if (!m_document)
        return;
    auto& annotations = m_document->annotations();
    const auto chosen = scheme();
    const auto selected = selectedCode();
    {
        const QSignalBlocker blocker(m_schemes);
        m_schemes->clear();
        for (const auto& s : annotations.schemes())
            m_schemes->addItem(QString::fromStdString(s.name), qlonglong(s.id));
        if (chosen)
            m_schemes->setCurrentIndex(std::max(0, m_schemes->findData(qlonglong(*chosen))));
    }
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    if (const auto id = scheme()) {
        std::map<model::CodeId, QTreeWidgetItem*> items;
        for (const auto& code : annotations.codes(*id)) {
            const auto parent = code.parentId ? items.find(*code.parentId) : items.end();
            auto* item = parent != items.end() ? new QTreeWidgetItem(parent->second)
                                               : new QTreeWidgetItem(m_tree);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            item->setText(LabelColumn, QString::fromStdString(code.label));
            item->setText(ShortcutColumn,
                          QKeySequence::fromString(QString::fromStdString(code.shortcut),
                                                   QKeySequence::PortableText)
                              .toString(QKeySequence::NativeText));
            item->setText(ColorColumn, QString::fromStdString(code.color));
            if (!code.color.empty())
                item->setBackground(ColorColumn, QColor(QString::fromStdString(code.color)));
            item->setText(StateColumn, code.retired ? tr("retired") : QString());
            item->setToolTip(LabelColumn, QString::fromStdString(code.description));
            item->setData(LabelColumn, kIdRole, qlonglong(code.id));
            items.emplace(code.id, item);
        }
        m_tree->expandAll();
    }
    if (selected)
        select(selected->id);
    refreshButtons();
}

void SchemeEditor::refreshButtons()
{
    const auto code = selectedCode();
    for (auto* button : {m_addChild, m_up, m_down, m_color, m_merge, m_retire, m_remove})
        button->setEnabled(code.has_value());
    m_add->setEnabled(scheme().has_value());
    m_retire->setText(code && code->retired ? tr("&Restore") : tr("&Retire"));
}

void SchemeEditor::select(model::CodeId id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(LabelColumn, kIdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
}

std::optional<model::Code> SchemeEditor::selectedCode() const
{
    const auto* item = m_tree->currentItem();
    if (!item || !m_document)
        return std::nullopt;
    const auto* code =
        m_document->annotations().code(item->data(LabelColumn, kIdRole).toLongLong());
    return code ? std::optional(*code) : std::nullopt;
}

bool SchemeEditor::applyChange(const QString& text, const model::Code& before,
                               const model::Code& after)
{
    if (before == after)
        return false;
    const QString error =
        m_document->annotations().apply(text, AnnotationEdit().change(before, after));
    if (!error.isEmpty()) {
        Q_EMIT message(error);
        refresh(); // put back what an in-place edit showed
        return false;
    }
    return true;
}

bool SchemeEditor::addCode(const QString& label, bool asChild)
{
    const auto id = scheme();
    if (!id || !m_document)
        return false;
    const auto selected = selectedCode();
    model::Code code;
    code.schemeId = *id;
    code.label = label.toStdString();
    code.parentId = asChild && selected ? std::optional(selected->id)
                    : selected          ? selected->parentId
                                        : std::nullopt;
    int last = -1;
    for (const auto& sibling : m_document->annotations().codes(*id))
        if (sibling.parentId == code.parentId)
            last = std::max(last, sibling.sortOrder);
    code.sortOrder = last + 1;
    const QString error =
        m_document->annotations().apply(tr("Add Code %1").arg(label), AnnotationEdit().add(code));
    if (!error.isEmpty()) {
        Q_EMIT message(error);
        return false;
    }
    for (const auto& stored : m_document->annotations().codes(*id))
        if (stored.label == code.label && stored.parentId == code.parentId)
            select(stored.id);
    return true;
}

bool SchemeEditor::rename(const QString& label)
{
    const auto code = selectedCode();
    if (!code || label.trimmed().isEmpty())
        return false;
    auto after = *code;
    after.label = label.trimmed().toStdString();
    return applyChange(tr("Rename Code %1").arg(QString::fromStdString(code->label)), *code, after);
}

bool SchemeEditor::setColor(const QString& color)
{
    const auto code = selectedCode();
    if (!code)
        return false;
    auto after = *code;
    after.color = color.toStdString();
    return applyChange(tr("Recolour Code %1").arg(QString::fromStdString(code->label)), *code,
                       after);
}

bool SchemeEditor::setShortcut(const QString& portableText)
{
    const auto code = selectedCode();
    if (!code)
        return false;
    auto after = *code;
    after.shortcut = portableText.toStdString();
    // One key, one code: the scheme's other codes must not hold it.
    if (!after.shortcut.empty())
        for (const auto& other : m_document->annotations().codes(code->schemeId))
            if (other.id != code->id && other.shortcut == after.shortcut) {
                Q_EMIT message(tr("%1 is the shortcut of “%2” already.")
                                   .arg(portableText, QString::fromStdString(other.label)));
                refresh();
                return false;
            }
    return applyChange(tr("Set Shortcut of %1").arg(QString::fromStdString(code->label)), *code,
                       after);
}

bool SchemeEditor::move(int delta)
{
    const auto code = selectedCode();
    if (!code)
        return false;
    std::vector<model::Code> siblings;
    for (const auto& other : m_document->annotations().codes(code->schemeId))
        if (other.parentId == code->parentId)
            siblings.push_back(other);
    const auto at = std::find_if(siblings.begin(), siblings.end(),
                                 [&](const auto& c) { return c.id == code->id; });
    const auto index = int(at - siblings.begin());
    const int target = index + delta;
    if (target < 0 || target >= int(siblings.size()))
        return false;
    // Renumber the siblings in their new order: sort orders may repeat in imported schemes.
    std::swap(siblings[std::size_t(index)], siblings[std::size_t(target)]);
    AnnotationEdit edit;
    for (std::size_t i = 0; i < siblings.size(); ++i)
        if (siblings[i].sortOrder != int(i)) {
            auto renumbered = siblings[i];
            renumbered.sortOrder = int(i);
            edit.change(siblings[i], renumbered);
        }
    const QString error = m_document->annotations().apply(
        tr("Move Code %1").arg(QString::fromStdString(code->label)), std::move(edit));
    if (!error.isEmpty())
        Q_EMIT message(error);
    select(code->id);
    return error.isEmpty();
}

bool SchemeEditor::setRetired(bool retired)
{
    const auto code = selectedCode();
    if (!code)
        return false;
    auto after = *code;
    after.retired = retired;
    return applyChange((retired ? tr("Retire Code %1") : tr("Restore Code %1"))
                           .arg(QString::fromStdString(code->label)),
                       *code, after);
}

bool SchemeEditor::mergeInto(model::CodeId into)
{
    const auto code = selectedCode();
    if (!code || !m_document || into == code->id)
        return false;
    auto& annotations = m_document->annotations();
    const auto* target = annotations.code(into);
    if (!target || target->schemeId != code->schemeId ||
        annotations.codePath(into).startsWith(annotations.codePath(code->id) + QLatin1Char('/'))) {
        Q_EMIT message(tr("A code merges into another code of its scheme, outside its own "
                          "sub-codes."));
        return false;
    }
    const QString error = annotations.apply(
        tr("Merge %1 into %2")
            .arg(QString::fromStdString(code->label), QString::fromStdString(target->label)),
        annotations.mergeOfCode(code->id, into));
    if (!error.isEmpty())
        Q_EMIT message(error);
    select(into);
    return error.isEmpty();
}

bool SchemeEditor::removeUnused()
{
    const auto code = selectedCode();
    if (!code || !m_document)
        return false;
    auto& annotations = m_document->annotations();
    bool used = false;
    for (const auto& child : annotations.codes(code->schemeId))
        used = used || child.parentId == code->id;
    for (const auto& film : m_document->films()) {
        for (const auto& a : annotations.annotations(film.id))
            used = used || a.codeId == code->id;
        for (const auto& r : annotations.regions(film.id))
            used = used || r.codeId == code->id;
    }
    if (used) {
        Q_EMIT message(tr("“%1” is in use or has sub-codes: retire it, or merge it into "
                          "another code.")
                           .arg(QString::fromStdString(code->label)));
        return false;
    }
    const QString error =
        annotations.apply(tr("Delete Code %1").arg(QString::fromStdString(code->label)),
                          AnnotationEdit().remove(*code));
    if (!error.isEmpty())
        Q_EMIT message(error);
    return error.isEmpty();
}

void SchemeEditor::mergeInteractively()
{
    const auto code = selectedCode();
    if (!code)
        return;
    auto& annotations = m_document->annotations();
    QStringList choices;
    std::vector<model::CodeId> ids;
    const QString own = annotations.codePath(code->id);
    for (const auto& other : annotations.codes(code->schemeId)) {
        const QString path = annotations.codePath(other.id);
        if (other.id == code->id || path.startsWith(own + QLatin1Char('/')))
            continue;
        choices.append(path);
        ids.push_back(other.id);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Merge Code"), tr("Merge “%1” into:").arg(own), choices, 0, false, &ok);
    if (ok && choices.contains(chosen))
        mergeInto(ids[std::size_t(choices.indexOf(chosen))]);
}

void SchemeEditor::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Coding Scheme"), QString(),
                                                      tr("Coding schemes (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = m_document->annotations().importScheme(path);
    Q_EMIT message(error.isEmpty() ? tr("Imported %1.").arg(path) : error);
}

void SchemeEditor::exportInteractively()
{
    const auto id = scheme();
    if (!id)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Coding Scheme"), m_schemes->currentText() + QStringLiteral(".json"),
        tr("Coding schemes (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = m_document->annotations().exportScheme(*id, path);
    Q_EMIT message(error.isEmpty() ? tr("Exported %1.").arg(path) : error);
}

} // namespace diptych::ui
