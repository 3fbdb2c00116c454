#pragma once

#include <QImage>
#include <QObject>
#include <QString>

#include <filesystem>
#include <memory>
#include <thread>

namespace diptych::ui {

/// Decodes the frames a viewer asks for on a thread of its own, so neither seeking nor
/// playback ever decodes on the UI thread. Frame-exact: frame n is the n-th frame in
/// presentation order (core VideoDecoder). Signals arrive on the UI thread.
///
/// - Requests are coalesced: while a frame decodes, newer requests replace older ones and
///   only the latest is served (a fast scrub shows the frame under the mouse, not a backlog).
/// - During forward playback (setReadAhead(true)) the thread decodes the next frames ahead of
///   their due time into a short queue, so a due frame is served at once instead of being
///   decoded late; that is what keeps two films playing together without dropped frames. A
///   request for a frame already in that queue is answered on the caller's thread, so a slow
///   decode in progress (a keyframe, a busy core) never holds back a frame that is ready.
/// - With a seek proxy (core/media/seek_proxy.h: the same frames, re-encoded with a keyframe
///   every few frames) frames up to the proxy's width come from the proxy, so a click far
///   into a long-GOP film shows its exact frame in milliseconds. Wider requests, and every
///   request while there is no proxy, read the original.
class FrameFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameFetcher)

public:
    /// Frames decoded ahead during playback: a second at 24 fps absorbs a long GOP's keyframe
    /// or a busy moment of the other film's decoder (single decodes of 150+ ms happen when two
    /// films share two cores) at little memory cost (a viewer-sized frame is 1 to 2 MB).
    static constexpr int kMaxFramesAhead = 24;

    explicit FrameFetcher(QObject* parent = nullptr);
    ~FrameFetcher() override;

    /// Opens `path` for the next requests; empty path closes. `proxy`, when not empty, is the
    /// film's seek proxy (used only if it opens and holds exactly as many frames).
    void open(const std::filesystem::path& path, const std::filesystem::path& proxy = {});
    /// Attaches the seek proxy of the open film once it has been built; the proxy attached
    /// already is not reopened.
    void setProxy(const std::filesystem::path& proxy);
    /// Asks for 0-based frame `frame` scaled to `width` pixels (0 = native size).
    void request(qint64 frame, int width);
    /// On during forward playback at any speed: decode the frames after the last request
    /// ahead of time. Off when paused (nothing is decoded that nobody asked for).
    void setReadAhead(bool on);
    /// Frames decoded ahead and not yet asked for (for tests and benchmarks).
    [[nodiscard]] int framesAhead() const;
    /// Frames decoded since construction, served or not (for tests and benchmarks).
    [[nodiscard]] qint64 framesDecoded() const;

Q_SIGNALS:
    void frameReady(qint64 frame, const QImage& image);
    /// One line, e.g. the file cannot be read.
    void failed(const QString& message);

private:
    void run();
    void reportFailure(const QString& message);
    /// Emits frameReady(frame, image) on the object's (UI) thread, from any thread.
    void post(qint64 frame, QImage image);

    struct State;
    std::filesystem::path m_proxyPath; // the proxy last opened or attached (UI thread)
    std::unique_ptr<State> m_state;
    std::thread m_thread; // started last, joined first
};

} // namespace diptych::ui
