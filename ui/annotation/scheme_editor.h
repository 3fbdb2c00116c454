#pragma once

#include "model/coding_scheme.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace diptych::ui {

class ProjectDocument;

/// Edits the project's coding schemes: add codes and sub-codes, rename, recolour, set a
/// shortcut, reorder among siblings, merge one code into another, retire (kept for existing
/// annotations, no longer offered) or restore, delete unused codes; import and export schemes
/// as JSON. Every code edit is one undo step, written at once, and keeps the annotations:
/// renaming and recolouring change what they show, merging recodes them.
class SchemeEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemeEditor)

public:
    SchemeEditor(ProjectDocument& document, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    /// Chooses the scheme shown.
    void showScheme(model::SchemeId id);
    /// The code of the selected row.
    [[nodiscard]] std::optional<model::Code> selectedCode() const;

    // The edits the buttons make, on the selected code (for tests: no dialogs).
    bool addCode(const QString& label, bool asChild);
    bool rename(const QString& label);
    bool setColor(const QString& color);
    bool setShortcut(const QString& portableText);
    bool move(int delta);
    bool setRetired(bool retired);
    bool mergeInto(model::CodeId into);
    bool removeUnused();

Q_SIGNALS:
    void message(const QString& text);

private:
    void refresh();
    void refreshButtons();
    bool applyChange(const QString& text, const model::Code& before, const model::Code& after);
    [[nodiscard]] std::optional<model::SchemeId> scheme() const;
    void select(model::CodeId id);
    void importInteractively();
    void exportInteractively();
    void mergeInteractively();

    QPointer<ProjectDocument> m_document;
    QComboBox* m_schemes;
    QTreeWidget* m_tree;
    QPushButton* m_add;
    QPushButton* m_addChild;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_color;
    QPushButton* m_merge;
    QPushButton* m_retire;
    QPushButton* m_remove;
};

} // namespace diptych::ui
