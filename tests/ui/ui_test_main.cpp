// Catch2 main for the UI tests: one QApplication for the whole run, on the offscreen
// platform unless the caller chose another, with settings kept apart from the user's.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DiptychTests"));
    QApplication::setApplicationName(QStringLiteral("DiptychTests"));
    return Catch::Session().run(argc, argv);
}
