// SPDX-License-Identifier: MIT
// The screen agrees with the cloud (issue: one source of truth). Against the
// simulator over real HTTP, through the real window:
// - an HTTP 429 to a Stop is a refusal, with its request id, and Stop is
//   free again at once, never "the answer was lost" (a 5xx is not a refusal:
//   tst_stopcertainty);
// - a lost answer gives one request and "took effect";
// - a note about an operation is withdrawn once the row shows the end;
// - a hanging endpoint says "did not answer" within 20 s, with no money figure;
// - one failed refresh raises no banner, two do, and the banner never moves
//   the table.
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/OperationTracker.h"
#include "support/ConsoleWindow.h"
#include "support/PromptAnswerer.h"
#include "support/SimulatorFixture.h"
#include "ui/InstanceActions.h"
#include "ui/MainWindow.h"
#include "ui/StatusSummary.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/CostSummaryView.h"
#include "ui/widgets/StatusBanner.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QStatusBar>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::ConsoleWindow;
using compshare::test::PromptAnswerer;
using compshare::test::smallScenario;

namespace {
const QString kRun = QStringLiteral("train-0009");
const QString kStop = QStringLiteral("StopCompShareInstance");
const QString kDescribe = QStringLiteral("DescribeCompShareInstance");

QJsonObject scenario()
{
    return smallScenario(
        {{kRun, QStringLiteral("cn-wlcb"), QStringLiteral("Running"), QStringLiteral("Postpay")},
         {QStringLiteral("train-0010"), QStringLiteral("cn-wlcb"), QStringLiteral("Stopped"),
          QStringLiteral("Postpay")}});
}

// Counts the times a widget was shown: "never appeared" as a number.
class ShowCounter final : public QObject
{
public:
    explicit ShowCounter(QWidget *w)
        : QObject(w)
    {
        w->installEventFilter(this);
    }
    int shown = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Show)
            ++shown;
        return false;
    }
};

// Every text in the status bar and the cost summary, as the user reads them.
QString moneyTexts(MainWindow *w)
{
    QStringList texts;
    for (QLabel *l : w->statusBar()->findChildren<QLabel *>())
        texts << l->text();
    for (QLabel *l : w->costSummary()->findChildren<QLabel *>())
        texts << l->text();
    return texts.join(QLatin1Char('\n'));
}

void confirmStop(ConsoleWindow &c, const QString &id)
{
    (new PromptAnswerer(c.window->prompts()))->answerNext(PromptAnswerer::Answer::Accept);
    c.clickRowButton(id);
}
} // namespace

class TestOperationTruth final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void http429OnStopIsARefusalWithItsRequestId()
    {
        ConsoleWindow c(scenario());
        QTRY_COMPARE(c.model()->rowCount(), 2);
        QVERIFY(c.fixture.sim().addFault(QStringLiteral("mutation:http:1:429:1")));
        const QRect tableBefore = c.window->table()->geometry();
        const QPoint tableAt = c.window->table()->mapTo(c.window.get(), QPoint(0, 0));
        confirmStop(c, kRun);
        StatusBanner *banner = c.window->operationBanner();
        QTRY_VERIFY(banner->isVisible());
        // The note floats over the table's bottom edge: the rows do not jump.
        QCOMPARE(c.window->table()->geometry(), tableBefore);
        QCOMPARE(c.window->table()->mapTo(c.window.get(), QPoint(0, 0)), tableAt);
        const QString text = banner->text();
        const QString requestId = c.fixture.sim().journal(kStop).first().requestId;
        QVERIFY2(text.contains(QLatin1String("CompShare refused the stop of test-train-0009")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("HTTP 429")), qPrintable(text));
        QVERIFY2(text.contains(requestId), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Nothing changed; you can try again.")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("lost")), qPrintable(text));
        QCOMPARE(banner->kind(), StatusBanner::Kind::Error);
        QCOMPARE(c.fixture.count(kStop), 1);
        // Stop is free at once: the row's button and the toolbar action.
        QVERIFY(c.proxyIndex(kRun, InstanceTableModel::ActionColumn)
                    .data(InstanceTableModel::ActionEnabledRole)
                    .toBool());
        c.window->table()->selectInstance(kRun);
        QTRY_VERIFY(c.window->actions()->stopAction()->isEnabled());
        // ... and the list is read again at once to check nothing changed.
        QTRY_VERIFY(c.session()->operations()->idsToPoll().isEmpty());
        QCOMPARE(c.fixture.count(kStop), 1);
    }

    void lostAnswerIsOneRequestAndTookEffectThenWithdrawn()
    {
        ConsoleWindow c(scenario());
        c.fixture.sim().clock().setManual(true); // Stopping until the test moves the clock
        QTRY_COMPARE(c.model()->rowCount(), 2);
        QVERIFY(c.fixture.sim().addFault(QStringLiteral("StopCompShareInstance:drop:1")));
        confirmStop(c, kRun);
        StatusBanner *banner = c.window->operationBanner();
        QTRY_VERIFY(banner->isVisible() && banner->text().contains(QLatin1String("took effect")));
        QCOMPARE(c.fixture.count(kStop), 1);
        QCOMPARE(c.fixture.sim().journal(kStop).first().verdict, QStringLiteral("fault:drop"));
        // The list reaches Stopped: the note has nothing more to say.
        c.fixture.sim().clock().advance(5000);
        QTRY_COMPARE(c.model()->instance(kRun)->state, InstanceState::Stopped);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(c.fixture.count(kStop), 1);
    }

    void stillShowsRunningIsWithdrawnWhenTheCloudCatchesUp()
    {
        ConsoleWindow c(scenario());
        c.fixture.sim().clock().setManual(true);
        c.fixture.sim().setAcceptLagMs(600000);
        QDateTime now = QDateTime::currentDateTimeUtc();
        c.session()->setClock([&now] { return now; }); // the one clock every part reads
        QTRY_COMPARE(c.model()->rowCount(), 2);
        confirmStop(c, kRun);
        QTRY_COMPARE(c.session()->operations()->find(kRun)->phase,
                     OperationTracker::Phase::Accepted);
        now = now.addSecs(181);
        StatusBanner *banner = c.window->operationBanner();
        QTRY_VERIFY(banner->isVisible() &&
                    banner->text().contains(QLatin1String("but still shows Running")));
        c.fixture.sim().clock().advance(600000 + 5000);
        QTRY_COMPARE(c.model()->instance(kRun)->state, InstanceState::Stopped);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(c.fixture.count(kStop), 1);
    }

    void hangingEndpointSaysDidNotAnswerWithin20sAndClaimsNoMoney()
    {
        ConsoleWindow c(scenario(), QSize(1280, 720), false);
        c.session()->transport()->setTimeoutMs(15000); // the product's own bound
        QVERIFY(c.fixture.sim().addFault(QStringLiteral("*:hang:1")));
        QElapsedTimer clock;
        clock.start();
        c.connectNow();
        // Before any answer: no figure claims a cost.
        const QString before = moneyTexts(c.window.get());
        QVERIFY2(!before.contains(QLatin1String("¥0.00")), qPrintable(before));
        QVERIFY2(before.contains(QStringLiteral("—")), qPrintable(before));
        QVERIFY2(!before.contains(QLatin1String("Nothing is paying")), qPrintable(before));
        StatusBanner *banner = c.window->connectionBanner();
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->isVisible() && banner->text().contains(QLatin1String("did not answer")), 20000);
        qInfo("first error after %lld ms: %s", clock.elapsed(), qPrintable(banner->text()));
        QVERIFY2(!banner->text().contains(QLatin1String("refused")), qPrintable(banner->text()));
        const QString after = moneyTexts(c.window.get());
        QVERIFY2(!after.contains(QLatin1String("¥0.00")), qPrintable(after));
    }

    void oneFailedRefreshRaisesNoBannerTwoDoAndTheTableStays()
    {
        ConsoleWindow c(scenario());
        QTRY_COMPARE(c.model()->rowCount(), 2);
        RefreshScheduler *scheduler = c.session()->scheduler();
        StatusBanner *banner = c.window->connectionBanner();
        auto *shows = new ShowCounter(banner);
        QSignalSpy failed(scheduler, &RefreshScheduler::refreshFailed);
        QSignalSpy succeeded(scheduler, &RefreshScheduler::refreshSucceeded);
        QSignalSpy trouble(scheduler, &RefreshScheduler::connectionTrouble);
        // One refresh fails (its three attempts), the next one is good.
        QVERIFY(c.fixture.sim().addFault(QStringLiteral("DescribeCompShareInstance:http:1:503:3")));
        scheduler->refreshNow();
        QTRY_COMPARE(failed.count(), 1);
        succeeded.clear();
        QTRY_VERIFY(succeeded.count() >= 1);
        QCOMPARE(trouble.count(), 0);
        QCOMPARE(shows->shown, 0);

        // Two in a row: the banner, over the table, which does not move.
        const QRect tableBefore = c.window->table()->geometry();
        const QPoint tableAt = c.window->table()->mapTo(c.window.get(), QPoint(0, 0));
        failed.clear();
        QVERIFY(c.fixture.sim().addFault(QStringLiteral("DescribeCompShareInstance:http:1:503:6")));
        scheduler->refreshNow();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(failed.count(), 2);
        QCOMPARE(c.window->table()->geometry(), tableBefore);
        QCOMPARE(c.window->table()->mapTo(c.window.get(), QPoint(0, 0)), tableAt);
        QVERIFY(banner->geometry().intersects(
            QRect(c.window->table()->mapTo(banner->parentWidget(), QPoint(0, 0)),
                  c.window->table()->size())));
        // A good refresh takes it away.
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(c.model()->rowCount(), 2); // the last good list stayed
    }
};

QTEST_MAIN(TestOperationTruth)
#include "tst_operationtruth.moc"
