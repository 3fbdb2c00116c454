#include "player/frame_fetcher.h"

#include "player/bgr_image.h"

#include "common/error.h"
#include "media/video_decoder.h"

#include <QMetaObject>

#include <algorithm>

namespace diptych::ui {

struct FrameFetcher::Impl
{
    std::mutex mutex;                             // guards pending
    std::optional<Request> pending;               // the latest request not yet served
    std::unique_ptr<media::VideoDecoder> decoder; // decoding thread only
};

FrameFetcher::FrameFetcher(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_impl(std::make_shared<Impl>())
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("frame fetcher"));
    m_thread.start();
}

FrameFetcher::~FrameFetcher()
{
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->pending.reset();
    }
    // The decoder is closed on its own thread, then the thread stops.
    QMetaObject::invokeMethod(
        m_worker, [impl = m_impl]() { impl->decoder.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FrameFetcher::open(const std::filesystem::path& path)
{
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->pending.reset();
    }
    QMetaObject::invokeMethod(m_worker, [this, impl = m_impl, path]() {
        impl->decoder.reset();
        if (path.empty())
            return;
        try {
            impl->decoder = std::make_unique<media::VideoDecoder>(path);
        } catch (const Error& e) {
            const QString message = QString::fromStdString(e.what());
            QMetaObject::invokeMethod(this, [this, message]() { Q_EMIT failed(message); });
        }
    });
}

void FrameFetcher::request(qint64 frame, int width)
{
    bool wasIdle = false;
    {
        std::lock_guard lock(m_impl->mutex);
        wasIdle = !m_impl->pending.has_value();
        m_impl->pending = Request{frame, width};
    }
    // One queued serve per burst of requests: it takes whatever is latest when it runs.
    if (wasIdle)
        QMetaObject::invokeMethod(m_worker, [this]() { serve(); });
}

void FrameFetcher::serve()
{
    Request request;
    {
        std::lock_guard lock(m_impl->mutex);
        if (!m_impl->pending)
            return;
        request = *m_impl->pending;
        m_impl->pending.reset();
    }
    if (!m_impl->decoder)
        return;
    try {
        const auto& decoder = *m_impl->decoder;
        const qint64 frame = std::clamp<qint64>(request.frame, 0, decoder.frameCount() - 1);
        const cv::Mat bgr = m_impl->decoder->frame(frame, request.width);
        QMetaObject::invokeMethod(
            this, [this, frame, image = imageFromBgr(bgr)]() { Q_EMIT frameReady(frame, image); });
    } catch (const Error& e) {
        const QString message = QString::fromStdString(e.what());
        QMetaObject::invokeMethod(this, [this, message]() { Q_EMIT failed(message); });
    }
}

} // namespace diptych::ui
