// The colour theme: stored in QSettings, applied to the whole application at once, and
// restorable to the system's look.
#include "charts/chart_style.h"
#include "timeline/timeline_tracks.h"
#include "widgets/appearance.h"
#include "widgets/preferences_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QSettings>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

#include <catch2/catch.hpp>

using namespace diptych::ui;

namespace {

/// WCAG-style contrast ratio of two colours (1 = none, 21 = black on white).
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

} // namespace

TEST_CASE("The dark theme darkens the whole application and System restores its look",
          "[ui][appearance]")
{
    QSettings().remove(QStringLiteral("ui/theme"));
    REQUIRE(storedTheme() == Theme::System);
    const QPalette system = QApplication::palette();
    const QString systemStyle = QApplication::style()->name();

    applyTheme(Theme::Dark);
    const QPalette dark = QApplication::palette();
    CHECK(dark.color(QPalette::Window).lightness() < 80);
    CHECK(QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0);
    // Text stays readable (WCAG AA: 4.5:1) on every surface Diptych paints text on.
    CHECK(contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 4.5);
    CHECK(contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window)) >= 4.5);
    CHECK(contrast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)) >= 3.0);
    CHECK(contrast(dark.color(QPalette::PlaceholderText), dark.color(QPalette::Base)) >= 3.0);
    // The charts and the timeline take their colours from it.
    CHECK(ChartStyle(dark).isDark());
    const TrackStyle tracks = TrackStyle::from(dark);
    CHECK(contrast(tracks.text, tracks.track) >= 4.5);
    CHECK(contrast(tracks.line, tracks.track) >= 1.5); // grid lines stay visible

    applyTheme(Theme::Light);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 180);
    CHECK_FALSE(ChartStyle(QApplication::palette()).isDark());

    applyTheme(Theme::System);
    CHECK(QApplication::style()->name() == systemStyle);
    CHECK(QApplication::palette().color(QPalette::Window) == system.color(QPalette::Window));
    CHECK(QApplication::palette().color(QPalette::Text) == system.color(QPalette::Text));
}

TEST_CASE("Standard icons are redrawn in the text colour on a dark palette", "[ui][appearance]")
{
    // The mean lightness of an icon's visible pixels.
    const auto inkLightness = [](const QIcon& icon) {
        const QImage image =
            icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
        double sum = 0;
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() > 128) {
                    sum += pixel.lightness();
                    ++count;
                }
            }
        return count > 0 ? sum / count : -1.0;
    };
    QToolButton button;
    applyTheme(Theme::Dark);
    button.setPalette(QApplication::palette());
    const double dark = inkLightness(themedStandardIcon(button, QStyle::SP_MediaPlay));
    applyTheme(Theme::Light);
    button.setPalette(QApplication::palette());
    const double light = inkLightness(themedStandardIcon(button, QStyle::SP_MediaPlay));
    applyTheme(Theme::System);
    REQUIRE(dark >= 0);
    REQUIRE(light >= 0);
    // Visible on dark buttons (light ink), and the style's own dark glyph on light ones.
    CHECK(dark > 180);
    CHECK(light < 128);
}

TEST_CASE("Preferences store the theme and apply it at once", "[ui][appearance]")
{
    // Opens Preferences, checks the theme it shows, picks `choice` and presses OK.
    const auto choose = [](Theme shown, Theme choice) {
        PreferencesDialog dialog;
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("themeCombo"));
        REQUIRE(combo);
        CHECK(Theme(combo->currentData().toInt()) == shown);
        combo->setCurrentIndex(combo->findData(int(choice)));
        dialog.accept();
    };
    QSettings().remove(QStringLiteral("ui/theme"));
    choose(Theme::System, Theme::Dark);
    CHECK(storedTheme() == Theme::Dark);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    // Reopened, the dialog shows the stored choice; back to System restores the look.
    choose(Theme::Dark, Theme::System);
    CHECK(storedTheme() == Theme::System);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 128);
    QSettings().remove(QStringLiteral("ui/theme"));
}
