#pragma once

#include <QIcon>
#include <QPalette>
#include <QStyle>

class QWidget;

namespace diptych::ui {

/// The colour theme chosen in Preferences. System follows the desktop; Light and Dark use
/// Diptych's own palettes on the Fusion style, for desktops whose dark theme Qt 6.4 does not
/// pick up (it does not read GNOME's dark preference) and for the dark room of a screening.
enum class Theme
{
    System,
    Light,
    Dark,
};

/// The stored choice (QSettings "ui/theme": "" = system, "light" or "dark").
[[nodiscard]] Theme storedTheme();
void storeTheme(Theme theme);

/// Applies `theme` to the whole application at once; open widgets repaint. The first call
/// remembers the system's style and palette, so that System restores them later.
void applyTheme(Theme theme);

/// The style's standard icon `icon`, drawn in `widget`'s button-text colour when its palette
/// is dark: Fusion's media icons are dark grey whatever the palette, which vanishes on dark
/// buttons. On light palettes the style's own icon. Call again on a palette change.
[[nodiscard]] QIcon themedStandardIcon(const QWidget& widget, QStyle::StandardPixmap icon);

/// Diptych's dark palette: light text on dark grey, blue selection, readable disabled text.
[[nodiscard]] QPalette darkPalette();

} // namespace diptych::ui
