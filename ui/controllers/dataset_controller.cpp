#include "controllers/dataset_controller.h"

#include "controllers/job_runner.h"
#include "store/project_store.h"

#include <QFileInfo>
#include <QMetaObject>

namespace diptych::ui {

DatasetController::DatasetController(JobRunner& jobs, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
{}

QString DatasetController::formatTitle(exchange::ExportFormat format)
{
    switch (format) {
    case exchange::ExportFormat::Csv:
        return tr("Tidy &CSV Tables…");
    case exchange::ExportFormat::Json:
        return tr("Project &JSON…");
    case exchange::ExportFormat::Eaf:
        return tr("&ELAN EAF…");
    case exchange::ExportFormat::WebAnnotation:
        return tr("W3C &Web Annotation…");
    case exchange::ExportFormat::Otio:
        return tr("&OpenTimelineIO…");
    case exchange::ExportFormat::Edl:
        return tr("CMX 3600 E&DL…");
    case exchange::ExportFormat::Bundle:
        return tr("Dataset &Bundle…");
    }
    return {};
}

void DatasetController::exportDataset(const QString& project, exchange::ExportFormat format,
                                      const QString& out, std::optional<model::FilmId> film)
{
    const QString title = tr("Exporting %1").arg(QFileInfo(out).fileName());
    m_jobs.start(title, [this, project, format, out, film](const CancellationToken& cancel,
                                                           const ProgressSink& progress) {
        const auto store = store::ProjectStore::openReadOnly(project.toStdString());
        exchange::ExportOptions options;
        options.film = film;
        const auto result =
            exchange::exportProject(store, format, out.toStdString(), options, progress, &cancel);
        QStringList warnings;
        for (const auto& warning : result.warnings)
            warnings << QString::fromStdString(warning);
        const int files = static_cast<int>(result.files.size());
        QMetaObject::invokeMethod(
            this, [this, out, files, warnings]() { Q_EMIT exported(out, files, warnings); },
            Qt::QueuedConnection);
    });
}

void DatasetController::importFile(const QString& project, const QString& file,
                                   std::optional<model::FilmId> film)
{
    const QString title = tr("Importing %1").arg(QFileInfo(file).fileName());
    m_jobs.start(title, [this, project, file, film](const CancellationToken&, const ProgressSink&) {
        auto store = store::ProjectStore::open(project.toStdString());
        exchange::ImportOptions options;
        options.film = film;
        const auto summary = exchange::importFile(store, file.toStdString(), options);
        const QString line = QString::fromStdString(exchange::describe(summary));
        QMetaObject::invokeMethod(
            this, [this, file, line]() { Q_EMIT imported(file, line); }, Qt::QueuedConnection);
    });
}

} // namespace diptych::ui
