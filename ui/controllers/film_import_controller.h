#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace diptych::ui {

class JobRunner;
class ProjectDocument;

/// Brings media into a project off the UI thread: adding films (probe, exact frame count,
/// fingerprint) and relinking films whose files moved. Results are applied to the document on
/// the UI thread; failures come back as one-line messages.
class FilmImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilmImportController)

public:
    FilmImportController(JobRunner& jobs, QObject* parent = nullptr);

    /// The project films are added to; nullptr when none is open. Not owned.
    void setDocument(ProjectDocument* document);

    /// Queues one job per file. Files already in the project are reported, not added twice.
    void addFilms(const QStringList& paths);
    /// Searches `folder` (recursively) for the project's missing media by content.
    void relinkMissingFilms(const QString& folder);

Q_SIGNALS:
    void filmAdded(const QString& title);
    /// `message` is one line, e.g. "clip.mp4: not a media file FFmpeg can read".
    void importFailed(const QString& message);
    /// A media warning that did not prevent adding the film (e.g. truncated file).
    void importWarning(const QString& message);
    void relinkFinished(int relinked, int stillMissing);

private:
    JobRunner& m_jobs;
    QPointer<ProjectDocument> m_document;
};

} // namespace diptych::ui
