// SPDX-License-Identifier: MIT
#include "ui/ConsoleApplication.h"

#include "core/CommandLineOptions.h"
#include "core/Version.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QIcon>

namespace compshare::ui {

int runConsole(QApplication &app)
{
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("CompShare Console"));
    QApplication::setDesktopFileName(QStringLiteral("compshare-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/compshare-console.svg")));

    const CommandLineOptions options = CommandLineOptions::parse(app);

    MainWindow window(options);
    window.show();
    return QApplication::exec();
}

} // namespace compshare::ui
