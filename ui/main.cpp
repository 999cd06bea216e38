// SPDX-License-Identifier: MIT
// Thin entry point: --help / --version without a display, else the console.
#include "base/Version.h"
#include "session/CommandLineOptions.h"
#include "session/TranslationLoader.h"
#include "ui/ConsoleApplication.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    if (compshare::wantsOnlyCommandLineOutput(argc, argv)) {
        QCoreApplication app(argc, argv);
        compshare::setApplicationIdentity();
        compshare::TranslationLoader translations; // --help in the chosen language
        translations.load(compshare::TranslationLoader::languageFor(app));
        compshare::CommandLineOptions::parse(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    return compshare::ui::runConsole(app);
}
