#include "ui_test_support.h"

#include "controllers/job_runner.h"
#include "mainwindow.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

namespace diptych::test {

void waitForJobs(ui::MainWindow& window)
{
    if (window.jobs()->isBusy()) {
        QSignalSpy idle(window.jobs(), &ui::JobRunner::idle);
        REQUIRE(idle.wait(60000));
    }
    QTest::qWait(50);
}

void showProject(ui::MainWindow& window, const std::filesystem::path& path)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openProject(QString::fromStdString(path.string())).isEmpty());
    waitForJobs(window);
}

} // namespace diptych::test
