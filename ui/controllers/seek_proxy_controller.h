#pragma once

#include <QObject>
#include <QPointer>

#include <filesystem>
#include <set>

namespace diptych::ui {

class JobRunner;
class ProjectDocument;

/// Gives every long-GOP film of the open project a seek proxy (core/media/seek_proxy.h), so a
/// click anywhere on its timeline shows the exact frame at once. Editors call this proxy or
/// optimized media. Proxies are built on the job runner, after the jobs already queued (the
/// analysis comes first), with progress and cancel like any job; a proxy is kept in the
/// per-user cache and found again in later sessions, so each film is encoded once. Films
/// whose keyframes are close together need none and cost only a look at their frame index.
class SeekProxyController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeekProxyController)

public:
    explicit SeekProxyController(JobRunner& jobs, QObject* parent = nullptr);

    /// The project whose films get proxies; nullptr when none is open. Not owned.
    void setDocument(ProjectDocument* document);
    /// Queues a proxy job for every film present on disk that has not had one this session.
    void prepareProxies();

Q_SIGNALS:
    /// A film's proxy is ready to use (see DualPlayer::attachSeekProxies()).
    void proxyReady();

private:
    JobRunner& m_jobs;
    QPointer<ProjectDocument> m_document;
    std::set<std::filesystem::path> m_queued; // films queued this session (UI thread only)
};

} // namespace diptych::ui
