// diptych: composition root of the GUI. Sets up the application identity, logging, the
// translation for the user's language, and opens the project named on the command line (or the
// built-in demo project with --demo).
#include "log/log.h"
#include "mainwindow.h"
#include "media/input_file.h"
#include "widgets/appearance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

// The language: Preferences override ("ui/language", e.g. "zh_CN", "ko"), else the system's.
void installTranslations(QApplication& app)
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("diptych"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Diptych"));
    QApplication::setApplicationName(QStringLiteral("Diptych"));
    QApplication::setApplicationVersion(QStringLiteral(DIPTYCH_VERSION));
    installTranslations(app);
    if (const auto theme = diptych::ui::storedTheme(); theme != diptych::ui::Theme::System)
        diptych::ui::applyTheme(theme);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Compare films shot by shot."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QApplication::translate("main", "Log debug details."));
    parser.addOption(verbose);
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the built-in demo project (made on first use)."));
    parser.addOption(demo);
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "Project file to open (created when missing)."));
    parser.process(app);

    // The same log folder as diptych-cli, so one place holds what users attach to reports.
    diptych::log::initialize({diptych::log::defaultDirectory(), parser.isSet(verbose)});
    diptych::media::routeFfmpegLogging();

    diptych::ui::MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.openDemoProject();
    else if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
