// SPDX-License-Identifier: MIT
// Notes that follow their facts, on the real window against the simulator
// over real HTTP (issue 32, "Notes that outlive their facts"). The console's
// clock is the simulator's, which the test moves. Each case is a finding:
// - a note about a Stop that did not take effect is gone once a retry
//   reached Stopped (it was "refused (HTTP 503)", then a lock, for good);
// - "X was not stopped. The instance is Stopping" goes once it is Stopped;
// - "check the network" goes once the network works again;
// - after a lost answer the details pane's Actions line says so, never
//   "CompShare accepted the request";
// - the row's button names the operation under way (Rebooting…, Releasing…);
// - the elapsed time counts from the first send, also after a timeout;
// - a force stop listed late: "still shows Running" goes with the fact, and
//   the user hears "has stopped", not "reclaimed", here or in the details;
// - a Stop with no answer for 10 s says so.
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "state/OperationTracker.h"
#include "support/SimulatorFixture.h"
#include "ui/MainWindow.h"
#include "ui/OperationNotifier.h"
#include "ui/delegates/RowActionDelegate.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/InstanceDetailsPane.h"
#include "ui/widgets/StatusBanner.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"
#include "work/StopController.h"
#include "work/StopScheduleController.h"

#include <QTcpServer>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {
const QString kRun = QStringLiteral("train-0009");
const QString kSpot = QStringLiteral("train-0001");
const QString kOff = QStringLiteral("train-0010");
const QString kRunName = QStringLiteral("test-train-0009");

struct Screen
{
    SimulatorFixture fixture{smallScenario(
        {{kRun, QStringLiteral("cn-wlcb"), QStringLiteral("Running"), QStringLiteral("Postpay")},
         {kSpot, QStringLiteral("cn-wlcb"), QStringLiteral("Running"), QStringLiteral("Spot")},
         {kOff, QStringLiteral("cn-wlcb"), QStringLiteral("Stopped"), QStringLiteral("Postpay")}})};
    std::unique_ptr<AccountSession> account; // outlives the window
    std::unique_ptr<MainWindow> window;

    Screen()
    {
        fixture.sim().clock().setManual(true);
        CommandLineOptions options;
        options.connectLater = true;
        account = std::make_unique<AccountSession>(options);
        window = std::make_unique<MainWindow>(account.get());
        compshare::test::useFastTimings(*session());
        session()->setClock([this] { return simNow(); }); // the session's one clock
        session()->stopSchedules()->setConfirmAttempts(3, 20);
        window->resize(1280, 720);
        window->show();
        account->connectWith(fixture.url(), fixture.credentials(), QStringLiteral("test"));
    }
    QDateTime simNow() const
    {
        return QDateTime::fromMSecsSinceEpoch(
            const_cast<SimulatorFixture &>(fixture).sim().clock().nowMs(), QTimeZone::utc());
    }
    void advance(qint64 ms) { fixture.sim().clock().advance(ms); }
    ConsoleSession *session() const { return account->session(); }
    InstanceTableModel *model() const { return session()->model(); }
    OperationTracker *tracker() const { return session()->operations(); }
    // What the operations banner says now (nothing when it is hidden).
    QString banner() const
    {
        StatusBanner *b = window->operationBanner();
        return b->isVisible() ? b->text() : QString();
    }
    QString caption(const QString &id) const
    {
        return RowActionDelegate::buttonText(
            model()->index(model()->rowOf(id), InstanceTableModel::ActionColumn));
    }
    QDateTime startedAt(const QString &id) const
    {
        return model()
            ->index(model()->rowOf(id), InstanceTableModel::StateColumn)
            .data(InstanceTableModel::OperationStartedRole)
            .toDateTime();
    }
    InstanceState state(const QString &id) const
    {
        const Instance *i = model()->instance(id);
        return i ? i->state : InstanceState::Unknown;
    }
    QString details(InstanceDetailsPane::Field field) const
    {
        return window->findChild<InstanceDetailsPane *>()->fieldText(field);
    }
    int stop(const QString &id, ForceStop force = ForceStop::No)
    {
        return session()->stopController()->stop({{id, {}, force}});
    }
    bool ready()
    {
        return QTest::qWaitFor([this] { return model()->rowCount() == 3; }, 10000);
    }
};
} // namespace

class TestNotesOnScreen final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aNoteGoesOnceARetryReachedStopped()
    {
        Screen s;
        QVERIFY(s.ready());
        // CompShare stops it but answers 503, and lists it late.
        s.fixture.sim().setAcceptLagMs(5000);
        QVERIFY(
            s.fixture.sim().addFault(QStringLiteral("StopCompShareInstance:http-applied:1:503:1")));
        QCOMPARE(s.stop(kRun), 1);
        QTRY_VERIFY2(s.banner().contains(QLatin1String("did not take effect")),
                     qPrintable(s.banner()));
        QVERIFY2(!s.banner().contains(QLatin1String("Nothing changed")), qPrintable(s.banner()));
        // The user tries again: CompShare's lock (its first stop runs).
        QCOMPARE(s.stop(kRun), 1);
        QTRY_COMPARE(s.fixture.count(QStringLiteral("StopCompShareInstance")), 2);
        QTRY_VERIFY(!s.tracker()->find(kRun) ||
                    s.tracker()->find(kRun)->phase != OperationTracker::Phase::Sending);
        s.advance(60000);
        QTRY_COMPARE(s.state(kRun), InstanceState::Stopped);
        QTRY_VERIFY2(!s.banner().contains(kRunName), qPrintable(s.banner()));
        s.advance(12000);
        QTest::qWait(200);
        QVERIFY2(!s.banner().contains(kRunName), qPrintable(s.banner()));
    }

    void notStoppedBesideStoppingGoesOnceStopped()
    {
        Screen s;
        QVERIFY(s.ready());
        s.fixture.sim().setTransitionDelayMs(60000);
        // A scheduled stop begins ...
        QCOMPARE(s.session()->stopSchedules()->schedule({kRun}, s.simNow().addSecs(301)), 1);
        QTRY_VERIFY(s.model()->instance(kRun)->scheduledStop.isValid());
        s.advance(302 * 1000);
        s.session()->scheduler()->refreshNow();
        QTRY_COMPARE(s.state(kRun), InstanceState::Stopping);
        // ... just before the user's Stop is confirmed.
        QCOMPARE(s.stop(kRun), 0);
        QTRY_VERIFY2(s.banner().contains(kRunName + QLatin1String(" was not stopped.")),
                     qPrintable(s.banner()));
        s.advance(61000);
        QTRY_COMPARE(s.state(kRun), InstanceState::Stopped);
        QTRY_VERIFY2(!s.banner().contains(QLatin1String("was not stopped")),
                     qPrintable(s.banner()));
    }

    void checkTheNetworkGoesOnceTheNetworkWorks()
    {
        Screen s;
        QVERIFY(s.ready());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl refused(QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort()));
        probe.close();
        QVERIFY(!s.session()->transport()->setEndpoint(refused));
        QCOMPARE(s.stop(kRun), 1);
        QTRY_VERIFY2(s.banner().contains(QLatin1String("Check the network")),
                     qPrintable(s.banner()));
        // The network is back: a listing comes.
        QVERIFY(!s.session()->transport()->setEndpoint(s.fixture.url()));
        s.session()->scheduler()->refreshNow();
        QTRY_VERIFY2(!s.banner().contains(QLatin1String("Check the network")),
                     qPrintable(s.banner()));
        QVERIFY2(s.banner().contains(kRunName + QLatin1String(" was not stopped")),
                 qPrintable(s.banner()));
        QCOMPARE(s.state(kRun), InstanceState::Running);
    }

    void detailsSayTheAnswerWasLostNeverAccepted()
    {
        Screen s;
        QVERIFY(s.ready());
        s.window->table()->selectInstance(kRun);
        s.fixture.sim().setAcceptLagMs(600000); // the list shows Running a long while
        QVERIFY(s.fixture.sim().addFault(QStringLiteral("StopCompShareInstance:drop:1")));
        QCOMPARE(s.stop(kRun), 1);
        using F = InstanceDetailsPane::Field;
        QTRY_VERIFY2(s.banner().contains(QLatin1String("was lost")) ||
                         s.banner().contains(QLatin1String("No answer came")),
                     qPrintable(s.banner()));
        QVERIFY2(!s.details(F::ActionBlocked).contains(QLatin1String("accepted")),
                 qPrintable(s.details(F::ActionBlocked)));
        QTRY_VERIFY2(s.banner().contains(QLatin1String("did not take effect")),
                     qPrintable(s.banner()));
        QVERIFY2(!s.details(F::ActionBlocked).contains(QLatin1String("accepted")),
                 qPrintable(s.details(F::ActionBlocked)));
        QCOMPARE(s.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
    }

    void theButtonNamesTheOperationUnderWay()
    {
        Screen s;
        QVERIFY(s.ready());
        s.fixture.sim().setAcceptLagMs(60000); // the rows keep their state a while
        QVERIFY(s.session()->stopController()->reboot(kRun));
        QTRY_COMPARE(s.caption(kRun), RowActionDelegate::tr("Rebooting…"));
        QVERIFY(s.session()->stopController()->release(kOff, false));
        QTRY_COMPARE(s.caption(kOff), RowActionDelegate::tr("Releasing…"));
        QTRY_VERIFY(s.tracker()->find(kOff)->phase == OperationTracker::Phase::Accepted);
        QTRY_VERIFY(s.tracker()->find(kRun)->phase == OperationTracker::Phase::Accepted);
        QCOMPARE(s.caption(kRun), RowActionDelegate::tr("Rebooting…"));
        QCOMPARE(s.caption(kOff), RowActionDelegate::tr("Releasing…"));
    }

    void elapsedTimeCountsFromTheFirstSend()
    {
        Screen s;
        QVERIFY(s.ready());
        s.fixture.sim().setTransitionDelayMs(600000);
        s.session()->transport()->setTimeoutMs(1500);
        QVERIFY(s.fixture.sim().addFault(QStringLiteral("StopCompShareInstance:hang:1:0:1")));
        const QDateTime sent = s.simNow();
        QCOMPARE(s.stop(kRun), 1);
        QTRY_COMPARE(s.startedAt(kRun), sent);
        s.advance(20000); // "Stop requested · 0:20"
        // The timeout: declared lost; the re-read shows Stopping.
        QTRY_COMPARE(s.state(kRun), InstanceState::Stopping);
        QCOMPARE(s.startedAt(kRun), sent);
        QCOMPARE(s.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
    }

    void aForceStopListedLateHasStoppedItWasNoReclaim()
    {
        Screen s;
        QVERIFY(s.ready());
        s.fixture.sim().setAcceptLagMs(210000); // listed after 3.5 minutes
        QCOMPARE(s.stop(kSpot, ForceStop::UserConfirmed), 1);
        QTRY_COMPARE(s.tracker()->find(kSpot)->phase, OperationTracker::Phase::Accepted);
        s.advance(181000);
        QTRY_VERIFY2(s.banner().contains(QLatin1String("but still shows Running")),
                     qPrintable(s.banner()));
        s.advance(35000);
        QTRY_COMPARE(s.state(kSpot), InstanceState::Stopped);
        s.advance(35000);
        QTest::qWait(300);
        QVERIFY2(!s.banner().contains(QLatin1String("still shows Running")),
                 qPrintable(s.banner()));
        const QString told = s.window->notifier()->lastNotification();
        QVERIFY2(told.contains(QLatin1String("has stopped")), qPrintable(told));
        QVERIFY2(!told.contains(QLatin1String("reclaimed")), qPrintable(told));
        s.window->table()->selectInstance(kSpot);
        const QString cost = s.details(InstanceDetailsPane::Field::CostNow);
        QVERIFY2(!cost.contains(QLatin1String("reclaimed")), qPrintable(cost));
    }

    void noAnswerForTenSecondsIsSaid()
    {
        Screen s;
        QVERIFY(s.ready());
        s.session()->transport()->setTimeoutMs(15000);
        QVERIFY(s.fixture.sim().addFault(QStringLiteral("StopCompShareInstance:hang:1:0:1")));
        QCOMPARE(s.stop(kRun), 1);
        QTest::qWait(200);
        QVERIFY2(!s.banner().contains(QLatin1String("No answer")), qPrintable(s.banner()));
        s.advance(10000);
        // (No translator in the tests: the English plural reads "second(s)".)
        QTRY_VERIFY_WITH_TIMEOUT(
            s.banner().contains(QLatin1String("No answer from CompShare for 10 second")) &&
                s.banner().contains(QStringLiteral("to the stop of %1; the stop is not sent "
                                                   "again; waiting.")
                                        .arg(kRunName)),
            5000);
        QCOMPARE(s.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
    }
};

QTEST_MAIN(TestNotesOnScreen)
#include "tst_notesonscreen.moc"
