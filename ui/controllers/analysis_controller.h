#pragma once

#include "model/film.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <set>

namespace diptych::ui {

class JobRunner;
class ProjectDocument;

/// Keeps every film of the open project analysed: queues an analysis job (segmentation and
/// every metric, core/analysis/pipeline) for each film whose results are missing or
/// incomplete — when a project opens, when a film is added, and on request. Jobs run on the
/// JobRunner's worker thread with their own store connection; a cancelled or interrupted job
/// resumes after its last committed shot the next time it runs.
class AnalysisController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisController)

public:
    AnalysisController(JobRunner& jobs, QObject* parent = nullptr);

    /// The project whose films are analysed; nullptr when none is open. Not owned.
    void setDocument(ProjectDocument* document);

    /// Queues analysis of every film that is not completely analysed (and not queued yet).
    void analyseIncompleteFilms();
    /// Queues analysis of one film; `force` re-analyses complete, current results too.
    void analyseFilm(const model::Film& film, bool force = false);

Q_SIGNALS:
    /// A film's analysis finished (`shots` in the project now).
    void filmAnalysed(const QString& title, int shots);

private:
    JobRunner& m_jobs;
    QPointer<ProjectDocument> m_document;
    std::set<model::FilmId> m_queued; // films with a job queued or running (UI thread only)
};

} // namespace diptych::ui
