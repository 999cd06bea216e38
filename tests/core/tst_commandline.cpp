// SPDX-License-Identifier: MIT
#include "base/Version.h"
#include "session/CommandLineOptions.h"

#include <QtTest>

using namespace compshare;

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryOption()
    {
        QString error;
        const auto o = CommandLineOptions::parse(
            {QStringLiteral("app"), QStringLiteral("--demo"), QStringLiteral("--endpoint"),
             QStringLiteral("http://127.0.0.1:8080/"), QStringLiteral("--profile"),
             QStringLiteral("team"), QStringLiteral("--lang"), QStringLiteral("zh_CN")},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(o.demo);
        QCOMPARE(o.endpoint, QUrl(QStringLiteral("http://127.0.0.1:8080/")));
        QCOMPARE(o.profile, QStringLiteral("team"));
        QCOMPARE(o.language, QStringLiteral("zh_CN"));
    }

    void rejectsUnknownLanguage()
    {
        QString error;
        CommandLineOptions::parse(
            {QStringLiteral("app"), QStringLiteral("--lang"), QStringLiteral("fr")}, &error);
        QVERIFY(error.contains(QStringLiteral("fr")));
    }

    void userAgentNamesVersionQtAndOs()
    {
        const QString ua = userAgent();
        QVERIFY(ua.startsWith(QStringLiteral("CompShareConsole/") + applicationVersion()));
        QVERIFY(ua.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
