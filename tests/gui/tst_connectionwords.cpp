// SPDX-License-Identifier: MIT
// What the window says about the connection is what happened (issue 32):
// - before any list has arrived the status bar says "Loading…", not
//   "0 instances, 0 running";
// - an error answer to the listing is headed "CompShare answered with an
//   error", a timeout "CompShare did not answer within …": neither is
//   "Cannot reach CompShare", which is kept for a connection that failed.
#include "session/ConsoleSession.h"
#include "support/ConsoleWindow.h"
#include "ui/MainWindow.h"
#include "ui/StatusSummary.h"
#include "ui/widgets/StatusBanner.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"

#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::ConsoleWindow;
using compshare::test::smallScenario;

namespace {
QJsonObject scenario()
{
    return smallScenario({{QStringLiteral("train-0009"), QStringLiteral("cn-wlcb"),
                           QStringLiteral("Running"), QStringLiteral("Postpay")}});
}
} // namespace

class TestConnectionWords final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void beforeTheFirstListTheCountIsLoading()
    {
        ConsoleWindow c(scenario(), QSize(1280, 720), false);
        QVERIFY(c.fixture.sim().addFault(QStringLiteral("*:hang:1")));
        c.connectNow();
        QTest::qWait(300);
        StatusSummary *summary = c.window->statusSummary();
        QCOMPARE(summary->totalsText(), QStringLiteral("Loading…"));
        QVERIFY(!summary->totalsText().contains(QLatin1Char('0')));
        // Once the list is there, the count.
        c.fixture.sim().clearFaults();
        c.session()->transport()->setTimeoutMs(300); // the hanging first list gives up
        c.session()->scheduler()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(c.model()->hasList(), 20000);
        QVERIFY2(summary->totalsText().endsWith(QLatin1String(", 1 running")),
                 qPrintable(summary->totalsText()));
    }

    void anErrorAnswerIsNotCannotReach()
    {
        ConsoleWindow c(scenario());
        QTRY_COMPARE(c.model()->rowCount(), 1);
        QVERIFY(
            c.fixture.sim().addFault(QStringLiteral("DescribeCompShareInstance:retcode:1:8433")));
        c.session()->scheduler()->refreshNow();
        StatusBanner *banner = c.window->connectionBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QLatin1String("CompShare answered with an error")),
                 qPrintable(banner->text()));
        QVERIFY2(!banner->text().contains(QLatin1String("Cannot reach")),
                 qPrintable(banner->text()));
    }

    void aTimeoutIsNotCannotReach()
    {
        ConsoleWindow c(scenario());
        QTRY_COMPARE(c.model()->rowCount(), 1);
        c.session()->transport()->setTimeoutMs(300);
        QVERIFY(c.fixture.sim().addFault(QStringLiteral("DescribeCompShareInstance:hang:1")));
        c.session()->scheduler()->refreshNow();
        StatusBanner *banner = c.window->connectionBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QLatin1String("CompShare did not answer within")),
                 qPrintable(banner->text()));
        QVERIFY2(!banner->text().contains(QLatin1String("Cannot reach")),
                 qPrintable(banner->text()));
    }
};

QTEST_MAIN(TestConnectionWords)
#include "tst_connectionwords.moc"
