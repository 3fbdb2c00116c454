#include "annotation/coding_panel.h"

#include "annotation/annotation_document.h"
#include "annotation/note_field.h"
#include "annotation/shot_coder.h"
#include "annotation/tier_dialog.h"
#include "common/timecode.h"
#include "document/project_document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QShortcut>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace diptych::ui {
namespace {

constexpr int kCodeIdRole = Qt::UserRole;
constexpr int kAnnotationIndexRole = Qt::UserRole + 1;

QIcon swatch(const std::string& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    if (!color.empty()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(QString::fromStdString(color)));
        painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    }
    return QIcon(pixmap);
}

} // namespace

CodingPanel::CodingPanel(ShotCoder& coder, QWidget* parent)
    : QWidget(parent)
    , m_coder(coder)
    , m_side(new QComboBox(this))
    , m_coderCombo(new QComboBox(this))
    , m_tierCombo(new QComboBox(this))
    , m_addTier(new QToolButton(this))
    , m_codes(new QTreeWidget(this))
    , m_advance(new QCheckBox(tr("Code and &advance to the next shot"), this))
    , m_shotLabel(new QLabel(this))
    , m_shotCodes(new QListWidget(this))
    , m_removeCode(new QToolButton(this))
    , m_shotNote(new NoteField(this))
    , m_filmNote(new NoteField(this))
{
    m_shotNote->setPlaceholderText(tr("Note on this shot (Markdown)"));
    m_filmNote->setPlaceholderText(tr("Note on the film (Markdown)"));
    for (auto* note : {m_shotNote, m_filmNote})
        note->setMaximumHeight(52);
    // The code tree is what coding is done with: it keeps room for a dozen codes.
    m_codes->setMinimumHeight(180);
    m_side->addItem(tr("Film A"), 0);
    m_side->addItem(tr("Film B"), 1);
    m_coderCombo->setEditable(true);
    m_coderCombo->setInsertPolicy(QComboBox::NoInsert);
    m_coderCombo->setToolTip(tr("Who is coding: every annotation records its coder. Type a new "
                                "name to code as someone else."));
    m_addTier->setText(tr("New Tier…"));
    m_addTier->setToolTip(tr("Add a tier (a layer of annotations) to the coded film"));
    m_addTier->setPopupMode(QToolButton::MenuButtonPopup);
    auto* tierMenu = new QMenu(m_addTier);
    tierMenu->addAction(tr("Rename Tier…"), this, &CodingPanel::renameTierInteractively);
    tierMenu->addAction(tr("Remove Tier…"), this, &CodingPanel::removeTierInteractively);
    m_addTier->setMenu(tierMenu);
    m_codes->setColumnCount(2);
    m_codes->setHeaderLabels({tr("Code"), tr("Key")});
    m_codes->header()->setStretchLastSection(false);
    m_codes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_codes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_codes->setToolTip(tr("Double-click or press Enter to apply a code to the current shot (or "
                           "the marked range); again to take it away."));
    m_advance->setToolTip(tr("After a code is applied, move to the next shot"));
    m_shotCodes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_removeCode->setText(tr("Remove"));
    m_removeCode->setToolTip(tr("Remove the selected code from the shot (Delete)"));

    auto* form = new QFormLayout;
    form->addRow(tr("Film:"), m_side);
    form->addRow(tr("Coder:"), m_coderCombo);
    auto* tierRow = new QHBoxLayout;
    tierRow->addWidget(m_tierCombo, 1);
    tierRow->addWidget(m_addTier);
    form->addRow(tr("Tier:"), tierRow);
    auto* shotRow = new QHBoxLayout;
    shotRow->addWidget(m_shotLabel, 1);
    shotRow->addWidget(m_removeCode);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_codes, 3);
    layout->addWidget(m_advance);
    layout->addLayout(shotRow);
    layout->addWidget(m_shotCodes, 1);
    layout->addWidget(m_shotNote);
    layout->addWidget(m_filmNote);

    connect(m_side, &QComboBox::currentIndexChanged, this,
            [this]() { m_coder.setSide(m_side->currentData().toInt()); });
    connect(m_coderCombo->lineEdit(), &QLineEdit::editingFinished, this, [this]() {
        if (m_coder.document())
            m_coder.document()->annotations().setCurrentCoderName(m_coderCombo->currentText());
    });
    connect(m_coderCombo, &QComboBox::activated, this, [this]() {
        if (m_coder.document())
            m_coder.document()->annotations().setCurrentCoderName(m_coderCombo->currentText());
    });
    connect(m_tierCombo, &QComboBox::activated, this, [this]() {
        if (m_tierCombo->currentData().isValid())
            m_coder.setTier(m_tierCombo->currentData().toLongLong());
    });
    connect(m_addTier, &QToolButton::clicked, this, &CodingPanel::addTierInteractively);
    connect(m_codes, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { applyItem(item); });
    connect(m_codes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, kCodeIdRole).isValid())
            m_coder.setCurrentCode(item->data(0, kCodeIdRole).toLongLong());
    });
    connect(m_advance, &QCheckBox::toggled, this, [this](bool on) { m_coder.setAdvancing(on); });
    connect(m_removeCode, &QToolButton::clicked, this, &CodingPanel::removeSelectedShotCode);
    auto* remove = new QShortcut(QKeySequence::Delete, m_shotCodes);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &CodingPanel::removeSelectedShotCode);
    connect(m_shotCodes, &QListWidget::itemSelectionChanged, this,
            [this]() { m_removeCode->setEnabled(!m_shotCodes->selectedItems().isEmpty()); });
    connect(m_shotNote, &NoteField::committed, this,
            [this](const QString& text) { saveNote(true, text); });
    connect(m_filmNote, &NoteField::committed, this,
            [this](const QString& text) { saveNote(false, text); });
    connect(&m_coder, &ShotCoder::changed, this, &CodingPanel::refresh);
    refresh();
}

void CodingPanel::refresh()
{
    const bool open = m_coder.document() != nullptr;
    const bool hasFilm = m_coder.film().has_value();
    setEnabled(open);
    m_codes->setEnabled(hasFilm);
    m_addTier->setEnabled(hasFilm);
    refreshCoders();
    refreshTiers();
    refreshCodes();
    refreshShotCodes();
    refreshNotes();
}

void CodingPanel::renameTierInteractively()
{
    const auto tier = m_coder.tier();
    if (!tier)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Tier"), tr("Name:"), QLineEdit::Normal,
                              QString::fromStdString(tier->name), &ok);
    if (!ok)
        return;
    if (const QString error = m_coder.renameTier(name); !error.isEmpty())
        Q_EMIT m_coder.message(error);
}

void CodingPanel::removeTierInteractively()
{
    const auto tier = m_coder.tier();
    if (!tier)
        return;
    const auto question =
        tr("Remove the tier “%1” with its annotations? Edit ▸ Undo brings them back.")
            .arg(QString::fromStdString(tier->name));
    if (QMessageBox::question(this, tr("Remove Tier"), question) != QMessageBox::Yes)
        return;
    if (const QString error = m_coder.removeTier(); !error.isEmpty())
        Q_EMIT m_coder.message(error);
}

void CodingPanel::refreshNotes()
{
    // Leaving a shot or a film hands over what was typed about it first.
    const auto shot = m_coder.currentShot();
    const auto film = m_coder.film();
    const std::optional<long long> shotId =
        shot ? std::optional<long long>(shot->id) : std::nullopt;
    const std::optional<long long> filmId = film ? std::optional<long long>(*film) : std::nullopt;
    if (shotId != m_shotNoteOf)
        m_shotNote->commit();
    if (filmId != m_filmNoteOf)
        m_filmNote->commit();
    if (shotId != m_shotNoteOf || !m_shotNote->hasFocus()) {
        m_shotNoteOf = shotId;
        m_shotNote->setNote(
            shotId ? QString::fromStdString(m_coder.document()->annotations().shotNote(*shotId))
                   : QString());
    }
    if (filmId != m_filmNoteOf || !m_filmNote->hasFocus()) {
        m_filmNoteOf = filmId;
        m_filmNote->setNote(
            filmId ? QString::fromStdString(m_coder.document()->annotations().filmNote(*filmId))
                   : QString());
    }
    m_shotNote->setEnabled(shotId.has_value());
    m_filmNote->setEnabled(filmId.has_value());
}

void CodingPanel::saveNote(bool onShot, const QString& text)
{
    const auto id = onShot ? m_shotNoteOf : m_filmNoteOf;
    if (!id || !m_coder.document())
        return;
    auto& annotations = m_coder.document()->annotations();
    NoteChange change;
    change.subject = onShot ? NoteChange::Subject::Shot : NoteChange::Subject::Film;
    change.id = *id;
    change.before = onShot ? annotations.shotNote(*id) : annotations.filmNote(*id);
    change.after = text.toStdString();
    if (change.before == change.after)
        return;
    const QString error = annotations.apply(onShot ? tr("Edit Shot Note") : tr("Edit Film Note"),
                                            AnnotationEdit().changeNote(change));
    if (!error.isEmpty())
        Q_EMIT m_coder.message(error);
}

void CodingPanel::refreshCoders()
{
    const QSignalBlocker blocker(m_coderCombo);
    m_coderCombo->clear();
    if (!m_coder.document())
        return;
    auto& annotations = m_coder.document()->annotations();
    QStringList names;
    for (const auto& coder : annotations.coders())
        names.append(QString::fromStdString(coder.name));
    if (!names.contains(annotations.currentCoderName()))
        names.append(annotations.currentCoderName());
    m_coderCombo->addItems(names);
    m_coderCombo->setCurrentText(annotations.currentCoderName());
}

void CodingPanel::refreshTiers()
{
    const QSignalBlocker blocker(m_tierCombo);
    m_tierCombo->clear();
    const auto film = m_coder.film();
    if (!film) {
        m_tierCombo->addItem(tr("(no film on this side)"));
        return;
    }
    const auto& tiers = m_coder.document()->annotations().tiers(*film);
    if (tiers.empty())
        m_tierCombo->addItem(tr("Codes (made by the first code)"));
    for (const auto& tier : tiers)
        m_tierCombo->addItem(QString::fromStdString(tier.name), qlonglong(tier.id));
    if (const auto chosen = m_coder.tier())
        m_tierCombo->setCurrentIndex(m_tierCombo->findData(qlonglong(chosen->id)));
}

void CodingPanel::refreshCodes()
{
    const auto scheme = m_coder.film() ? m_coder.scheme() : std::nullopt;
    if (scheme == m_shownScheme && m_codes->topLevelItemCount() > 0)
        return; // keep the tree's expansion and selection while the codes are the same
    m_shownScheme = scheme;
    m_codes->clear();
    if (!scheme)
        return;
    std::map<model::CodeId, QTreeWidgetItem*> items;
    for (const auto& code : m_coder.document()->annotations().codes(*scheme)) {
        const auto parent = code.parentId ? items.find(*code.parentId) : items.end();
        auto* item = parent != items.end() ? new QTreeWidgetItem(parent->second)
                                           : new QTreeWidgetItem(m_codes);
        item->setText(0, QString::fromStdString(code.label));
        item->setText(1, QKeySequence::fromString(QString::fromStdString(code.shortcut),
                                                  QKeySequence::PortableText)
                             .toString(QKeySequence::NativeText));
        item->setIcon(0, swatch(code.color));
        item->setData(0, kCodeIdRole, qlonglong(code.id));
        QString tip = QString::fromStdString(code.description);
        if (code.retired) {
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            tip = tr("Retired: kept for existing annotations, not offered for new ones.");
        }
        item->setToolTip(0, tip);
        items.emplace(code.id, item);
    }
    m_codes->expandAll();
}

void CodingPanel::refreshShotCodes()
{
    m_shotCodes->clear();
    const auto shot = m_coder.currentShot();
    const auto index = m_coder.currentShotIndex();
    if (!shot || !index) {
        m_shotLabel->setText(m_coder.film() ? tr("No shot at the playhead")
                                            : tr("No film on this side"));
        m_removeCode->setEnabled(false);
        return;
    }
    const auto* film = [&]() -> const model::Film* {
        for (const auto& f : m_coder.document()->films())
            if (f.id == shot->filmId)
                return &f;
        return nullptr;
    }();
    const double fps = film && film->fps > 0 ? film->fps : 25.0;
    m_shotLabel->setText(tr("Shot %1 · %2")
                             .arg(*index + 1)
                             .arg(QString::fromStdString(formatTimecode(shot->startFrame, fps))));
    auto& annotations = m_coder.document()->annotations();
    const QString me = annotations.currentCoderName();
    std::map<model::CoderId, QString> coderNames;
    for (const auto& coder : annotations.coders())
        coderNames.emplace(coder.id, QString::fromStdString(coder.name));
    const auto shotAnnotations = m_coder.currentShotAnnotations();
    for (std::size_t i = 0; i < shotAnnotations.size(); ++i) {
        const auto& annotation = shotAnnotations[i];
        const model::Code* code =
            annotation.codeId ? annotations.code(*annotation.codeId) : nullptr;
        const QString what =
            code ? annotations.codePath(code->id) : QString::fromStdString(annotation.value);
        const QString who =
            coderNames.count(annotation.coderId) ? coderNames.at(annotation.coderId) : QString();
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(what, who), m_shotCodes);
        item->setIcon(swatch(code ? code->color : std::string()));
        item->setData(kAnnotationIndexRole, qlonglong(annotation.id));
        if (who == me) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_removeCode->setEnabled(!m_shotCodes->selectedItems().isEmpty());
}

void CodingPanel::applyItem(QTreeWidgetItem* item)
{
    if (item && item->data(0, kCodeIdRole).isValid())
        m_coder.toggleCode(item->data(0, kCodeIdRole).toLongLong());
}

void CodingPanel::removeSelectedShotCode()
{
    std::vector<model::Annotation> chosen;
    const auto annotations = m_coder.currentShotAnnotations();
    for (const auto* item : m_shotCodes->selectedItems())
        for (const auto& annotation : annotations)
            if (annotation.id == item->data(kAnnotationIndexRole).toLongLong())
                chosen.push_back(annotation);
    for (const auto& annotation : chosen)
        m_coder.removeAnnotation(annotation);
}

void CodingPanel::addTierInteractively()
{
    const auto film = m_coder.film();
    if (!film)
        return;
    auto& annotations = m_coder.document()->annotations();
    if (const auto tier = askForTier(this, annotations.schemes(), annotations.tiers(*film)))
        if (const QString error = m_coder.addTier(*tier); !error.isEmpty())
            Q_EMIT m_coder.message(error);
}

} // namespace diptych::ui
