#pragma once

#include <QString>

class QChartView;

namespace diptych::ui {

/// Writes what `view` shows to `path`, by suffix: ".png" as a bitmap at twice the view's
/// size (device pixel ratio 2, sharp in print and on high-DPI screens), ".svg" as vector
/// graphics at the view's size. The file is replaced atomically. Returns an empty string on
/// success, else a one-line, translated reason.
[[nodiscard]] QString exportChartView(QChartView& view, const QString& path);

} // namespace diptych::ui
