#include "widgets/widget_export.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace diptych::ui {
namespace {

constexpr qreal kPngPixelRatio = 2;

void renderWidget(QWidget& widget, QPainter& painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    widget.render(&painter, QPoint(), QRegion(widget.rect()), QWidget::DrawChildren);
}

QByteArray pngBytes(QWidget& widget, const QColor& background)
{
    QImage image(widget.size() * kPngPixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kPngPixelRatio);
    image.fill(background);
    {
        QPainter painter(&image);
        renderWidget(widget, painter);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray svgBytes(QWidget& widget, const QColor& background, const QString& title,
                    const QString& description)
{
    const QSize size = widget.size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setResolution(96); // the logical DPI widgets assume, so the SVG prints at screen size
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(description);
    {
        QPainter painter(&generator);
        painter.fillRect(QRect(QPoint(0, 0), size), background);
        renderWidget(widget, painter);
    }
    return bytes;
}

} // namespace

QString exportWidget(QWidget& widget, const QString& path, const QColor& background,
                     const QString& title, const QString& description)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("svg"))
        return QCoreApplication::translate("diptych::ui::WidgetExport",
                                           "Choose a file name ending in .png or .svg.");
    const QByteArray bytes = suffix == QStringLiteral("png")
                                 ? pngBytes(widget, background)
                                 : svgBytes(widget, background, title, description);
    if (bytes.isEmpty())
        return QCoreApplication::translate("diptych::ui::WidgetExport",
                                           "Could not draw the picture.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("diptych::ui::WidgetExport", "Could not write %1: %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace diptych::ui
