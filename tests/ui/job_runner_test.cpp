#include "controllers/job_runner.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using diptych::CancellationToken;
using diptych::ProgressSink;
using diptych::ui::JobRunner;

TEST_CASE("JobRunner runs jobs off the UI thread and reports progress with an ETA", "[ui][jobs]")
{
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSignalSpy progress(&runner, &JobRunner::progressChanged);
    QSignalSpy idle(&runner, &JobRunner::idle);
    std::thread::id jobThread;
    runner.start(QStringLiteral("count"),
                 [&jobThread](const CancellationToken&, const ProgressSink& report) {
                     jobThread = std::this_thread::get_id();
                     for (int i = 1; i <= 30; ++i) {
                         std::this_thread::sleep_for(std::chrono::milliseconds(15));
                         report(i, 30);
                     }
                 });
    REQUIRE(idle.wait(5000));
    CHECK(finished.count() == 1);
    CHECK(jobThread != std::this_thread::get_id());
    REQUIRE(progress.count() >= 2);
    const double lastEta = progress.last().at(2).toDouble();
    CHECK(lastEta >= 0.0);
    CHECK(lastEta < 1.0);
}

TEST_CASE("JobRunner cancels the running job and drops queued ones", "[ui][jobs]")
{
    JobRunner runner;
    QSignalSpy cancelled(&runner, &JobRunner::jobCancelled);
    QSignalSpy finished(&runner, &JobRunner::jobFinished);
    QSignalSpy started(&runner, &JobRunner::jobStarted);
    QSignalSpy idle(&runner, &JobRunner::idle);
    bool secondRan = false;
    runner.start(QStringLiteral("long"), [](const CancellationToken& cancel, const ProgressSink&) {
        for (int i = 0; i < 500; ++i) {
            cancel.throwIfCancelled();
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    runner.start(QStringLiteral("queued"),
                 [&secondRan](const CancellationToken&, const ProgressSink&) { secondRan = true; });
    REQUIRE(started.wait(2000));
    runner.cancelAll();
    REQUIRE(idle.wait(3000));
    CHECK(cancelled.count() == 1);
    CHECK(finished.count() == 0);
    CHECK_FALSE(secondRan);
}

TEST_CASE("JobRunner turns exceptions into one-line failures", "[ui][jobs]")
{
    JobRunner runner;
    QSignalSpy failed(&runner, &JobRunner::jobFailed);
    runner.start(QStringLiteral("broken"), [](const CancellationToken&, const ProgressSink&) {
        throw std::runtime_error("clip.mp4: not a media file");
    });
    REQUIRE(failed.wait(3000));
    CHECK(failed.first().at(1).toString() == QStringLiteral("clip.mp4: not a media file"));
}
