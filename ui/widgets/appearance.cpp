#include "widgets/appearance.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace diptych::ui {
namespace {

const QString kThemeKey = QStringLiteral("ui/theme");

struct SystemAppearance
{
    QString style;
    QPalette palette;
};

/// The style and palette Qt chose from the desktop, captured before Diptych changes them.
const SystemAppearance& systemAppearance()
{
    static const SystemAppearance system{QApplication::style()->name(), QApplication::palette()};
    return system;
}

/// `pixmap`'s shape (its alpha) filled with `color`.
QPixmap tinted(const QPixmap& pixmap, const QColor& color)
{
    QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), color);
    painter.end();
    QPixmap result = QPixmap::fromImage(image);
    result.setDevicePixelRatio(pixmap.devicePixelRatio());
    return result;
}

} // namespace

QIcon themedStandardIcon(const QWidget& widget, QStyle::StandardPixmap icon)
{
    const QIcon standard = widget.style()->standardIcon(icon, nullptr, &widget);
    const QPalette& palette = widget.palette();
    const bool dark = palette.color(QPalette::ButtonText).lightness() >
                      palette.color(QPalette::Button).lightness();
    if (!dark)
        return standard;
    QList<QSize> sizes = standard.availableSizes();
    if (sizes.isEmpty())
        sizes = {QSize(16, 16), QSize(32, 32)};
    QIcon themed;
    for (const QSize& size : sizes) {
        const QPixmap pixmap = standard.pixmap(size);
        themed.addPixmap(tinted(pixmap, palette.color(QPalette::Active, QPalette::ButtonText)),
                         QIcon::Normal);
        themed.addPixmap(tinted(pixmap, palette.color(QPalette::Disabled, QPalette::ButtonText)),
                         QIcon::Disabled);
    }
    return themed;
}

Theme storedTheme()
{
    const QString value = QSettings().value(kThemeKey).toString();
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void storeTheme(Theme theme)
{
    const QString value = theme == Theme::Light  ? QStringLiteral("light")
                          : theme == Theme::Dark ? QStringLiteral("dark")
                                                 : QString();
    QSettings().setValue(kThemeKey, value);
}

QPalette darkPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x26, 0x26, 0x26);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2a, 0x82, 0xda);
    // Built from the window colour so that the bevel roles (Light .. Shadow) are consistent,
    // then every role Diptych's own painting reads is set explicitly.
    QPalette palette(window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x60, 0x60));
    palette.setColor(QPalette::Mid, QColor(0x5c, 0x5c, 0x5c)); // grid and separator lines
    palette.setColor(QPalette::Link, QColor(0x5a, 0xa8, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf0));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

void applyTheme(Theme theme)
{
    const SystemAppearance& system = systemAppearance();
    if (theme == Theme::System) {
        if (QStyle* style = QStyleFactory::create(system.style))
            QApplication::setStyle(style); // the application takes ownership
        QApplication::setPalette(system.palette);
        return;
    }
    // Fusion draws every control from the palette, so one palette themes the whole window.
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    if (!fusion)
        return; // Fusion is built into Qt; without it the system look stays
    const QPalette palette = theme == Theme::Dark ? darkPalette() : fusion->standardPalette();
    QApplication::setStyle(fusion);
    QApplication::setPalette(palette);
}

} // namespace diptych::ui
