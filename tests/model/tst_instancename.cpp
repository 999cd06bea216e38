// SPDX-License-Identifier: MIT
// The instance-name rule of ModifyCompShareInstanceName's page, checked
// before anything is sent: at most 63 characters (a Chinese character is
// one); Chinese characters, letters, digits and _ . , : -
#include "domain/InstanceName.h"

#include <QtTest>

using namespace compshare;
using P = NameCheck::Problem;

class TestInstanceName final : public QObject
{
    Q_OBJECT

private slots:
    void rule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("character");
        QTest::newRow("letters digits") << QStringLiteral("train01") << int(P::None) << QString();
        QTest::newRow("punctuation") << QStringLiteral("a_b.c,d:e-f") << int(P::None) << QString();
        QTest::newRow("chinese") << QStringLiteral("训练机-甲") << int(P::None) << QString();
        QTest::newRow("63 chars") << QString(63, QLatin1Char('x')) << int(P::None) << QString();
        QTest::newRow("63 chinese") << QString(63, QChar(0x8bad)) << int(P::None) << QString();
        QTest::newRow("64 chars") << QString(64, QLatin1Char('x')) << int(P::TooLong) << QString();
        QTest::newRow("empty") << QString() << int(P::Empty) << QString();
        QTest::newRow("space") << QStringLiteral("my box") << int(P::BadCharacter)
                               << QStringLiteral(" ");
        QTest::newRow("slash") << QStringLiteral("a/b") << int(P::BadCharacter)
                               << QStringLiteral("/");
        QTest::newRow("chinese comma")
            << QStringLiteral("甲，乙") << int(P::BadCharacter) << QStringLiteral("，");
        QTest::newRow("emoji") << QStringLiteral("gpu\U0001F680") << int(P::BadCharacter)
                               << QStringLiteral("\U0001F680");
        QTest::newRow("unchanged") << QStringLiteral("current") << int(P::Unchanged) << QString();
    }
    void rule()
    {
        QFETCH(QString, name);
        QFETCH(int, problem);
        QFETCH(QString, character);
        const NameCheck c = InstanceName::check(name, QStringLiteral("current"));
        QCOMPARE(int(c.problem), problem);
        QCOMPARE(c.character, character);
        QCOMPARE(c.ok(), problem == int(P::None));
    }
};

QTEST_GUILESS_MAIN(TestInstanceName)
#include "tst_instancename.moc"
