#include "controllers/job_runner.h"

#include "common/error.h"
#include "controllers/thread_priority.h"
#include "log/log.h"

#include <QMetaObject>
#include <QPointer>

#include <algorithm>
#include <atomic>
#include <chrono>

namespace diptych::ui {

JobRunner::JobRunner(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("diptych-jobs"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    // Background work yields the CPU to the UI thread: on Linux the nice value is per thread
    // and inherited by the threads a job starts (the analysis workers), so playback and
    // editing stay smooth while a film is analysed on every core.
    QMetaObject::invokeMethod(m_worker, []() { setCurrentThreadNice(kBackgroundJobNice); });
}

JobRunner::~JobRunner()
{
    cancelAll();
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void JobRunner::start(const QString& title, Job job)
{
    ++m_pending;
    const std::uint64_t generation = m_generation.load();
    QMetaObject::invokeMethod(
        m_worker,
        [this, title, job = std::move(job), generation]() {
            // Runs on the worker thread; `this` outlives it (the destructor joins the thread).
            if (generation != m_generation.load() || m_thread.isInterruptionRequested()) {
                QMetaObject::invokeMethod(
                    this, [this]() { jobEnded(); }, Qt::QueuedConnection);
                return;
            }
            auto token = std::make_shared<CancellationToken>();
            {
                std::lock_guard lock(m_tokenMutex);
                m_currentToken = token;
            }
            runOnWorker(title, job, token);
            std::lock_guard lock(m_tokenMutex);
            m_currentToken.reset();
        },
        Qt::QueuedConnection);
}

void JobRunner::runOnWorker(const QString& title, const Job& job,
                            const std::shared_ptr<CancellationToken>& token)
{
    QMetaObject::invokeMethod(
        this, [this, title]() { Q_EMIT jobStarted(title); }, Qt::QueuedConnection);
    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = -1000;
    const ProgressSink progress = [&](long long done, long long total) {
        if (total <= 0 || clock.elapsed() - lastReport < 100)
            return;
        lastReport = clock.elapsed();
        const double fraction = std::clamp(double(done) / double(total), 0.0, 1.0);
        // A linear ETA from the rate so far: what users of every media tool expect to see.
        const double eta =
            fraction > 0.02 ? double(clock.elapsed()) / 1000.0 * (1.0 - fraction) / fraction : -1.0;
        QMetaObject::invokeMethod(
            this, [this, title, fraction, eta]() { Q_EMIT progressChanged(title, fraction, eta); },
            Qt::QueuedConnection);
    };
    QString failure;
    bool cancelled = false;
    try {
        job(*token, progress);
        cancelled = token->isCancelled();
    } catch (const Cancelled&) {
        cancelled = true;
    } catch (const std::exception& e) {
        failure = QString::fromStdString(e.what());
        log::get("ui")->warn("{} failed: {}", title.toStdString(), e.what());
    }
    QMetaObject::invokeMethod(
        this,
        [this, title, failure, cancelled]() {
            if (cancelled)
                Q_EMIT jobCancelled(title);
            else if (!failure.isEmpty())
                Q_EMIT jobFailed(title, failure);
            else
                Q_EMIT jobFinished(title);
            jobEnded();
        },
        Qt::QueuedConnection);
}

void JobRunner::jobEnded()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

void JobRunner::cancelAll()
{
    ++m_generation;
    std::lock_guard lock(m_tokenMutex);
    if (m_currentToken)
        m_currentToken->cancel();
}

} // namespace diptych::ui
