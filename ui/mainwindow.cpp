#include "mainwindow.h"

#include "annotation/annotation_workspace.h"
#include "charts/comparison_view.h"
#include "common/error.h"
#include "controllers/analysis_controller.h"
#include "controllers/demo_controller.h"
#include "controllers/film_import_controller.h"
#include "controllers/job_runner.h"
#include "controllers/seek_proxy_controller.h"
#include "document/project_document.h"
#include "exchange/dataset_actions.h"
#include "models/correspondence_model.h"
#include "models/film_list_model.h"
#include "models/shot_table_model.h"
#include "player/dual_player.h"
#include "recent_projects.h"
#include "shots/correspondence_editor.h"
#include "shots/shot_editor.h"
#include "timeline/timeline_panel.h"
#include "widgets/analysis_settings_dialog.h"
#include "widgets/job_status_widget.h"
#include "widgets/preferences_dialog.h"
#include "widgets/shortcut_reference.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace diptych::ui {
namespace {

const QString kProjectSuffix = QStringLiteral("diptych");

// Film formats offered in the file dialog; anything FFmpeg reads can still be dropped.
QString mediaFileFilter()
{
    return MainWindow::tr("Video files (*.mp4 *.mov *.mkv *.webm *.avi *.mxf *.ts *.m2ts *.mpg "
                          "*.mpeg *.m4v *.wmv *.flv *.ogv *.y4m);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_jobs(new JobRunner(this))
    , m_filmImport(new FilmImportController(*m_jobs, this))
    , m_analysis(new AnalysisController(*m_jobs, this))
    , m_demo(new DemoController(*m_jobs, this))
    , m_proxies(new SeekProxyController(*m_jobs, this))
    , m_datasets(new DatasetActions(*m_jobs, this))
    , m_player(new DualPlayer(this))
    , m_shotEditor(new ShotEditor(*m_player, this))
    , m_pairEditor(new CorrespondenceEditor(*m_player, this))
    , m_annotation(new AnnotationWorkspace(*this, *m_player))
    , m_pairModel(new CorrespondenceModel(this))
    , m_timeline(new TimelinePanel(this))
    , m_comparison(new ComparisonView(this))
    , m_shotModel(new ShotTableModel(this))
    , m_shotTable(new QTableView(this))
    , m_filmModel(new FilmListModel(this))
    , m_pages(new QStackedWidget(this))
    , m_filmTable(new QTableView(this))
    , m_emptyHint(new QLabel(m_pages))
    , m_undoGroup(new QUndoGroup(this))
{
    setAcceptDrops(true);
    m_filmTable->setModel(m_filmModel);
    m_filmTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_filmTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_filmTable->setAlternatingRowColors(true);
    m_filmTable->verticalHeader()->hide();
    m_filmTable->horizontalHeader()->setStretchLastSection(true);
    m_filmTable->setSortingEnabled(false);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_filmTable->setObjectName(QStringLiteral("filmTable"));
    m_pages->addWidget(m_emptyHint);
    m_pages->addWidget(m_player);
    setCentralWidget(m_pages);

    statusBar()->addPermanentWidget(new JobStatusWidget(*m_jobs, this));
    createActions();
    createDocks();
    connect(m_analysis, &AnalysisController::filmAnalysed, this,
            [this](const QString& title, int shots) {
                showMessage(tr("Analysed “%1”: %n shot(s).", nullptr, shots).arg(title));
            });

    connect(m_shotEditor, &ShotEditor::message, this, &MainWindow::showMessage);
    connect(m_pairEditor, &CorrespondenceEditor::message, this, &MainWindow::showMessage);
    connect(m_annotation, &AnnotationWorkspace::message, this, &MainWindow::showMessage);
    connect(m_datasets, &DatasetActions::message, this, &MainWindow::showMessage);
    connect(m_demo, &DemoController::demoReady, this, &MainWindow::openProjectReportingErrors);
    connect(m_proxies, &SeekProxyController::proxyReady, m_player, &DualPlayer::attachSeekProxies);
    connect(m_filmImport, &FilmImportController::filmAdded, this,
            [this](const QString& title) { showMessage(tr("Added “%1”.").arg(title)); });
    connect(m_filmImport, &FilmImportController::importFailed, this,
            [this](const QString& m) { showMessage(tr("Could not add a film: %1").arg(m)); });
    connect(m_filmImport, &FilmImportController::importWarning, this, &MainWindow::showMessage);
    connect(m_filmImport, &FilmImportController::relinkFinished, this,
            [this](int relinked, int missing) {
                showMessage(tr("Relinked %n film(s).", nullptr, relinked) + QLatin1Char(' ') +
                            tr("%n still missing.", nullptr, missing));
            });
    connect(m_jobs, &JobRunner::jobFailed, this, [this](const QString& title, const QString& m) {
        showMessage(tr("%1 failed: %2").arg(title, m));
    });
    connect(m_jobs, &JobRunner::jobCancelled, this,
            [this](const QString& title) { showMessage(tr("%1: cancelled.").arg(title)); });
    connect(m_filmTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateTitleAndActions);

    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/state"))) {
        // First start: the player gets the room, the docks what they need to read well.
        resize(1500, 940);
        // Once laid out: sizes given before the first layout are overridden by it.
        QTimer::singleShot(0, this, [this]() {
            resizeDocks({findChild<QDockWidget*>(QStringLiteral("filmsDock"))}, {330},
                        Qt::Horizontal);
            resizeDocks({findChild<QDockWidget*>(QStringLiteral("timelineDock"))}, {390},
                        Qt::Vertical);
        });
    }
    updateTitleAndActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this,
                    &MainWindow::newProjectInteractively);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this,
                    &MainWindow::openProjectInteractively);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(tr("Open &Demo Project"), this, &MainWindow::openDemoProject);
    file->addSeparator();
    m_addFilmsAction = file->addAction(tr("&Add Films…"), QKeySequence(tr("Ctrl+I")), this,
                                       &MainWindow::addFilmsInteractively);
    m_removeFilmAction = file->addAction(tr("Re&move Film"), QKeySequence::Delete, this,
                                         &MainWindow::removeSelectedFilm);
    m_filmSettingsAction = file->addAction(tr("Film Analysis &Settings…"), this,
                                           &MainWindow::editSelectedFilmSettings);
    m_filmSettingsAction->setObjectName(QStringLiteral("filmSettingsAction"));
    m_relinkAction =
        file->addAction(tr("Re&link Missing Films…"), this, &MainWindow::relinkInteractively);
    file->addSeparator();
    m_exportPairAction =
        file->addAction(tr("&Export Frame Pair…"), QKeySequence(tr("Ctrl+Shift+E")), this,
                        &MainWindow::exportFramePairInteractively);
    file->addMenu(m_datasets->exportMenu());
    file->addAction(m_datasets->importAction());
    file->addSeparator();
    m_closeAction =
        file->addAction(tr("&Close Project"), QKeySequence::Close, this, &MainWindow::closeProject);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addActions(m_shotEditor->actions());
    edit->addSeparator();
    edit->addActions(m_pairEditor->actions());
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, [this]() {
        PreferencesDialog preferences(this);
        preferences.exec();
    });

    auto* playback = menuBar()->addMenu(tr("&Playback"));
    playback->addActions(m_player->playbackActions());
    menuBar()->addMenu(m_annotation->menu());
    m_viewMenu = menuBar()->addMenu(tr("&View"));

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(tr("Ctrl+/")), this, [this]() {
        ShortcutReference reference(*menuBar(), this);
        reference.exec();
    });
    help->addAction(tr("&About Diptych"), this, &MainWindow::showAbout);
}

void MainWindow::createDocks()
{
    setDockOptions(dockOptions() | QMainWindow::AllowTabbedDocks);
    auto* films = new QDockWidget(tr("Films"), this);
    films->setObjectName(QStringLiteral("filmsDock"));
    films->setWidget(m_filmTable);
    addDockWidget(Qt::LeftDockWidgetArea, films);

    // The shots of film A or B, sortable by any metric and filtered by any text.
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_shotModel);
    proxy->setSortRole(ShotTableModel::SortRole);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_shotTable->setObjectName(QStringLiteral("shotTable"));
    m_shotTable->setModel(proxy);
    m_shotTable->setSortingEnabled(true);
    m_shotTable->sortByColumn(ShotTableModel::ShotColumn, Qt::AscendingOrder);
    m_shotTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_shotTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_shotTable->setAlternatingRowColors(true);
    m_shotTable->verticalHeader()->hide();
    m_shotTable->horizontalHeader()->setDefaultSectionSize(84);
    // Fitting columns measures only the first rows: measuring every cell of every metric
    // column of a film with a thousand shots would stall the UI on each film switch.
    m_shotTable->horizontalHeader()->setResizeContentsPrecision(40);
    auto* filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter shots…"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_shotSide = new QComboBox(this);
    auto* which = m_shotSide;
    which->addItem(tr("Film A"));
    which->addItem(tr("Film B"));
    connect(which, &QComboBox::activated, this, [this](int side) { showShotsOf(side); });
    auto* shotsPanel = new QWidget(this);
    auto* row = new QHBoxLayout;
    row->addWidget(which);
    row->addWidget(filter, 1);
    auto* layout = new QVBoxLayout(shotsPanel);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(row);
    layout->addWidget(m_shotTable, 1);
    auto* shots = new QDockWidget(tr("Shots"), this);
    shots->setObjectName(QStringLiteral("shotsDock"));
    shots->setWidget(shotsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, shots);
    connect(m_shotTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, which](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const qint64 start = current.data(ShotTableModel::StartFrameRole).toLongLong();
                if (which->currentIndex() == 0)
                    m_player->seekA(start);
                else
                    m_player->seekB(start);
            });
    m_viewMenu->addAction(films->toggleViewAction());
    m_viewMenu->addAction(shots->toggleViewAction());
    createPairsDock();
    createTimelineAndChartDocks();
    connect(m_player, &DualPlayer::filmsChosen, this, &MainWindow::followChosenFilms);
}

void MainWindow::createTimelineAndChartDocks()
{
    auto* timeline = new QDockWidget(tr("Timeline"), this);
    timeline->setObjectName(QStringLiteral("timelineDock"));
    timeline->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, timeline);
    m_timeline->setCurveMetric(QStringLiteral("luma_mean")); // a curve every viewer reads
    connect(m_player, &DualPlayer::positionChanged, m_timeline, &TimelinePanel::setPositions);
    connect(m_timeline, &TimelinePanel::seekRequested, this, [this](int side, qint64 frame) {
        if (side == 0)
            m_player->seekA(frame);
        else
            m_player->seekB(frame);
    });

    auto* compare = new QDockWidget(tr("Compare"), this);
    compare->setObjectName(QStringLiteral("compareDock"));
    compare->setWidget(m_comparison);
    addDockWidget(Qt::BottomDockWidgetArea, compare);
    connect(m_comparison, &ComparisonView::message, this, &MainWindow::showMessage);
    connect(m_timeline, &TimelinePanel::message, this, &MainWindow::showMessage);

    // Timeline, shots and charts share the space under the player, the timeline in front.
    auto* shots = findChild<QDockWidget*>(QStringLiteral("shotsDock"));
    tabifyDockWidget(timeline, shots);
    tabifyDockWidget(shots, compare);
    QDockWidget* previous = compare;
    for (auto* dock : m_annotation->docks())
        if (dockWidgetArea(dock) == Qt::BottomDockWidgetArea) {
            tabifyDockWidget(previous, dock);
            previous = dock;
        }
    timeline->raise();
    auto* films = findChild<QDockWidget*>(QStringLiteral("filmsDock"));
    auto* pairs = findChild<QDockWidget*>(QStringLiteral("pairsDock"));
    tabifyDockWidget(films, pairs);
    films->raise();
    m_viewMenu->addAction(timeline->toggleViewAction());
    m_viewMenu->addAction(compare->toggleViewAction());
    for (auto* dock : m_annotation->docks())
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::followChosenFilms()
{
    const auto a = m_player->filmIdOf(0);
    const auto b = m_player->filmIdOf(1);
    m_pairModel->setFilms(m_document.get(), a, b);
    m_timeline->setFilms(a, b);
    m_comparison->setFilms(a, b);
    if (m_shotModel->film() != m_player->filmIdOf(m_shotSide->currentIndex()))
        showShotsOf(m_shotSide->currentIndex());
}

void MainWindow::createPairsDock()
{
    // The correspondence table shot-aligned sync plays by, edited by hand.
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("pairTable"));
    table->setModel(m_pairModel);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Two by two, so the dock stays narrow beside the player.
    auto* buttons = new QGridLayout;
    int slot = 0;
    for (QAction* action : m_pairEditor->actions()) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(button, slot / 2, slot % 2);
        ++slot;
    }
    auto* remove = new QToolButton(this);
    remove->setText(tr("Remove Pair"));
    remove->setToolTip(tr("Remove the selected pair."));
    remove->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    buttons->addWidget(remove, slot / 2, slot % 2);
    connect(remove, &QToolButton::clicked, this, [this, table]() {
        const QModelIndex current = table->currentIndex();
        if (current.isValid())
            m_pairEditor->unpair(
                current.data(CorrespondenceModel::CorrespondenceIdRole).toLongLong());
    });
    connect(table, &QTableView::activated, this, [this](const QModelIndex& index) {
        // Film A goes to its shot; B follows through the sync mode (shot-aligned: its pair).
        m_player->seekA(index.data(CorrespondenceModel::StartFrameARole).toLongLong());
    });
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(buttons);
    layout->addWidget(table, 1);
    auto* dock = new QDockWidget(tr("Shot Pairs"), this);
    dock->setObjectName(QStringLiteral("pairsDock"));
    dock->setWidget(panel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::showShotsOf(int side)
{
    m_shotModel->setFilm(m_document.get(), m_player->filmIdOf(side));
    m_shotEditor->setSide(side); // shot edits apply to the film whose shots are listed
    m_shotTable->resizeColumnsToContents();
}

QString MainWindow::openProject(const QString& path)
{
    std::unique_ptr<ProjectDocument> document;
    try {
        document = ProjectDocument::openOrCreate(path.toStdString());
    } catch (const Error& e) {
        const QString message = QString::fromStdString(e.what());
        showMessage(tr("Could not open the project: %1").arg(message));
        return message;
    }
    closeProject();
    m_document = std::move(document);
    m_filmModel->setDocument(m_document.get());
    m_filmImport->setDocument(m_document.get());
    m_analysis->setDocument(m_document.get());
    m_player->setDocument(m_document.get());
    m_shotEditor->setDocument(m_document.get());
    m_pairEditor->setDocument(m_document.get());
    m_annotation->setDocument(m_document.get());
    m_timeline->setDocument(m_document.get());
    m_comparison->setDocument(m_document.get());
    m_proxies->setDocument(m_document.get());
    m_datasets->setDocument(m_document.get());
    followChosenFilms();
    connect(m_document.get(), &ProjectDocument::errorOccurred, this, &MainWindow::showMessage);
    showShotsOf(0);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &ProjectDocument::filmsChanged, this, [this]() {
        updateTitleAndActions();
        m_filmTable->resizeColumnsToContents();
        m_analysis->analyseIncompleteFilms(); // a new film starts its analysis at once
        m_proxies->prepareProxies();
    });
    // Films whose analysis was interrupted (or never ran) resume in the background; seek
    // proxies queue after them.
    m_analysis->analyseIncompleteFilms();
    m_proxies->prepareProxies();
    m_filmTable->resizeColumnsToContents();
    RecentProjects::add(QFileInfo(path).absoluteFilePath());
    updateTitleAndActions();
    showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return {};
}

void MainWindow::openDemoProject()
{
    showMessage(tr("Preparing the demo project…"));
    m_demo->prepare();
}

void MainWindow::closeProject()
{
    if (!m_document)
        return;
    m_jobs->cancelAll();
    m_filmModel->setDocument(nullptr);
    m_filmImport->setDocument(nullptr);
    m_analysis->setDocument(nullptr);
    m_player->setDocument(nullptr);
    m_shotEditor->setDocument(nullptr);
    m_pairEditor->setDocument(nullptr);
    m_annotation->setDocument(nullptr);
    m_pairModel->setFilms(nullptr, std::nullopt, std::nullopt);
    m_timeline->setDocument(nullptr);
    m_comparison->setDocument(nullptr);
    m_proxies->setDocument(nullptr);
    m_datasets->setDocument(nullptr);
    m_shotModel->setFilm(nullptr, std::nullopt);
    m_document.reset();
    updateTitleAndActions();
}

void MainWindow::updateTitleAndActions()
{
    const bool open = m_document != nullptr;
    if (open) {
        setWindowFilePath(QString::fromStdString(m_document->path().string()));
        setWindowTitle(tr("%1 — Diptych").arg(m_document->displayName()));
    } else {
        setWindowFilePath({});
        setWindowTitle(tr("Diptych"));
    }
    m_addFilmsAction->setEnabled(open);
    m_relinkAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_exportPairAction->setEnabled(open && !m_document->films().empty());
    m_removeFilmAction->setEnabled(open && m_filmTable->selectionModel()->hasSelection());
    m_filmSettingsAction->setEnabled(open && m_filmTable->selectionModel()->hasSelection());
    const bool hasFilms = open && !m_document->films().empty();
    m_emptyHint->setText(open ? tr("This project has no films yet.\n\nDrop video files here or "
                                   "use File ▸ Add Films… to add them.")
                              : tr("No project is open.\n\nUse File ▸ New Project… or File ▸ "
                                   "Open Project…, or drop a .diptych file here."));
    m_pages->setCurrentWidget(hasFilms ? static_cast<QWidget*>(m_player) : m_emptyHint);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentProjects::list();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path]() { openProjectReportingErrors(path); });
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, []() { RecentProjects::clear(); });
}

void MainWindow::newProjectInteractively()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(),
                                                tr("Diptych projects (*.diptych)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix() != kProjectSuffix)
        path += QLatin1Char('.') + kProjectSuffix;
    if (QFileInfo::exists(path)) {
        // Never replace a project (or any file) by creating a new one over it: work would be
        // lost for one mistaken click.
        QMessageBox::warning(this, tr("New Project"),
                             tr("%1 already exists. Choose another name, or open it with File ▸ "
                                "Open Project….")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openProjectReportingErrors(path);
}

void MainWindow::openProjectInteractively()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(),
                                                      tr("Diptych projects (*.diptych)"));
    if (!path.isEmpty())
        openProjectReportingErrors(path);
}

void MainWindow::openProjectReportingErrors(const QString& path)
{
    const QString error = openProject(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Could not open the project"), error);
}

void MainWindow::addFilmsInteractively()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add Films"), QDir::homePath(), mediaFileFilter());
    if (!paths.isEmpty())
        m_filmImport->addFilms(paths);
}

void MainWindow::removeSelectedFilm()
{
    const QModelIndexList rows = m_filmTable->selectionModel()->selectedRows();
    if (!m_document || rows.isEmpty())
        return;
    const auto id = rows.front().data(FilmListModel::FilmIdRole).toLongLong();
    const QString title = rows.front().data().toString();
    const auto answer = QMessageBox::question(
        this, tr("Remove Film"),
        tr("Remove “%1” from the project, with its shots, metrics and annotations? The media "
           "file itself is not touched.")
            .arg(title));
    if (answer != QMessageBox::Yes)
        return;
    try {
        m_document->removeFilm(id);
    } catch (const Error& e) {
        showMessage(QString::fromStdString(e.what()));
    }
}

void MainWindow::editSelectedFilmSettings()
{
    const QModelIndexList rows = m_filmTable->selectionModel()->selectedRows();
    if (!m_document || rows.isEmpty())
        return;
    const auto id = rows.front().data(FilmListModel::FilmIdRole).toLongLong();
    try {
        const auto before = m_document->analysisSettings(id);
        AnalysisSettingsDialog dialog(rows.front().data().toString(), before, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const auto after = dialog.settings();
        if (after.toJson() == before.toJson())
            return;
        m_document->setAnalysisSettings(id, after);
        m_analysis->analyseAfterSettingsChange(id);
    } catch (const Error& e) {
        showMessage(QString::fromStdString(e.what()));
    }
}

void MainWindow::relinkInteractively()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder to search for missing films"), QDir::homePath());
    if (!folder.isEmpty())
        m_filmImport->relinkMissingFilms(folder);
}

void MainWindow::exportFramePairInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Frame Pair"),
        QDir::home().filePath(tr("frame-pair-%1.png").arg(m_player->frameA())),
        tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const QString error = m_player->exportFramePair(path);
    showMessage(error.isEmpty()
                    ? tr("Exported the frame pair to %1.").arg(QDir::toNativeSeparators(path))
                    : tr("Could not export the frame pair: %1").arg(error));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Diptych"),
                       tr("<h3>Diptych %1</h3><p>A workbench for film scholars who compare "
                          "films shot by shot: synchronized playback, per-shot colour, motion "
                          "and composition metrics, and semiotic annotation.</p>")
                           .arg(QStringLiteral(DIPTYCH_VERSION)));
}

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    closeProject();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList films;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (QFileInfo(path).suffix() == kProjectSuffix) {
            openProjectReportingErrors(path);
            return;
        }
        // Annotation files dropped on an open project are imported, as File ▸ Import does.
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (m_document && (suffix == QStringLiteral("eaf") || suffix == QStringLiteral("jsonld"))) {
            m_datasets->importFile(path);
            event->acceptProposedAction();
            continue;
        }
        films << path;
    }
    if (films.isEmpty())
        return;
    if (!m_document) {
        showMessage(tr("Open or create a project before adding films."));
        return;
    }
    m_filmImport->addFilms(films);
    event->acceptProposedAction();
}

} // namespace diptych::ui
