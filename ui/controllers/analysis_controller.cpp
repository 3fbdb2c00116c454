#include "controllers/analysis_controller.h"

#include "analysis/pipeline/film_analyzer.h"
#include "controllers/job_runner.h"
#include "document/project_document.h"
#include "store/project_store.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <functional>

namespace diptych::ui {
namespace {

// The views refresh from the project while an analysis runs, at most this often: often
// enough to watch shots appear, rarely enough that reading them back costs nothing.
constexpr qint64 kRefreshIntervalMs = 2000;

} // namespace

AnalysisController::AnalysisController(JobRunner& jobs, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
{}

void AnalysisController::setDocument(ProjectDocument* document)
{
    m_document = document;
    m_queued.clear();
}

void AnalysisController::analyseIncompleteFilms()
{
    if (!m_document)
        return;
    for (const auto& film : m_document->films()) {
        const auto* results = m_document->resultsOf(film.id);
        if ((!results || !results->complete) && !ProjectDocument::isMissing(film))
            analyseFilm(film);
    }
}

void AnalysisController::analyseFilm(const model::Film& film, bool force)
{
    if (!m_document || m_queued.contains(film.id))
        return;
    m_queued.insert(film.id);
    const std::filesystem::path projectPath = m_document->path();
    const QString title = QString::fromStdString(film.title);
    QPointer<ProjectDocument> document = m_document;
    const model::FilmId filmId = film.id;
    auto refresh = [this, document]() {
        if (document)
            document->reloadResults();
    };
    m_jobs.start(tr("Analysing %1").arg(title), [this, projectPath, filmId, force, title,
                                                 refresh](const CancellationToken& cancel,
                                                          const ProgressSink& progress) {
        // However the job ends (done, cancelled, failed), the film leaves the queue so it
        // can run again, and the views show the shots committed so far.
        struct Unqueue
        {
            AnalysisController* self;
            model::FilmId id;
            std::function<void()> refresh;
            ~Unqueue()
            {
                QMetaObject::invokeMethod(
                    self,
                    [self = self, id = id, refresh = refresh]() {
                        self->m_queued.erase(id);
                        refresh();
                    },
                    Qt::QueuedConnection);
            }
        } unqueue{this, filmId, refresh};

        // A connection of its own: a store belongs to one thread, and WAL lets the UI
        // keep reading the shots committed so far.
        auto store = store::ProjectStore::open(projectPath);
        const auto stored = store.films().get(filmId);
        if (!stored)
            return; // removed from the project meanwhile
        analysis::FilmAnalysisOptions options;
        options.force = force;
        QElapsedTimer sinceRefresh;
        sinceRefresh.start();
        const auto report = analysis::analyzeFilm(
            store, *stored, options, &cancel, [&](const analysis::AnalysisProgress& p) {
                progress(p.framesDone, p.frameCount);
                if (sinceRefresh.elapsed() >= kRefreshIntervalMs) {
                    sinceRefresh.restart();
                    QMetaObject::invokeMethod(this, refresh, Qt::QueuedConnection);
                }
            });
        const int shots = report.shots;
        QMetaObject::invokeMethod(
            this, [this, title, shots]() { Q_EMIT filmAnalysed(title, shots); },
            Qt::QueuedConnection);
    });
}

} // namespace diptych::ui
