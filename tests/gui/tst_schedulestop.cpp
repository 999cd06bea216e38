// SPDX-License-Identifier: MIT
// The scheduled stop in the window, offscreen, against the simulator over
// real HTTP: one key from the selection to a schedule 1 hour away (and the
// same keys again extend it), the countdown text, and the reminder with its
// Extend action working while the window is hidden (injectable clocks).
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "state/GpuIdleTracker.h"
#include "support/FakeNotificationService.h"
#include "support/RecordingNotifier.h"
#include "support/ScreenshotBubble.h"
#include "support/SimulatorFixture.h"
#include "text/AutoStopText.h"
#include "ui/MainWindow.h"
#include "ui/ScheduleStopActions.h"
#include "ui/dialogs/ScheduleStopDialog.h"
#include "ui/table/InstanceTableView.h"
#include "work/ActionNotifier.h"
#include "work/DesktopActionNotifier.h"
#include "work/DesktopNotifications.h"
#include "work/RefreshScheduler.h"
#include "work/StopController.h"
#include "work/StopReminder.h"
#include "work/StopScheduleController.h"
#include "work/StopWhenIdle.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::RecordingNotifier;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {

const QString kPay = QStringLiteral("uhost-pay");
const QString kSpot = QStringLiteral("uhost-spot");

struct Console
{
    SimulatorFixture fixture{smallScenario(
        {{kPay, QStringLiteral("cn-wlcb"), QStringLiteral("Running"), QStringLiteral("Postpay")},
         {kSpot, QStringLiteral("hk"), QStringLiteral("Running"), QStringLiteral("Spot")}})};
    std::unique_ptr<AccountSession> account; // outlives the window
    std::unique_ptr<MainWindow> window;

    Console()
    {
        fixture.sim().clock().setManual(true);
        fixture.sim().clock().advance(1000 - fixture.sim().clock().nowMs() % 1000);
        CommandLineOptions options;
        options.connectLater = true;
        account = std::make_unique<AccountSession>(options);
        window = std::make_unique<MainWindow>(account.get());
        compshare::test::useFastTimings(*account->session());
        const auto now = [this] {
            return simNow();
        };
        account->session()->setClock(now); // the session's one clock
        account->session()->stopSchedules()->setConfirmAttempts(3, 20);
        window->resize(1280, 720);
        window->show();
        account->connectWith(fixture.url(), fixture.credentials(), QStringLiteral("test"));
    }
    QDateTime simNow() const
    {
        return QDateTime::fromMSecsSinceEpoch(
            const_cast<SimulatorFixture &>(fixture).sim().clock().nowMs(), QTimeZone::utc());
    }
    qint64 simStopTime(const QString &id)
    {
        return fixture.sim().instance(id).value(QStringLiteral("SchedulerStopTime")).toInteger();
    }
    InstanceTableModel *model() const { return account->session()->model(); }

    // Stop when idle on the simulator's clock, idle after 60 s of low use,
    // reporting to notifier.
    StopWhenIdle *watchIdle(RecordingNotifier *notifier)
    {
        ConsoleSession *s = account->session();
        s->idleTracker()->setWindowSeconds(60);
        StopWhenIdle *auto_ = s->stopWhenIdle();
        auto_->setNotifier(notifier);
        return auto_;
    }
    // The instance's GPU reports 0.5 % use from now on.
    bool makeGpuIdle(const QString &id)
    {
        return fixture.sim().setInstanceField(
            id, QStringLiteral("MonitorMessages"),
            QJsonObject{{QStringLiteral("GpuInfo"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("GPU"), QStringLiteral("0")},
                             {QStringLiteral("GpuUsageRate"), QStringLiteral("0.5")}}}}});
    }
};

using compshare::test::saveBubble;
} // namespace

class TestScheduleStop final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void oneKeyFromTheSelectionSchedulesOneHourAwayThenExtends()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 2);
        c.window->table()->selectInstance(kPay);
        c.window->activateWindow();
        QVERIFY(c.window->scheduleActions()->scheduleAction()->isEnabled());
        QPointer<ScheduleStopDialog> dialog;
        connect(c.window->scheduleActions(), &ScheduleStopActions::dialogOpened, this,
                [&dialog](ScheduleStopDialog *d) { dialog = d; });
        const QDateTime now = c.simNow();

        QTest::keyClick(c.window->table(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dialog);
        QVERIFY(dialog->scheduleButton()->isDefault());
        QCOMPARE(dialog->preset(), ScheduleStopDialog::ExtendOneHour);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_COMPARE(c.simStopTime(kPay), now.addSecs(3600).toSecsSinceEpoch());
        QCOMPARE(c.fixture.count(QStringLiteral("UpdateCompShareStopScheduler")), 1);
        QTRY_COMPARE(c.model()->instance(kPay)->scheduledStop.toSecsSinceEpoch(),
                     now.addSecs(3600).toSecsSinceEpoch());

        // The same two keys now extend the schedule by one hour.
        QTRY_VERIFY(!dialog);
        c.window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), c.window.get());
        QTest::keyClick(c.window->table(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dialog);
        QVERIFY(dialog->cancelScheduleButton()->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_COMPARE(c.simStopTime(kPay), now.addSecs(7200).toSecsSinceEpoch());
        QCOMPARE(c.fixture.count(QStringLiteral("UpdateCompShareStopScheduler")), 2);
    }

    void spotInTheSelectionIsListedAsSkipped()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 2);
        QPointer<ScheduleStopDialog> dialog;
        connect(c.window->scheduleActions(), &ScheduleStopActions::dialogOpened, this,
                [&dialog](ScheduleStopDialog *d) { dialog = d; });
        c.window->scheduleActions()->openDialog({kPay, kSpot});
        QVERIFY(dialog);
        QCOMPARE(dialog->schedulableIds(), QStringList{kPay});
        QVERIFY(dialog->skippedLabel()->isVisible());
        QVERIFY(dialog->skippedLabel()->text().contains(QStringLiteral("test-uhost-spot")));
        QVERIFY(dialog->skippedLabel()->text().contains(QStringLiteral("Spot instances")));
        dialog->reject();
    }

    void countdownText()
    {
        Instance i;
        i.id = kPay;
        i.chargeType = ChargeType::Postpay;
        const QDateTime now(QDate(2026, 11, 30), QTime(16, 40), QTimeZone::utc());
        QCOMPARE(AutoStopText::countdown(i, now), QString());
        i.scheduledStop = now.addSecs(80 * 60);
        QCOMPARE(AutoStopText::countdown(i, now), QStringLiteral("in 1 h 20 min"));
        i.scheduledStop = now.addSecs(45 * 60);
        QCOMPARE(AutoStopText::countdown(i, now), QStringLiteral("in 45 min"));
        i.scheduledStop = now.addSecs(30);
        QCOMPARE(AutoStopText::countdown(i, now), QStringLiteral("in < 1 min"));
        // Rounded down, never overstating the time left: 5 min 30 s is "5 min".
        i.scheduledStop = now.addSecs(5 * 60 + 30);
        QCOMPARE(AutoStopText::countdown(i, now), QStringLiteral("in 5 min"));
        i.scheduledStop = now.addSecs(60 * 60 - 1);
        QCOMPARE(AutoStopText::countdown(i, now), QStringLiteral("in 59 min"));
        i.scheduledStop = now.addSecs(-5);
        QCOMPARE(AutoStopText::countdown(i, now), QStringLiteral("due"));
        i.scheduledStop = now.addSecs(26 * 3600 + 59);
        QCOMPARE(AutoStopText::countdown(i, now), QStringLiteral("in 1 d 2 h"));
        Instance spot = i;
        spot.chargeType = ChargeType::Spot;
        QCOMPARE(AutoStopText::countdown(spot, now), QStringLiteral("—"));
        QVERIFY(AutoStopText::toolTip(spot, now).contains(QStringLiteral("Spot instances")));

        // In the live table: the column counts down as the clock moves.
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 2);
        c.account->session()->stopSchedules()->schedule({kPay}, c.simNow().addSecs(80 * 60));
        const QModelIndex cell =
            c.model()->index(c.model()->rowOf(kPay), InstanceTableModel::AutoStopColumn);
        QTRY_COMPARE(cell.data().toString(), QStringLiteral("in 1 h 20 min"));
        QCOMPARE(c.model()
                     ->index(c.model()->rowOf(kSpot), InstanceTableModel::AutoStopColumn)
                     .data()
                     .toString(),
                 QStringLiteral("—"));
        c.fixture.sim().clock().advance(35 * 60 * 1000);
        QCOMPARE(cell.data().toString(), QStringLiteral("in 45 min"));
    }

    void reminderExtendsWithoutOpeningTheWindow()
    {
        // Through the real desktop path: DesktopNotifications over D-Bus to a
        // recording notification server on a private bus.
        test::FakeNotificationService fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        DesktopNotifications desktop(fake.clientBus());
        DesktopActionNotifier notifier(&desktop);
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 2);
        StopReminder *reminder = c.account->session()->stopReminder();
        reminder->setNotifier(&notifier);
        reminder->setLeadMinutes(10);
        QSignalSpy reminded(reminder, &StopReminder::reminded);
        QSignalSpy outcomes(c.account->session()->stopSchedules(),
                            &StopScheduleController::outcome);
        const QDateTime stopAt = c.simNow().addSecs(15 * 60);
        c.account->session()->stopSchedules()->schedule({kPay}, stopAt);
        QTRY_COMPARE(outcomes.count(), 1);
        reminder->check();
        QCOMPARE(reminded.count(), 0); // 15 minutes away: not yet

        c.fixture.sim().clock().advance(6 * 60 * 1000); // 9 minutes left
        c.window->hide();
        reminder->check();
        QCOMPARE(reminded.count(), 1);
        QTRY_COMPARE(fake.calls().size(), 1);
        const auto call = fake.calls().first();
        QCOMPARE(call.body, QStringLiteral("test-uhost-pay stops at %1 (¥2.06/h)")
                                .arg(AutoStopText::clockTime(stopAt, c.simNow())));
        QCOMPARE(call.summary, QStringLiteral("Scheduled stop in 9 min"));
        QVERIFY(call.actions.contains(QStringLiteral("Extend 1 h")));
        QVERIFY(call.actions.contains(QStringLiteral("Open")));
        const QString extendKey =
            call.actions.at(call.actions.indexOf(QStringLiteral("Extend 1 h")) - 1);
        const QString openKey = call.actions.at(call.actions.indexOf(QStringLiteral("Open")) - 1);
        saveBubble(call.summary, call.body, QStringLiteral("schedule-reminder.png"),
                   {QStringLiteral("Extend 1 h"), QStringLiteral("Open")});
        reminder->check();
        QCOMPARE(reminded.count(), 1); // one reminder per scheduled time

        QSignalSpy open(reminder, &StopReminder::openRequested);
        fake.invokeAction(call.returnedId, openKey);
        QTRY_COMPARE(open.count(), 1);
        QTRY_VERIFY(c.window->isVisible());
        c.window->hide();

        fake.invokeAction(call.returnedId, extendKey);
        QTRY_COMPARE(c.simStopTime(kPay), stopAt.addSecs(3600).toSecsSinceEpoch());
        QTRY_COMPARE(outcomes.count(), 2);
        QCOMPARE(outcomes.last().first().value<ScheduleOutcome>().result,
                 ScheduleOutcome::Result::Confirmed);
        QCOMPARE(c.fixture.count(QStringLiteral("UpdateCompShareStopScheduler")), 2);
        QVERIFY(!c.window->isVisible()); // extended without opening the window
        // The reminder named the old time: once the list shows the new one, it is withdrawn.
        QTRY_COMPARE(fake.closeCalls(), QList<uint>{call.returnedId});
        reminder->setNotifier(nullptr);
    }

    void stopWhenIdleWarnsThenStopsAfterTheGrace()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 2);
        ConsoleSession *s = c.account->session();
        GpuIdleTracker *idle = s->idleTracker();
        RecordingNotifier notifier;
        StopWhenIdle *auto_ = c.watchIdle(&notifier);
        for (const QString &id : {kPay, kSpot})
            QVERIFY(c.makeGpuIdle(id));
        auto_->setIdleMinutes(kPay, 2);
        auto_->setIdleMinutes(kSpot, 2); // never acted on: spot
        QSignalSpy listed(s->scheduler(), &RefreshScheduler::refreshSucceeded);
        const auto listOnce = [&] {
            const int before = int(listed.size());
            s->scheduler()->refreshNow();
            return QTest::qWaitFor([&] { return listed.size() > before; }, 10000);
        };
        QVERIFY(listOnce());
        c.fixture.sim().clock().advance(61 * 1000);
        QVERIFY(listOnce());
        QTRY_VERIFY(idle->isIdle(kPay));
        QTRY_VERIFY(idle->isIdle(kSpot));
        c.fixture.sim().clock().advance(60 * 1000); // idle for 2 minutes: as asked
        QSignalSpy sent(s->stopController(), &StopController::operationSent);
        auto_->check();
        QCOMPARE(notifier.shown.size(), 1); // the warning, for the pay-as-you-go one only
        QVERIFY(notifier.shown.first().tag.endsWith(kPay));
        QCOMPARE(notifier.shown.first().actions.first().label, QStringLiteral("Keep running"));
        QVERIFY(auto_->isInGrace(kPay));
        QCOMPARE(sent.count(), 0); // warned, not stopped

        c.fixture.sim().clock().advance(119 * 1000); // still inside the 2-minute grace
        auto_->check();
        QCOMPARE(sent.count(), 0);
        c.fixture.sim().clock().advance(2 * 1000);
        auto_->check();
        QCOMPARE(sent.count(), 1); // the same path as a user's Stop
        QCOMPARE(sent.first().first().toString(), kPay);
        QTRY_COMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
        const auto stop = c.fixture.entries(QStringLiteral("StopCompShareInstance")).first();
        QCOMPARE(stop.params.value(QStringLiteral("UHostId")), kPay);
        QVERIFY(!stop.params.contains(QStringLiteral("Force")));
        auto_->setNotifier(nullptr);
    }

    void stopWhenIdleChoiceSurvivesARestart()
    {
        {
            Console c;
            c.account->session()->stopWhenIdle()->setIdleMinutes(kPay, 30);
        }
        QCOMPARE(ConsoleSettings().stopWhenIdleMinutes().value(kPay), 30);
        Console again;
        StopWhenIdle *auto_ = again.account->session()->stopWhenIdle();
        QCOMPARE(auto_->idleMinutes(kPay), 30);
        QCOMPARE(auto_->idleMinutes(kSpot), 0);
        auto_->setIdleMinutes(kPay, 0); // switched off: forgotten too
        QVERIFY(ConsoleSettings().stopWhenIdleMinutes().isEmpty());
    }

    void keepRunningCancelsTheIdleStop()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 2);
        ConsoleSession *s = c.account->session();
        GpuIdleTracker *idle = s->idleTracker();
        RecordingNotifier notifier;
        StopWhenIdle *auto_ = c.watchIdle(&notifier);
        QVERIFY(c.makeGpuIdle(kPay));
        auto_->setIdleMinutes(kPay, 2);
        QSignalSpy listed(s->scheduler(), &RefreshScheduler::refreshSucceeded);
        for (int k = 0; k < 2; ++k) {
            const int before = int(listed.size());
            s->scheduler()->refreshNow();
            QTRY_VERIFY(listed.size() > before);
            c.fixture.sim().clock().advance(61 * 1000);
        }
        QVERIFY(listed.size() >= 2);
        QTRY_VERIFY(idle->isIdle(kPay));
        c.fixture.sim().clock().advance(60 * 1000);
        QSignalSpy sent(s->stopController(), &StopController::operationSent);
        auto_->check();
        QCOMPARE(notifier.shown.size(), 1);
        notifier.press(notifier.shown.first().tag, notifier.shown.first().actions.first().key);
        QVERIFY(!auto_->isInGrace(kPay));
        c.fixture.sim().clock().advance(5 * 60 * 1000);
        auto_->check();
        QCOMPARE(sent.count(), 0);          // kept running
        QCOMPARE(notifier.shown.size(), 1); // and not warned again for this idle run
        auto_->setNotifier(nullptr);
    }
};

QTEST_MAIN(TestScheduleStop)
#include "tst_schedulestop.moc"
