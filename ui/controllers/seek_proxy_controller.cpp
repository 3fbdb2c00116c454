#include "controllers/seek_proxy_controller.h"

#include "controllers/job_runner.h"
#include "document/project_document.h"

#include "media/probe.h"
#include "media/seek_proxy.h"

#include <QMetaObject>

namespace diptych::ui {

SeekProxyController::SeekProxyController(JobRunner& jobs, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
{}

void SeekProxyController::setDocument(ProjectDocument* document)
{
    m_document = document;
    m_queued.clear();
}

void SeekProxyController::prepareProxies()
{
    if (!m_document)
        return;
    for (const auto& film : m_document->films()) {
        if (ProjectDocument::isMissing(film) || !m_queued.insert(film.path).second)
            continue;
        m_jobs.start(tr("Seek proxy for %1").arg(QString::fromStdString(film.title)),
                     [this, path = film.path](const CancellationToken& cancel,
                                              const ProgressSink& progress) {
                         // The frame index comes from the cache the analysis filled.
                         media::ProbeOptions options;
                         options.cancel = &cancel;
                         const auto probed = media::probe(path, options);
                         if (media::ensureSeekProxy(path, *probed.index, {}, &cancel, progress))
                             QMetaObject::invokeMethod(
                                 this, [this]() { Q_EMIT proxyReady(); }, Qt::QueuedConnection);
                     });
    }
}

} // namespace diptych::ui
