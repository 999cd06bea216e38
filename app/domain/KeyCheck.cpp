// SPDX-License-Identifier: MIT
#include "domain/KeyCheck.h"

namespace compshare {

KeyDefect keyDefect(const QString &raw)
{
    const QString key = raw.trimmed();
    if (key.isEmpty())
        return KeyDefect::Blank;
    const QChar first = key.front();
    const QChar last = key.back();
    const auto isQuote = [](QChar c) {
        return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QChar(0x201C) ||
               c == QChar(0x201D) || c == QChar(0x2018) || c == QChar(0x2019);
    };
    if (key.size() >= 2 && isQuote(first) && isQuote(last))
        return KeyDefect::Quoted;
    for (const QChar c : key) {
        if (c.isSpace())
            return KeyDefect::InnerWhitespace;
    }
    for (const QChar c : key) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return KeyDefect::NotAscii;
    }
    return KeyDefect::None;
}

} // namespace compshare
