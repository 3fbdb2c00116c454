#pragma once

#include "exchange/exchange.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace diptych::ui {

class DatasetController;
class JobRunner;
class ProjectDocument;

/// File ▸ Export (one entry per dataset format) and File ▸ Import Annotations…: asks where,
/// runs the work as a background job (DatasetController) and reports the outcome; after an
/// import the open document re-reads what it added.
class DatasetActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetActions)

public:
    /// `window` parents the dialogs.
    DatasetActions(JobRunner& jobs, QWidget* window);

    /// The open project; nullptr disables the actions. Not owned.
    void setDocument(ProjectDocument* document);

    [[nodiscard]] QMenu* exportMenu() const { return m_exportMenu; }
    [[nodiscard]] QAction* importAction() const { return m_importAction; }
    [[nodiscard]] DatasetController* controller() const { return m_controller; }

    /// Without dialogs, for drag and drop and tests: imports `file` into the open project.
    void importFile(const QString& file, std::optional<model::FilmId> film = std::nullopt);
    /// Without dialogs: exports the open project to `out`.
    void exportTo(exchange::ExportFormat format, const QString& out);

Q_SIGNALS:
    /// One line for the status bar.
    void message(const QString& text);

private:
    void exportInteractively(exchange::ExportFormat format);
    void importInteractively();
    /// Asks which film the annotations belong to when the project has several; nullopt for
    /// "match the media named in the file". Returns false when the user cancelled.
    bool chooseFilm(std::optional<model::FilmId>& film);
    void updateActions();

    QWidget* m_window;
    DatasetController* m_controller;
    QPointer<ProjectDocument> m_document;
    QMenu* m_exportMenu;
    QAction* m_importAction;
};

} // namespace diptych::ui
