#pragma once

#include <QColor>
#include <QString>

class QWidget;

namespace diptych::ui {

/// Writes what `widget` shows to `path`, by suffix: ".png" as a bitmap at twice the widget's
/// size (device pixel ratio 2, sharp in print and on high-DPI screens), ".svg" as vector
/// graphics at the widget's size (pictures inside stay bitmaps). `background` fills the image
/// first; `title` and `description` go into the SVG. The file is replaced atomically.
/// Returns an empty string on success, else a one-line, translated reason.
[[nodiscard]] QString exportWidget(QWidget& widget, const QString& path, const QColor& background,
                                   const QString& title, const QString& description);

} // namespace diptych::ui
