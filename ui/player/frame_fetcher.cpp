#include "player/frame_fetcher.h"

#include "player/bgr_image.h"

#include "common/error.h"
#include "controllers/thread_priority.h"
#include "log/log.h"
#include "media/video_decoder.h"

#include <QMetaObject>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace diptych::ui {

namespace {

/// A decode slower than this is logged (debug level): playback can hide one, not several.
constexpr double kSlowDecodeMs = 80;

struct Request
{
    qint64 frame = 0;
    int width = 0;
};

struct Decoded
{
    qint64 frame = 0;
    int width = 0;
    QImage image;
};

struct OpenCommand
{
    std::filesystem::path path;
    std::filesystem::path proxy;
};

} // namespace

struct FrameFetcher::State
{
    std::mutex mutex; // guards everything down to the decoders
    std::condition_variable wake;
    bool stopping = false;
    std::optional<OpenCommand> open;
    std::optional<std::filesystem::path> proxy;
    std::optional<Request> pending; // the latest request not yet served
    bool readAhead = false;
    std::deque<Decoded> ahead; // consecutive frames after the last one served
    std::optional<Decoded> lastServed;
    qint64 decodes = 0;    // frames decoded since construction
    qint64 nextAhead = -1; // the frame read-ahead decodes next; -1 none
    int aheadWidth = 0;
    qint64 frameCount = 0;

    // Decoding thread only.
    std::unique_ptr<media::VideoDecoder> original;
    std::unique_ptr<media::VideoDecoder> seekProxy;

    [[nodiscard]] bool wantsAhead() const
    {
        return readAhead && nextAhead >= 0 && nextAhead < frameCount &&
               ahead.size() < std::size_t(kMaxFramesAhead);
    }

    /// The image of `frame` at `width` when it is ready: the last one served again (a film
    /// at a lower frame rate than the clock asks for the same frame twice), or one decoded
    /// ahead. Drops queued frames before it (playback has passed them).
    std::optional<QImage> takeReady(qint64 frame, int width)
    {
        if (lastServed && lastServed->frame == frame && lastServed->width == width)
            return lastServed->image;
        while (!ahead.empty() && ahead.front().frame < frame)
            ahead.pop_front();
        if (ahead.empty() || ahead.front().frame != frame || ahead.front().width != width)
            return std::nullopt;
        lastServed = std::move(ahead.front());
        ahead.pop_front();
        return lastServed->image;
    }

    [[nodiscard]] bool hasWork() const
    {
        return stopping || open || proxy || pending || wantsAhead();
    }

    /// The decoder for a request `width` pixels wide: the proxy when it is at least as wide.
    media::VideoDecoder& decoderFor(int width)
    {
        if (seekProxy && width > 0 && width <= seekProxy->outputSize().width)
            return *seekProxy;
        return *original;
    }
};

FrameFetcher::FrameFetcher(QObject* parent)
    : QObject(parent)
    , m_state(std::make_unique<State>())
    , m_thread([this]() { run(); })
{}

FrameFetcher::~FrameFetcher()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stopping = true;
    }
    m_state->wake.notify_one();
    m_thread.join(); // the decoders close on their own thread as it ends
}

void FrameFetcher::open(const std::filesystem::path& path, const std::filesystem::path& proxy)
{
    m_proxyPath = proxy;
    {
        std::lock_guard lock(m_state->mutex);
        m_state->open = OpenCommand{path, proxy};
        m_state->proxy.reset();
        m_state->pending.reset();
        m_state->ahead.clear();
        m_state->lastServed.reset();
        m_state->nextAhead = -1;
    }
    m_state->wake.notify_one();
}

void FrameFetcher::setProxy(const std::filesystem::path& proxy)
{
    if (proxy == m_proxyPath)
        return; // attached already: reopening it would only cost a file scan
    m_proxyPath = proxy;
    {
        std::lock_guard lock(m_state->mutex);
        if (m_state->open)
            m_state->open->proxy = proxy;
        else
            m_state->proxy = proxy;
    }
    m_state->wake.notify_one();
}

void FrameFetcher::request(qint64 frame, int width)
{
    std::optional<QImage> ready;
    {
        std::lock_guard lock(m_state->mutex);
        ready = m_state->takeReady(frame, width);
        if (ready)
            m_state->pending.reset(); // an older request still waiting is superseded
        else
            m_state->pending = Request{frame, width};
    }
    m_state->wake.notify_one(); // to decode the request, or to refill the read-ahead queue
    if (ready)
        post(frame, std::move(*ready));
}

void FrameFetcher::post(qint64 frame, QImage image)
{
    QMetaObject::invokeMethod(
        this, [this, frame, image = std::move(image)]() { Q_EMIT frameReady(frame, image); },
        Qt::QueuedConnection);
}

void FrameFetcher::setReadAhead(bool on)
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->readAhead = on;
        if (!on)
            m_state->ahead.clear();
    }
    m_state->wake.notify_one();
}

int FrameFetcher::framesAhead() const
{
    std::lock_guard lock(m_state->mutex);
    return int(m_state->ahead.size());
}

qint64 FrameFetcher::framesDecoded() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->decodes;
}

void FrameFetcher::reportFailure(const QString& message)
{
    QMetaObject::invokeMethod(
        this, [this, message]() { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

namespace {

/// Opens `proxy` beside `original`, or returns null (with a log line) when it cannot serve
/// for it: a proxy that opens but holds a different number of frames would show wrong frames.
std::unique_ptr<media::VideoDecoder> openProxy(const std::filesystem::path& proxy,
                                               const media::VideoDecoder& original)
{
    if (proxy.empty())
        return nullptr;
    try {
        media::DecoderOptions options;
        options.cacheBytes = std::size_t(128) << 20;
        auto decoder = std::make_unique<media::VideoDecoder>(proxy, nullptr, options);
        if (decoder->frameCount() == original.frameCount())
            return decoder;
        log::get("ui")->warn("seek proxy {} holds {} frames, the film {}; not used", proxy.string(),
                             decoder->frameCount(), original.frameCount());
    } catch (const Error& e) {
        log::get("ui")->warn("seek proxy not used: {}", e.what());
    }
    return nullptr;
}

} // namespace

void FrameFetcher::run()
{
    // Below the UI thread, so a busy decoder never delays a timer tick or a paint; the decoder
    // threads FFmpeg starts from here inherit it.
    setCurrentThreadNice(kPlaybackDecodingNice);
    auto& s = *m_state;
    std::unique_lock lock(s.mutex);
    for (;;) {
        s.wake.wait(lock, [&]() { return s.hasWork(); });
        if (s.stopping)
            break;

        if (s.open || s.proxy) {
            const auto open = std::exchange(s.open, std::nullopt);
            const auto proxy = std::exchange(s.proxy, std::nullopt);
            lock.unlock();
            if (open) {
                s.seekProxy.reset();
                s.original.reset();
                try {
                    if (!open->path.empty())
                        s.original = std::make_unique<media::VideoDecoder>(open->path);
                } catch (const Error& e) {
                    reportFailure(QString::fromStdString(e.what()));
                }
            }
            if (s.original)
                s.seekProxy = openProxy(open ? open->proxy : *proxy, *s.original);
            lock.lock();
            s.frameCount = s.original ? s.original->frameCount() : 0;
            s.ahead.clear();
            s.lastServed.reset();
            s.nextAhead = -1;
            continue;
        }

        Request request;
        bool fromQueue = false;
        if (s.pending) {
            request = *std::exchange(s.pending, std::nullopt);
            if (s.frameCount == 0)
                continue;
            request.frame = std::clamp<qint64>(request.frame, 0, s.frameCount - 1);
            // Decoded ahead while this request waited for the previous decode to finish.
            if (auto image = s.takeReady(request.frame, request.width)) {
                post(request.frame, std::move(*image));
                continue;
            }
            s.ahead.clear();
            s.nextAhead = request.frame + 1;
            s.aheadWidth = request.width;
        } else {
            request = Request{s.nextAhead, s.aheadWidth};
            fromQueue = true;
        }

        lock.unlock();
        std::optional<QImage> image;
        const auto decodeStart = std::chrono::steady_clock::now();
        try {
            image = imageFromBgr(s.decoderFor(request.width).frame(request.frame, request.width));
        } catch (const Error& e) {
            reportFailure(QString::fromStdString(e.what()));
        }
        const std::chrono::duration<double, std::milli> took =
            std::chrono::steady_clock::now() - decodeStart;
        if (took.count() > kSlowDecodeMs)
            log::get("ui")->debug("frame {} ({}) took {:.0f} ms", request.frame,
                                  fromQueue ? "read ahead" : "requested", took.count());
        lock.lock();
        ++s.decodes;

        if (!image) {
            s.nextAhead = -1; // a damaged stretch: no read-ahead into it, requests still served
            continue;
        }
        if (!fromQueue) {
            s.lastServed = Decoded{request.frame, request.width, *image};
            post(request.frame, std::move(*image));
        } else if (s.readAhead && s.nextAhead == request.frame && s.aheadWidth == request.width) {
            // Still wanted: no seek, resize or reopen happened while it decoded.
            s.ahead.push_back(Decoded{request.frame, request.width, std::move(*image)});
            s.nextAhead = request.frame + 1;
        }
    }
    lock.unlock();
    s.seekProxy.reset();
    s.original.reset();
}

} // namespace diptych::ui
