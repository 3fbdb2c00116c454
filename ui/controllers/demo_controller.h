#pragma once

#include <QObject>
#include <QString>

namespace diptych::ui {

class JobRunner;

/// Prepares the built-in demo project (two films Diptych renders itself, the second a
/// teal–orange, re-framed "remake" of the first, both analysed) on the job runner, so a new
/// user sees a working workbench without a file of their own. The first run renders and
/// analyses (about a minute, with progress and cancel); later runs find it up to date at once.
class DemoController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoController)

public:
    explicit DemoController(JobRunner& jobs, QObject* parent = nullptr);

    /// Queues the preparation; demoReady() follows when the project can be opened.
    void prepare();

Q_SIGNALS:
    /// `projectPath` is the demo project, complete and analysed.
    void demoReady(const QString& projectPath);

private:
    JobRunner& m_jobs;
};

} // namespace diptych::ui
