#pragma once

#include "model/ids.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <QThread>

#include <filesystem>
#include <memory>
#include <vector>

namespace diptych::ui {

/// Decodes shot keyframes for a timeline's shot strip on a thread of its own (the UI thread
/// never decodes). Each load() replaces the previous one: frames still queued are dropped
/// and thumbnails of an earlier load are never delivered after a newer load() call.
/// Signals arrive on the UI thread.
class ThumbnailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailLoader)

public:
    /// Thumbnail width in pixels: small enough to decode a film's keyframes in seconds.
    static constexpr int kWidth = 96;

    explicit ThumbnailLoader(QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    /// Decodes `frames` (0-based, presentation order) of the film at `path`, in the order
    /// given, kWidth pixels wide. An empty path only cancels.
    void load(const std::filesystem::path& path, std::vector<model::Frame> frames);
    void cancel();

Q_SIGNALS:
    void thumbnailReady(qint64 frame, const QImage& image);
    /// One line, e.g. the media file cannot be read.
    void failed(const QString& message);

private:
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread; deleted when it finishes
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

} // namespace diptych::ui
