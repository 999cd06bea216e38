// SPDX-License-Identifier: MIT
#include "ui/ConsoleApplication.h"

#include "core/CommandLineOptions.h"
#include "core/TranslationLoader.h"
#include "core/Version.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QIcon>

namespace compshare::ui {

int runConsole(QApplication &app)
{
    setApplicationIdentity();
    // Before anything shows text (the command-line help included); --lang
    // wins over the saved setting, which wins over the system language.
    TranslationLoader translations;
    translations.load(TranslationLoader::languageFor(app));
    //: The application's name in window titles
    QApplication::setApplicationDisplayName(
        QApplication::translate("ConsoleApplication", "CompShare Console"));
    QApplication::setDesktopFileName(QStringLiteral("compshare-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/compshare-console.svg")));

    const CommandLineOptions options = CommandLineOptions::parse(app);

    MainWindow window(options);
    window.show();
    return QApplication::exec();
}

} // namespace compshare::ui
