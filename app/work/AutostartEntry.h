// SPDX-License-Identifier: MIT
// "Start at login, in the background": an XDG autostart entry
// ($XDG_CONFIG_HOME/autostart/compshare-console.desktop, ~/.config when
// XDG_CONFIG_HOME is unset or not absolute), which desktop sessions run at
// login. It starts the console with --background. The file is the truth:
// nothing else remembers the choice.
#pragma once

#include <QString>

namespace compshare {

class AutostartEntry final
{
public:
    static QString path();
    static bool isEnabled();
    // Writes or removes the entry; false (and *error) when the file system refused.
    static bool setEnabled(bool on, QString *error = nullptr);
    // The entry's text; `program` is the command that starts the console.
    static QByteArray contents(const QString &program);
};

} // namespace compshare
