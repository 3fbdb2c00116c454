#include "controllers/analysis_controller.h"

#include "analysis/analysis_results.h"
#include "analysis/pipeline/film_analyzer.h"
#include "analysis/pipeline/shot_remeasure.h"
#include "controllers/job_runner.h"
#include "document/project_document.h"
#include "log/log.h"
#include "store/project_store.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace diptych::ui {
namespace {

// The views refresh from the project while an analysis runs, at most this often: often
// enough to watch shots appear, rarely enough that rebuilding them costs little. The results
// are read off the UI thread (ProjectDocument::requestResultsReload).
constexpr qint64 kRefreshIntervalMs = 2000;

// A shot without a single value was edited by hand and not measured yet.
bool hasUnmeasuredShot(const analysis::FilmResults& results)
{
    return std::any_of(results.shots.begin(), results.shots.end(), [](const auto& shot) {
        return std::all_of(shot.numbers.begin(), shot.numbers.end(),
                           [](double value) { return std::isnan(value); });
    });
}

} // namespace

AnalysisController::AnalysisController(JobRunner& jobs, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
{}

void AnalysisController::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_queued.clear();
    m_measureAgain.clear();
    m_analyseAgain.clear();
    if (m_document)
        connect(m_document, &ProjectDocument::shotsEdited, this,
                &AnalysisController::measureEditedShots);
}

void AnalysisController::analyseIncompleteFilms()
{
    if (!m_document)
        return;
    for (const auto& film : m_document->films()) {
        const auto* results = m_document->resultsOf(film.id);
        if (ProjectDocument::isMissing(film))
            continue;
        // Shots measured by an older Diptych are measured again, keeping the shots.
        if (!results || !results->complete || results->measurementsOutdated)
            analyseFilm(film);
        else if (hasUnmeasuredShot(*results))
            measureEditedShots(film.id); // a hand edit whose measuring was interrupted
    }
}

void AnalysisController::analyseFilm(const model::Film& film, bool force)
{
    const QString title = QString::fromStdString(film.title);
    runFilmJob(film.id, tr("Analysing %1").arg(title),
               [this, force, title](store::ProjectStore& store, const model::Film& stored,
                                    const CancellationToken& cancel, const ProgressSink& progress,
                                    const std::function<void()>& refreshSoon) {
                   analysis::FilmAnalysisOptions options;
                   options.force = force;
                   const auto report = analysis::analyzeFilm(
                       store, stored, options, &cancel, [&](const analysis::AnalysisProgress& p) {
                           progress(p.framesDone, p.frameCount);
                           refreshSoon();
                       });
                   const int shots = report.shots;
                   QMetaObject::invokeMethod(
                       this, [this, title, shots]() { Q_EMIT filmAnalysed(title, shots); },
                       Qt::QueuedConnection);
               });
}

void AnalysisController::measureEditedShots(model::FilmId film)
{
    if (!m_document)
        return;
    if (m_queued.contains(film)) {
        m_measureAgain.insert(film); // the running job may miss this edit
        return;
    }
    const model::Film* known = m_document->film(film);
    const QString title = known ? QString::fromStdString(known->title) : QString();
    runFilmJob(film, tr("Measuring edited shots of %1").arg(title),
               [](store::ProjectStore& store, const model::Film& stored,
                  const CancellationToken& cancel, const ProgressSink& progress,
                  const std::function<void()>&) {
                   analysis::measureUnmeasuredShots(store, stored, 0, &cancel, progress);
               });
}

void AnalysisController::analyseAfterSettingsChange(model::FilmId film)
{
    if (!m_document)
        return;
    if (m_queued.contains(film)) {
        m_analyseAgain.insert(film);
        return;
    }
    if (const model::Film* known = m_document->film(film))
        analyseFilm(*known);
}

void AnalysisController::runFilmJob(model::FilmId filmId, const QString& title, FilmWork work)
{
    if (!m_document || m_queued.contains(filmId))
        return;
    m_queued.insert(filmId);
    const std::filesystem::path projectPath = m_document->path();
    QPointer<ProjectDocument> document = m_document;
    const std::shared_ptr<ResultsClock> clock = m_document->resultsClock();
    auto refresh = [document]() {
        if (document)
            document->requestResultsReload();
    };
    m_jobs.start(title, [this, projectPath, filmId, document, clock, refresh,
                         work = std::move(work)](const CancellationToken& cancel,
                                                 const ProgressSink& progress) {
        // However the job ends (done, cancelled, failed), the film leaves the queue so it
        // can run again, and the views show what was committed so far: read here, on the
        // job's thread, so they are in place before JobRunner reports the job ended, and
        // handed to the UI thread only to be swapped in.
        struct Unqueue
        {
            AnalysisController* self;
            model::FilmId id;
            std::filesystem::path projectPath;
            QPointer<ProjectDocument> document;
            std::shared_ptr<ResultsClock> clock;
            const CancellationToken& cancel;
            ~Unqueue()
            {
                std::shared_ptr<analysis::AnalysisResults> results;
                std::uint64_t stamp = 0;
                if (!cancel.isCancelled()) { // cancelled: most likely the project is closing
                    try {
                        const auto store = store::ProjectStore::openReadOnly(projectPath);
                        stamp = clock->stamp();
                        results = std::make_shared<analysis::AnalysisResults>(
                            analysis::readAnalysisResults(store));
                    } catch (const std::exception& e) {
                        log::get("ui")->warn("{}: could not read the analysis results: {}",
                                             projectPath.string(), e.what());
                    }
                }
                QMetaObject::invokeMethod(
                    self,
                    [self = self, id = id, document = document, results, stamp]() {
                        self->m_queued.erase(id);
                        if (document) {
                            if (results)
                                document->adoptResults(std::move(*results), stamp);
                            else
                                document->requestResultsReload();
                        }
                        // A new analysis measures every shot: it covers a pending edit too.
                        const bool analyse = self->m_analyseAgain.erase(id) > 0;
                        const bool measure = self->m_measureAgain.erase(id) > 0;
                        if (analyse)
                            self->analyseAfterSettingsChange(id);
                        else if (measure)
                            self->measureEditedShots(id);
                    },
                    Qt::QueuedConnection);
            }
        } unqueue{this, filmId, projectPath, document, clock, cancel};

        // A connection of its own: a store belongs to one thread, and WAL lets the UI
        // keep reading what is committed meanwhile.
        auto store = store::ProjectStore::open(projectPath);
        const auto stored = store.films().get(filmId);
        if (!stored)
            return; // removed from the project meanwhile
        QElapsedTimer sinceRefresh;
        sinceRefresh.start();
        const std::function<void()> refreshSoon = [&]() {
            if (sinceRefresh.elapsed() >= kRefreshIntervalMs) {
                sinceRefresh.restart();
                QMetaObject::invokeMethod(this, refresh, Qt::QueuedConnection);
            }
        };
        work(store, *stored, cancel, progress, refreshSoon);
    });
}

} // namespace diptych::ui
