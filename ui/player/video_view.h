#pragma once

#include <QImage>
#include <QWidget>

namespace diptych::ui {

/// Shows one film's current frame, letterboxed on black with its aspect kept, with a caption
/// bar (film title, timecode, frame number) under the picture. Paints only; frames come from
/// a FrameFetcher through the player.
class VideoView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoView)

public:
    explicit VideoView(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    void setTitle(const QString& title);
    /// The right-hand part of the caption, e.g. "00:01:02:03 · 1491".
    void setPosition(const QString& position);
    /// Text shown instead of a picture (no film chosen, file missing).
    void setPlaceholder(const QString& text);
    [[nodiscard]] const QImage& image() const { return m_image; }
    /// Where the picture is drawn (letterboxed, aspect kept), in widget coordinates; the
    /// whole picture area when there is no image. Overlays map normalised points into it.
    [[nodiscard]] QRect pictureTarget() const;

    /// Pixel width a frame should be decoded at to fill the view sharply (device pixels).
    [[nodiscard]] int wantedFrameWidth() const;

    [[nodiscard]] QSize sizeHint() const override { return {640, 400}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] QRect pictureRect() const;

    QImage m_image;
    QString m_title;
    QString m_position;
    QString m_placeholder;
};

} // namespace diptych::ui
