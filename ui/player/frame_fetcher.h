#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <QThread>

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>

namespace diptych::ui {

/// Decodes the frames a viewer asks for on a thread of its own, so neither seeking nor
/// playback ever decodes on the UI thread. Requests are coalesced: while a frame decodes,
/// newer requests replace older ones and only the latest is served (a fast scrub shows the
/// frame under the mouse, not a backlog). Frame-exact: frame n is the n-th frame in
/// presentation order (core VideoDecoder). Signals arrive on the UI thread.
class FrameFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameFetcher)

public:
    explicit FrameFetcher(QObject* parent = nullptr);
    ~FrameFetcher() override;

    /// Opens `path` for the next requests (on the decoding thread); empty path closes.
    void open(const std::filesystem::path& path);
    /// Asks for 0-based frame `frame` scaled to `width` pixels (0 = native size).
    void request(qint64 frame, int width);

Q_SIGNALS:
    void frameReady(qint64 frame, const QImage& image);
    /// One line, e.g. the file cannot be read.
    void failed(const QString& message);

private:
    struct Request
    {
        qint64 frame = 0;
        int width = 0;
    };
    void serve();

    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread, owns the decoder through Impl
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

} // namespace diptych::ui
