#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace diptych::ui {

class NoteField;
class ShotCoder;

/// The Coding dock: which film, coder and tier are coded; the scheme's codes as a tree with
/// their colours and shortcuts (double-click or Enter applies one); "code and advance"; and
/// the codes the current shot carries, every coder's, the current coder's in bold.
///
/// A view of its ShotCoder, which does the work; reads the ShotCoder's document only.
class CodingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingPanel)

public:
    explicit CodingPanel(ShotCoder& coder, QWidget* parent = nullptr);

    /// Asks for a new tier of the coded film and adds it.
    void addTierInteractively();
    /// Asks for the chosen tier's new name.
    void renameTierInteractively();
    /// Removes the chosen tier after confirmation (undoable).
    void removeTierInteractively();

    /// The tree of codes offered (for tests).
    [[nodiscard]] QTreeWidget* codeTree() const { return m_codes; }
    /// The current shot's codes (for tests).
    [[nodiscard]] QListWidget* shotCodes() const { return m_shotCodes; }
    /// The notes (Markdown) on the current shot and on the coded film.
    [[nodiscard]] NoteField* shotNote() const { return m_shotNote; }
    [[nodiscard]] NoteField* filmNote() const { return m_filmNote; }

private:
    void refresh();
    void refreshCoders();
    void refreshTiers();
    void refreshCodes();
    void refreshShotCodes();
    void applyItem(QTreeWidgetItem* item);
    void removeSelectedShotCode();
    void refreshNotes();
    void saveNote(bool onShot, const QString& text);

    ShotCoder& m_coder;
    QComboBox* m_side;
    QComboBox* m_coderCombo;
    QComboBox* m_tierCombo;
    QToolButton* m_addTier;
    QTreeWidget* m_codes;
    QCheckBox* m_advance;
    QLabel* m_shotLabel;
    QListWidget* m_shotCodes;
    QToolButton* m_removeCode;
    NoteField* m_shotNote;
    NoteField* m_filmNote;
    std::optional<long long> m_shotNoteOf;  // the shot m_shotNote shows
    std::optional<long long> m_filmNoteOf;  // the film m_filmNote shows
    std::optional<long long> m_shownScheme; // the scheme m_codes lists
};

} // namespace diptych::ui
