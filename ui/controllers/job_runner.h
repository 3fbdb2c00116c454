#pragma once

#include "common/cancellation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace diptych::ui {

/// Runs long work (probing, scanning, relinking, later analysis) one job at a time on a worker
/// thread it owns, so the UI thread never decodes or does bulk I/O.
///
/// A job is a function run on the worker thread with a cancellation token and a progress sink.
/// It hands results back by queueing calls to objects on the UI thread (QMetaObject::
/// invokeMethod with a context object). JobRunner's signals are emitted on the UI thread.
/// Progress is throttled to 10 updates a second and carries an ETA.
/// Destruction cancels the running job and joins the thread.
class JobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunner)

public:
    using Job = std::function<void(const CancellationToken& cancel, const ProgressSink& progress)>;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    /// Queues `job`; it runs after the jobs queued before it. `title` names it in the UI.
    void start(const QString& title, Job job);
    /// Cancels the running job and drops the queued ones.
    void cancelAll();
    [[nodiscard]] bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void jobStarted(const QString& title);
    /// `fraction` in [0, 1]; `etaSeconds` < 0 while unknown.
    void progressChanged(const QString& title, double fraction, double etaSeconds);
    void jobFinished(const QString& title);
    /// `message` is one line for the user.
    void jobFailed(const QString& title, const QString& message);
    void jobCancelled(const QString& title);
    /// No job is running or queued any more.
    void idle();

private:
    void runOnWorker(const QString& title, const Job& job,
                     const std::shared_ptr<CancellationToken>& token);
    void jobEnded();

    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread; deleted when the thread finishes
    std::mutex m_tokenMutex;     // guards m_currentToken, set on the worker, read by cancelAll()
    std::shared_ptr<CancellationToken> m_currentToken;
    std::atomic<std::uint64_t> m_generation{0}; // bumped by cancelAll(): older queued jobs skip
    int m_pending = 0;                          // UI thread only
};

} // namespace diptych::ui
