#pragma once

#include "model/ids.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace diptych::ui {

class AnnotationFilter;
class AnnotationListModel;
class NoteField;
class ProjectDocument;

/// The Annotations dock: every annotation of the project in a sortable table, searched by
/// text and filtered by film, tier, coder and code. A click seeks the players to the
/// annotation; Delete removes the selected ones; the note (Markdown) of the selected
/// annotation is edited below the table and saved when the editor loses focus or on
/// Ctrl+Return. Every change is one undo step, written at once.
class AnnotationListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListPanel)

public:
    explicit AnnotationListPanel(QWidget* parent = nullptr);

    /// The project listed; nullptr: none. Not owned.
    void setDocument(ProjectDocument* document);
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] AnnotationFilter* filter() const { return m_filter; }
    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    [[nodiscard]] NoteField* noteEditor() const { return m_note; }
    /// Removes the selected annotations (one undo step).
    void removeSelected();
    /// Writes the note editor's text to the selected annotation (one undo step) if it changed.
    void saveNote();

Q_SIGNALS:
    /// Show `frame` (0-based) of `film` in the player.
    void seekRequested(diptych::model::FilmId film, diptych::model::Frame frame);
    /// One line for the status bar.
    void message(const QString& text);

private:
    void refreshFilters();
    void applyFilters();
    void showCount();
    void showSelectedNote();
    [[nodiscard]] std::optional<model::AnnotationId> selectedId() const;

    QPointer<ProjectDocument> m_document;
    AnnotationListModel* m_model;
    AnnotationFilter* m_filter;
    QLineEdit* m_search;
    QComboBox* m_film;
    QComboBox* m_tier;
    QComboBox* m_coder;
    QComboBox* m_code;
    QTableView* m_table;
    QLabel* m_count;
    NoteField* m_note;
    std::optional<model::AnnotationId> m_noteOf; // the annotation m_note shows
};

} // namespace diptych::ui
