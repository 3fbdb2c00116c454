#include "timeline/thumbnail_loader.h"

#include "player/bgr_image.h"

#include "common/error.h"
#include "media/video_decoder.h"

#include <QMetaObject>

#include <atomic>
#include <optional>

namespace diptych::ui {

struct ThumbnailLoader::Impl
{
    // Bumped by every load() and cancel(): a running load stops at its next frame when the
    // number is no longer its own, and results of older loads are dropped on arrival.
    std::atomic<quint64> generation{0};
    std::unique_ptr<media::VideoDecoder> decoder; // decoding thread only
    std::filesystem::path openPath;               // decoding thread only
};

ThumbnailLoader::ThumbnailLoader(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_impl(std::make_shared<Impl>())
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("thumbnail loader"));
    // Thumbnails are a nicety: never let them slow playback or analysis down.
    m_thread.start(QThread::LowPriority);
}

ThumbnailLoader::~ThumbnailLoader()
{
    ++m_impl->generation;
    m_thread.requestInterruption();
    // The decoder is closed on its own thread, then the thread stops.
    QMetaObject::invokeMethod(
        m_worker, [impl = m_impl]() { impl->decoder.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ThumbnailLoader::cancel()
{
    ++m_impl->generation;
}

void ThumbnailLoader::load(const std::filesystem::path& path, std::vector<model::Frame> frames)
{
    const quint64 generation = ++m_impl->generation;
    if (path.empty() || frames.empty())
        return;
    QMetaObject::invokeMethod(m_worker, [this, impl = m_impl, generation, path,
                                         frames = std::move(frames)]() {
        auto current = [&]() {
            return impl->generation == generation &&
                   !QThread::currentThread()->isInterruptionRequested();
        };
        if (!current())
            return;
        try {
            if (!impl->decoder || impl->openPath != path) {
                impl->decoder.reset();
                // Two threads: keyframe seeks are most of the work, and playback and
                // analysis need the cores more than thumbnails do.
                media::DecoderOptions options;
                options.threads = 2;
                options.cacheBytes = std::size_t(16) << 20;
                impl->decoder = std::make_unique<media::VideoDecoder>(path, nullptr, options);
                impl->openPath = path;
            }
            const auto count = impl->decoder->frameCount();
            for (const model::Frame frame : frames) {
                if (!current())
                    return;
                if (frame < 0 || frame >= count)
                    continue;
                QImage image = imageFromBgr(impl->decoder->frame(frame, kWidth));
                QMetaObject::invokeMethod(this,
                                          [this, generation, frame, image = std::move(image)]() {
                                              if (m_impl->generation == generation)
                                                  Q_EMIT thumbnailReady(frame, image);
                                          });
            }
        } catch (const Error& e) {
            impl->decoder.reset();
            impl->openPath.clear();
            const QString message = QString::fromStdString(e.what());
            QMetaObject::invokeMethod(this, [this, generation, message]() {
                if (m_impl->generation == generation)
                    Q_EMIT failed(message);
            });
        }
    });
}

} // namespace diptych::ui
