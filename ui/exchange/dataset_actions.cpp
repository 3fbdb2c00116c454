#include "exchange/dataset_actions.h"

#include "controllers/dataset_controller.h"
#include "document/project_document.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace diptych::ui {

namespace {

const QString kLastFolderKey = QStringLiteral("exchange/lastFolder");

QString fileFilter(exchange::ExportFormat format)
{
    switch (format) {
    case exchange::ExportFormat::Json:
        return DatasetActions::tr("Diptych project JSON (*.json)");
    case exchange::ExportFormat::Eaf:
        return DatasetActions::tr("ELAN annotation document (*.eaf)");
    case exchange::ExportFormat::WebAnnotation:
        return DatasetActions::tr("W3C Web Annotation JSON-LD (*.jsonld)");
    case exchange::ExportFormat::Otio:
        return DatasetActions::tr("OpenTimelineIO (*.otio)");
    case exchange::ExportFormat::Edl:
        return DatasetActions::tr("CMX 3600 edit decision list (*.edl)");
    case exchange::ExportFormat::Csv:
    case exchange::ExportFormat::Bundle:
        break;
    }
    return {};
}

} // namespace

DatasetActions::DatasetActions(JobRunner& jobs, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_controller(new DatasetController(jobs, this))
    , m_exportMenu(new QMenu(tr("E&xport"), window))
    , m_importAction(new QAction(tr("&Import Annotations…"), this))
{
    for (const auto format : exchange::exportFormats())
        m_exportMenu->addAction(DatasetController::formatTitle(format), this,
                                [this, format]() { exportInteractively(format); });
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_importAction->setStatusTip(
        tr("Import an ELAN .eaf, a W3C Web Annotation or a Diptych project JSON file"));
    connect(m_importAction, &QAction::triggered, this, &DatasetActions::importInteractively);

    connect(m_controller, &DatasetController::exported, this,
            [this](const QString& out, int files, const QStringList& warnings) {
                Q_EMIT message(tr("Exported %n file(s) to %1.", nullptr, files)
                                   .arg(QDir::toNativeSeparators(out)));
                if (!warnings.isEmpty())
                    QMessageBox::warning(m_window, tr("Export"),
                                         tr("The export is complete except for:") +
                                             QStringLiteral("\n\n• ") +
                                             warnings.join(QStringLiteral("\n• ")));
            });
    connect(m_controller, &DatasetController::imported, this,
            [this](const QString& file, const QString& summary) {
                if (m_document)
                    m_document->reloadAfterImport();
                Q_EMIT message(tr("Imported %1 — %2").arg(QFileInfo(file).fileName(), summary));
            });
    updateActions();
}

void DatasetActions::setDocument(ProjectDocument* document)
{
    m_document = document;
    updateActions();
}

void DatasetActions::updateActions()
{
    const bool open = m_document != nullptr;
    m_exportMenu->setEnabled(open);
    m_importAction->setEnabled(open);
}

void DatasetActions::exportTo(exchange::ExportFormat format, const QString& out)
{
    if (!m_document)
        return;
    m_controller->exportDataset(QString::fromStdString(m_document->path().string()), format, out);
}

void DatasetActions::importFile(const QString& file, std::optional<model::FilmId> film)
{
    if (!m_document)
        return;
    m_controller->importFile(QString::fromStdString(m_document->path().string()), file, film);
}

void DatasetActions::exportInteractively(exchange::ExportFormat format)
{
    if (!m_document)
        return;
    QSettings settings;
    const QString folder =
        settings
            .value(kLastFolderKey,
                   QFileInfo(QString::fromStdString(m_document->path().string())).absolutePath())
            .toString();
    const QString stem =
        QFileInfo(QString::fromStdString(m_document->path().string())).completeBaseName();
    QString out;
    if (exchange::writesFolder(format)) {
        // A folder format writes into a new folder named after the project, inside the one
        // chosen, so it never mixes its files with the user's.
        const QString parent =
            QFileDialog::getExistingDirectory(m_window, tr("Export into folder"), folder);
        if (parent.isEmpty())
            return;
        const QString suffix = format == exchange::ExportFormat::Bundle ? QStringLiteral("-dataset")
                                                                        : QStringLiteral("-csv");
        out = QDir(parent).filePath(stem + suffix);
        settings.setValue(kLastFolderKey, parent);
    } else {
        const QString extension =
            QString::fromLatin1(exchange::fileExtension(format).data(),
                                static_cast<qsizetype>(exchange::fileExtension(format).size()));
        out = QFileDialog::getSaveFileName(
            m_window, tr("Export"), QDir(folder).filePath(stem + QLatin1Char('.') + extension),
            fileFilter(format));
        if (out.isEmpty())
            return;
        settings.setValue(kLastFolderKey, QFileInfo(out).absolutePath());
    }
    exportTo(format, out);
}

bool DatasetActions::chooseFilm(std::optional<model::FilmId>& film)
{
    film.reset();
    const auto& films = m_document->films();
    if (films.size() < 2)
        return true;
    QStringList items{tr("The film the file names (match its media)")};
    for (const auto& f : films)
        items << (f.title.empty() ? QString::fromStdString(f.path.filename().string())
                                  : QString::fromStdString(f.title));
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        m_window, tr("Import Annotations"), tr("Attach the annotations to:"), items, 0, false, &ok);
    if (!ok)
        return false;
    const auto index = items.indexOf(choice);
    if (index > 0)
        film = films[static_cast<std::size_t>(index - 1)].id;
    return true;
}

void DatasetActions::importInteractively()
{
    if (!m_document)
        return;
    QSettings settings;
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Import Annotations"),
        settings.value(kLastFolderKey, QDir::homePath()).toString(),
        tr("Annotations (*.eaf *.json *.jsonld);;ELAN (*.eaf);;Diptych project JSON (*.json);;"
           "W3C Web Annotation (*.jsonld *.json);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(file).absolutePath());
    std::optional<model::FilmId> film;
    if (!file.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) && !chooseFilm(film))
        return;
    importFile(file, film);
}

} // namespace diptych::ui
