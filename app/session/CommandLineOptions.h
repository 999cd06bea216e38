// SPDX-License-Identifier: MIT
// The console's command line, parsed with QCommandLineParser in one place.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QCoreApplication;

namespace compshare {

struct CommandLineOptions
{
    bool demo = false;
    QUrl endpoint;             // empty: settings or the default gateway
    QString profile;           // empty: the remembered profile
    QString language;          // "zh_CN", "en" or empty (system locale / settings)
    QString screenshotPath;    // --screenshot FILE: save the window after the first list, then quit
    int demoInstances = 0;     // --demo-instances N: a generated demo cloud of N instances
    bool background = false;   // --background: start without showing the window (autostart)
    bool connectLater = false; // not a flag: embedders and tests call connectWith() themselves

    // Parses argv. --help and --version print and exit the process (Qt's
    // standard behaviour); a bad value prints an error and exits with 2.
    static CommandLineOptions parse(const QCoreApplication &app);
    static CommandLineOptions parse(const QStringList &arguments, QString *error);
};

} // namespace compshare
