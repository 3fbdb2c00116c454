#include "controllers/film_import_controller.h"

#include "common/error.h"
#include "controllers/job_runner.h"
#include "document/project_document.h"
#include "ingest/film_ingest.h"
#include "log/log.h"
#include "store/project_store.h"
#include "store/relink_missing_films.h"

#include <QFileInfo>
#include <QMetaObject>

namespace diptych::ui {

FilmImportController::FilmImportController(JobRunner& jobs, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
{}

void FilmImportController::setDocument(ProjectDocument* document)
{
    m_document = document;
}

void FilmImportController::addFilms(const QStringList& paths)
{
    if (!m_document)
        return;
    for (const QString& path : paths) {
        const std::filesystem::path file = path.toStdString();
        const QString name = QFileInfo(path).fileName();
        QPointer<ProjectDocument> document = m_document;
        m_jobs.start(
            tr("Adding %1").arg(name), [this, file, name, document](const CancellationToken& cancel,
                                                                    const ProgressSink& progress) {
                ingest::IngestedFilm ingested;
                try {
                    ingested = ingest::ingestFilm(file, &cancel, progress);
                } catch (const Cancelled&) {
                    throw;
                } catch (const Error& e) {
                    // Unusable media is an expected outcome of adding a film, reported as such.
                    const QString message = QString::fromStdString(e.what());
                    QMetaObject::invokeMethod(
                        this, [this, message]() { Q_EMIT importFailed(message); },
                        Qt::QueuedConnection);
                    return;
                }
                // Back on the UI thread: the document and its store belong there.
                QMetaObject::invokeMethod(
                    this,
                    [this, document, name, ingested = std::move(ingested)]() {
                        if (!document)
                            return; // the project was closed meanwhile
                        try {
                            const auto film = document->addFilm(ingested.film, ingested.frameIndex);
                            for (const auto& warning : ingested.warnings)
                                Q_EMIT importWarning(name + QStringLiteral(": ") +
                                                     QString::fromStdString(warning));
                            Q_EMIT filmAdded(QString::fromStdString(film.title));
                        } catch (const Error& e) {
                            Q_EMIT importFailed(QString::fromStdString(e.what()));
                        }
                    },
                    Qt::QueuedConnection);
            });
    }
}

void FilmImportController::relinkMissingFilms(const QString& folder)
{
    if (!m_document)
        return;
    const std::filesystem::path projectPath = m_document->path();
    const std::filesystem::path searchRoot = folder.toStdString();
    QPointer<ProjectDocument> document = m_document;
    m_jobs.start(tr("Looking for missing films in %1").arg(QFileInfo(folder).fileName()),
                 [this, projectPath, searchRoot, document](const CancellationToken& cancel,
                                                           const ProgressSink& progress) {
                     // A connection of its own: a store belongs to one thread, and WAL lets
                     // the UI keep reading meanwhile.
                     auto store = store::ProjectStore::open(projectPath);
                     const auto result =
                         store::relinkMissingFilms(store, searchRoot, &cancel, progress);
                     const int relinked = int(result.relinked.size());
                     const int missing = int(result.stillMissing.size());
                     QMetaObject::invokeMethod(
                         this,
                         [this, document, relinked, missing]() {
                             if (document)
                                 document->reloadFilms();
                             Q_EMIT relinkFinished(relinked, missing);
                         },
                         Qt::QueuedConnection);
                 });
}

} // namespace diptych::ui
