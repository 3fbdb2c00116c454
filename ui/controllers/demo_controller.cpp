#include "controllers/demo_controller.h"

#include "controllers/job_runner.h"
#include "demo/demo_project.h"

#include <QMetaObject>

namespace diptych::ui {

DemoController::DemoController(JobRunner& jobs, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
{}

void DemoController::prepare()
{
    m_jobs.start(tr("Preparing the demo project"),
                 [this](const CancellationToken& cancel, const ProgressSink& progress) {
                     const auto result =
                         demo::createDemoProject(demo::defaultDemoProjectPath(),
                                                 demo::defaultDemoDirectory(), &cancel, progress);
                     const QString path = QString::fromStdString(result.projectPath.string());
                     QMetaObject::invokeMethod(
                         this, [this, path]() { Q_EMIT demoReady(path); }, Qt::QueuedConnection);
                 });
}

} // namespace diptych::ui
