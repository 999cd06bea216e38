// SPDX-License-Identifier: MIT
#include "work/AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace compshare {

namespace {
QString configHome()
{
    // The XDG Base Directory rule: a relative XDG_CONFIG_HOME is ignored.
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg))
        return xdg;
    return QDir::home().filePath(QStringLiteral(".config"));
}

// The installed command when it is the one running, else this very binary.
QString program()
{
    const QString self = QCoreApplication::applicationFilePath();
    if (self.isEmpty() || self == QLatin1String("/usr/bin/compshare-console"))
        return QStringLiteral("compshare-console");
    return self;
}

QString quoted(const QString &arg)
{
    // Desktop Entry Exec quoting: only what needs it, in double quotes.
    if (!arg.contains(QLatin1Char(' ')) && !arg.contains(QLatin1Char('"')) &&
        !arg.contains(QLatin1Char('\\')))
        return arg;
    QString out = arg;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}
} // namespace

QString AutostartEntry::path()
{
    return QDir(configHome()).filePath(QStringLiteral("autostart/compshare-console.desktop"));
}

bool AutostartEntry::isEnabled()
{
    return QFileInfo::exists(path());
}

QByteArray AutostartEntry::contents(const QString &command)
{
    QByteArray text;
    text += "[Desktop Entry]\n";
    text += "Type=Application\n";
    text += "Name=CompShare Console\n";
    text += "Comment=Keeps watching your CompShare GPU instances in the background\n";
    text += "Exec=" + quoted(command).toUtf8() + " --background\n";
    text += "Icon=compshare-console\n";
    text += "Terminal=false\n";
    text += "X-GNOME-Autostart-enabled=true\n";
    return text;
}

bool AutostartEntry::setEnabled(bool on, QString *error)
{
    const QString file = path();
    if (!on) {
        if (!QFileInfo::exists(file) || QFile::remove(file))
            return true;
        if (error)
            *error = QFile(file).errorString();
        return false;
    }
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(QFileInfo(file).absolutePath());
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(contents(program())) < 0 || !out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace compshare
