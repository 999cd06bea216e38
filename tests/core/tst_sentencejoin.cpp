// SPDX-License-Identifier: MIT
// SentenceJoin: a space between English sentences, none next to Chinese
// punctuation, empty parts dropped.
#include "base/SentenceJoin.h"

#include <QtTest>

using compshare::SentenceJoin;

class TestSentenceJoin final : public QObject
{
    Q_OBJECT

private slots:
    void joins_data()
    {
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<QString>("joined");
        QTest::newRow("English sentences")
            << QStringList{QStringLiteral("It failed."), QStringLiteral("Try again.")}
            << QStringLiteral("It failed. Try again.");
        QTest::newRow("English note")
            << QStringList{QStringLiteral("Stopped 5 min"), QStringLiteral("(estimate)")}
            << QStringLiteral("Stopped 5 min (estimate)");
        QTest::newRow("Chinese sentences")
            << QStringList{QStringLiteral("回收后无法恢复。"), QStringLiteral("关机后仍计费。")}
            << QStringLiteral("回收后无法恢复。关机后仍计费。");
        QTest::newRow("Chinese note")
            << QStringList{QStringLiteral("已关机 5 分钟"), QStringLiteral("（估算）")}
            << QStringLiteral("已关机 5 分钟（估算）");
        QTest::newRow("Chinese then an English error")
            << QStringList{QStringLiteral("无法连接。"), QStringLiteral("RetCode 8")}
            << QStringLiteral("无法连接。RetCode 8");
        QTest::newRow("empty parts") << QStringList{QString(), QStringLiteral("One."),
                                                    QStringLiteral(" "), QStringLiteral("Two.")}
                                     << QStringLiteral("One. Two.");
    }
    void joins()
    {
        QFETCH(QStringList, parts);
        QFETCH(QString, joined);
        QCOMPARE(SentenceJoin::join(parts), joined);
    }
};

QTEST_GUILESS_MAIN(TestSentenceJoin)
#include "tst_sentencejoin.moc"
