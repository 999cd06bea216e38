// SPDX-License-Identifier: MIT
// A Qt Linguist .ts file read into plain data, for the completeness checks.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace compshare::test {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one text, or the numerus forms

    QString key() const { return context + QLatin1String(" | ") + source; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when the file was read

    static TsFile read(const QString &path);
};

} // namespace compshare::test
