#pragma once

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class QUndoGroup;

namespace diptych::ui {

class AnalysisController;
class AnnotationWorkspace;
class ComparisonView;
class CorrespondenceEditor;
class CorrespondenceModel;
class DatasetActions;
class DemoController;
class SeekProxyController;
class DualPlayer;
class FilmImportController;
class ShotEditor;
class ShotTableModel;
class TimelinePanel;
class FilmListModel;
class JobRunner;
class ProjectDocument;

/// The application shell: menus, the film list, drag and drop, the status bar with background
/// jobs. Features live in the document, models, controllers and widgets it wires together.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) the project at `path`. Returns an empty string on success, else the
    /// one-line error, which is also shown in the status bar.
    QString openProject(const QString& path);
    void closeProject();
    /// Opens the built-in demo project, rendering and analysing it first on first use (a
    /// background job with progress); until then the window stays usable.
    void openDemoProject();

    [[nodiscard]] ProjectDocument* document() const { return m_document.get(); }
    [[nodiscard]] FilmImportController* filmImport() const { return m_filmImport; }
    [[nodiscard]] JobRunner* jobs() const { return m_jobs; }
    [[nodiscard]] AnalysisController* analysis() const { return m_analysis; }
    [[nodiscard]] DualPlayer* player() const { return m_player; }
    [[nodiscard]] DemoController* demo() const { return m_demo; }
    [[nodiscard]] ShotEditor* shotEditor() const { return m_shotEditor; }
    [[nodiscard]] CorrespondenceEditor* pairEditor() const { return m_pairEditor; }
    [[nodiscard]] AnnotationWorkspace* annotation() const { return m_annotation; }
    [[nodiscard]] DatasetActions* datasets() const { return m_datasets; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createDocks();
    void createPairsDock();
    void createTimelineAndChartDocks();
    /// The player shows other films: the views that follow films A and B follow.
    void followChosenFilms();
    void showShotsOf(int side);
    void updateRecentMenu();
    void updateTitleAndActions();
    void newProjectInteractively();
    void openProjectInteractively();
    void openProjectReportingErrors(const QString& path);
    void addFilmsInteractively();
    void removeSelectedFilm();
    void editSelectedFilmSettings();
    void relinkInteractively();
    void exportFramePairInteractively();
    void showAbout();
    void showMessage(const QString& message);

    std::unique_ptr<ProjectDocument> m_document;
    JobRunner* m_jobs;
    FilmImportController* m_filmImport;
    AnalysisController* m_analysis;
    DemoController* m_demo;
    SeekProxyController* m_proxies;
    DatasetActions* m_datasets;
    DualPlayer* m_player;
    ShotEditor* m_shotEditor;
    CorrespondenceEditor* m_pairEditor;
    AnnotationWorkspace* m_annotation;
    CorrespondenceModel* m_pairModel;
    TimelinePanel* m_timeline;
    ComparisonView* m_comparison;
    ShotTableModel* m_shotModel;
    QTableView* m_shotTable;
    FilmListModel* m_filmModel;
    QStackedWidget* m_pages;
    QTableView* m_filmTable;
    QLabel* m_emptyHint;
    QUndoGroup* m_undoGroup;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QComboBox* m_shotSide = nullptr; // which film the Shots dock lists
    QAction* m_addFilmsAction = nullptr;
    QAction* m_removeFilmAction = nullptr;
    QAction* m_filmSettingsAction = nullptr;
    QAction* m_relinkAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_exportPairAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

} // namespace diptych::ui
