// SPDX-License-Identifier: MIT
#include "base/Version.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QtGlobal>
#include <cstring>

namespace compshare {

QString applicationVersion()
{
    return QStringLiteral(COMPSHARE_VERSION);
}

QString userAgent()
{
    // Once: prettyProductName() reads /etc/os-release, and every request asks.
    static const QString agent = QStringLiteral("CompShareConsole/%1 (Qt %2; %3)")
                                     .arg(applicationVersion(), QString::fromLatin1(qVersion()),
                                          QSysInfo::prettyProductName());
    return agent;
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("compshare-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("CompShareConsole"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("compshare-console.local"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

bool wantsOnlyCommandLineOutput(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0 ||
            std::strcmp(a, "--help-all") == 0 || std::strcmp(a, "--version") == 0 ||
            std::strcmp(a, "-v") == 0 || std::strcmp(a, "-?") == 0)
            return true;
    }
    return false;
}

} // namespace compshare
