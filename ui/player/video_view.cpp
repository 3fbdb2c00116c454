#include "player/video_view.h"

#include <QPainter>

namespace diptych::ui {
namespace {

int captionHeight(const QWidget& widget)
{
    return widget.fontMetrics().height() + 8;
}

} // namespace

VideoView::VideoView(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(160, 120);
}

void VideoView::setImage(const QImage& image)
{
    m_image = image;
    m_placeholder.clear();
    update();
}

void VideoView::setTitle(const QString& title)
{
    m_title = title;
    update();
}

void VideoView::setPosition(const QString& position)
{
    m_position = position;
    update();
}

void VideoView::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    m_image = {};
    update();
}

QRect VideoView::pictureRect() const
{
    return rect().adjusted(0, 0, 0, -captionHeight(*this));
}

int VideoView::wantedFrameWidth() const
{
    return int(double(pictureRect().width()) * devicePixelRatioF());
}

QRect VideoView::pictureTarget() const
{
    const QRect area = pictureRect();
    if (m_image.isNull())
        return area;
    QSize size = m_image.size();
    size.scale(area.size(), Qt::KeepAspectRatio);
    return QRect(area.x() + (area.width() - size.width()) / 2,
                 area.y() + (area.height() - size.height()) / 2, size.width(), size.height());
}

void VideoView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    const QRect area = pictureRect();
    if (!m_image.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(pictureTarget(), m_image);
    } else if (!m_placeholder.isEmpty()) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(area.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
    }
    // The caption sits on its own bar, never over the picture a scholar is studying.
    const QRect caption(0, area.bottom() + 1, width(), captionHeight(*this));
    painter.fillRect(caption, QColor(32, 32, 32));
    painter.setPen(QColor(235, 235, 235));
    const QRect text = caption.adjusted(8, 0, -8, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_title, Qt::ElideRight, text.width() / 2));
    QFont mono = font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    painter.setFont(mono);
    painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, m_position);
}

} // namespace diptych::ui
