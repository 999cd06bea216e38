// SPDX-License-Identifier: MIT
// Joins whole sentences, or a text and a note such as "(estimate)", as the
// language writes them: English puts a space between them; Chinese puts
// none next to its own punctuation ("无法恢复。关机…", "5 分钟（估算）").
#pragma once

#include <QString>
#include <QStringList>

namespace compshare {

class SentenceJoin
{
public:
    static QString join(const QString &first, const QString &second);
    static QString join(const QStringList &parts);
    // True for CJK punctuation (、。「」…（）：；！？，) and full-width forms.
    static bool isCjkPunctuation(QChar c);
};

} // namespace compshare
