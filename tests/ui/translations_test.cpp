#include <QFile>
#include <QTranslator>

#include <catch2/catch.hpp>

// The .ts files are compiled into diptych_ui; a missing or empty translation fails here.
TEST_CASE("Simplified Chinese and Korean translations are built in and complete", "[ui][i18n]")
{
    for (const char* language : {"zh_CN", "ko"}) {
        CAPTURE(language);
        QTranslator translator;
        REQUIRE(translator.load(
            QStringLiteral(":/i18n/diptych_%1.qm").arg(QString::fromLatin1(language))));
        const QString file = translator.translate("diptych::ui::MainWindow", "&File");
        CHECK_FALSE(file.isEmpty());
        CHECK(file != QStringLiteral("&File"));
        CHECK_FALSE(translator.translate("diptych::ui::FilmListModel", "Missing").isEmpty());
        CHECK_FALSE(
            translator.translate("diptych::ui::ShotEditor", "&Split Shot at Playhead").isEmpty());
        CHECK_FALSE(translator.translate("diptych::ui::TimelinePanel", "Zoom In").isEmpty());

        // Every string of the sources is translated: lupdate marks new ones "unfinished".
        QFile ts(QStringLiteral(DIPTYCH_TRANSLATIONS_DIR "/diptych_%1.ts")
                     .arg(QString::fromLatin1(language)));
        REQUIRE(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        CHECK(text.count("<message") > 250);
        CHECK(text.count("type=\"unfinished\"") == 0);
        CHECK(text.count("<translation></translation>") == 0);
    }
}
