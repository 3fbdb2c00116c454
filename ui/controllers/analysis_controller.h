#pragma once

#include "common/cancellation.h"
#include "model/film.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <set>

namespace diptych::store {
class ProjectStore;
}

namespace diptych::ui {

class JobRunner;
class ProjectDocument;

/// Keeps every film of the open project analysed: queues an analysis job (segmentation and
/// every metric, core/analysis/pipeline) for each film whose results are missing or
/// incomplete — when a project opens, when a film is added, and on request. Jobs run on the
/// JobRunner's worker thread with their own store connection; a cancelled or interrupted job
/// resumes after its last committed shot the next time it runs. Shots edited by hand are
/// measured again the same way.
class AnalysisController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisController)

public:
    AnalysisController(JobRunner& jobs, QObject* parent = nullptr);

    /// The project whose films are analysed; nullptr when none is open. Not owned.
    void setDocument(ProjectDocument* document);

    /// Queues analysis of every film that is not completely analysed, or whose shots an older
    /// Diptych measured (measured again in place), and is not queued yet.
    void analyseIncompleteFilms();
    /// Queues analysis of one film; `force` re-analyses complete, current results too.
    void analyseFilm(const model::Film& film, bool force = false);
    /// Queues measuring the shots of `film` that a hand edit left without values.
    void measureEditedShots(model::FilmId film);
    /// Queues analysis of a film whose settings just changed: after the job running for it,
    /// if there is one, since that job started with the old settings.
    void analyseAfterSettingsChange(model::FilmId film);

Q_SIGNALS:
    /// A film's analysis finished (`shots` in the project now).
    void filmAnalysed(const QString& title, int shots);

private:
    /// Work on one film, run on the job thread with its own store connection; call
    /// `refreshSoon` as often as convenient: it reloads the views at most every 2 s.
    using FilmWork = std::function<void(
        store::ProjectStore& store, const model::Film& film, const CancellationToken& cancel,
        const ProgressSink& progress, const std::function<void()>& refreshSoon)>;
    /// Queues `work` for `film` unless a job for that film is queued or running.
    void runFilmJob(model::FilmId film, const QString& title, FilmWork work);

    JobRunner& m_jobs;
    QPointer<ProjectDocument> m_document;
    std::set<model::FilmId> m_queued; // films with a job queued or running (UI thread only)
    /// Films edited again while their job ran: measured once more when it ends.
    std::set<model::FilmId> m_measureAgain;
    /// Films whose settings changed while their job ran: analysed again when it ends.
    std::set<model::FilmId> m_analyseAgain;
};

} // namespace diptych::ui
