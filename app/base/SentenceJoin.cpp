// SPDX-License-Identifier: MIT
#include "base/SentenceJoin.h"

namespace compshare {

bool SentenceJoin::isCjkPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFF65);
}

QString SentenceJoin::join(const QString &first, const QString &second)
{
    const QString a = first.trimmed();
    const QString b = second.trimmed();
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    if (isCjkPunctuation(a.back()) || isCjkPunctuation(b.front()))
        return a + b;
    return a + QLatin1Char(' ') + b;
}

QString SentenceJoin::join(const QStringList &parts)
{
    QString text;
    for (const QString &part : parts)
        text = join(text, part);
    return text;
}

} // namespace compshare
