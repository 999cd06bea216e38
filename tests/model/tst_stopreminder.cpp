// SPDX-License-Identifier: MIT
// The scheduled-stop reminder on an injected clock: it quotes Cost now, a
// fired schedule is announced ("was stopped by its schedule at 18:00") and
// its reminder withdrawn, and a cancelled schedule withdraws its reminder.
#include "models/InstanceTableModel.h"
#include "state/InstanceStore.h"
#include "state/OperationTracker.h"
#include "support/RecordingNotifier.h"
#include "support/TestInstances.h"
#include "text/AutoStopText.h"
#include "text/CostText.h"
#include "work/ActionNotifier.h"
#include "work/StopReminder.h"
#include "work/StopScheduleController.h"

#include <QSignalSpy>
#include <QtTest>

using namespace compshare;
using compshare::test::RecordingNotifier;

namespace {
const QDateTime kStart = QDateTime::fromSecsSinceEpoch(1800000000, QTimeZone::utc());

Instance train01(InstanceState state, const QDateTime &stopAt)
{
    Instance i = test::makeInstance(QStringLiteral("uhost-t1"), QStringLiteral("train-01"),
                                    ChargeType::Postpay, 2.96);
    i.imagePrice = 0.10;
    i.state = state;
    i.rawState = stateToApi(state);
    i.scheduledStop = stopAt;
    return i;
}
} // namespace

class TestStopReminder final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void firedScheduleIsAnnouncedAndItsReminderWithdrawn()
    {
        QDateTime now = kStart;
        InstanceStore store;
        InstanceTableModel model(&store);
        model.setClock([&now] { return now; });
        StopReminder reminder(&store, nullptr);
        reminder.setClock([&now] { return now; });
        reminder.setCheckIntervalMs(3600 * 1000); // only the checks below
        RecordingNotifier notifier;
        reminder.setNotifier(&notifier);
        QSignalSpy fired(&reminder, &StopReminder::fired);
        const QDateTime stopAt = kStart.addSecs(15 * 60);

        store.applyFullList({train01(InstanceState::Running, stopAt)});
        reminder.check();
        QVERIFY(notifier.shown.isEmpty()); // 15 minutes away

        now = kStart.addSecs(6 * 60); // 9 minutes left: the reminder, quoting Cost now
        reminder.check();
        QCOMPARE(notifier.shown.size(), 1);
        const Instance running = train01(InstanceState::Running, stopAt);
        QCOMPARE(notifier.lines().first(), StopReminder::reminderTag(running.id) +
                                               QStringLiteral("|Scheduled stop in 9 min|") +
                                               QStringLiteral("train-01 stops at %1 (%2)")
                                                   .arg(AutoStopText::clockTime(stopAt, now),
                                                        CostText::costNow(running, now)));
        QVERIFY(notifier.lines().first().endsWith(QStringLiteral("(¥3.06/h)")));

        // The gateway stops it at its time: the next listing shows it stopped,
        // the schedule gone.
        now = stopAt.addSecs(20);
        store.applyFullList({train01(InstanceState::Stopped, {})});
        QCOMPARE(fired.size(), 1);
        QCOMPARE(notifier.withdrawn, QStringList{StopReminder::reminderTag(running.id)});
        QCOMPARE(notifier.shown.size(), 2);
        QCOMPARE(notifier.lines().last(),
                 StopReminder::firedTag(running.id) + QStringLiteral("|Stopped by its schedule|") +
                     QStringLiteral("train-01 was stopped by its schedule at %1")
                         .arg(AutoStopText::clockTime(stopAt, now)));
        // Announced once.
        store.applyFullList({train01(InstanceState::Stopped, {})});
        reminder.check();
        QCOMPARE(fired.size(), 1);
        QCOMPARE(notifier.shown.size(), 2);
    }

    void cancelledScheduleWithdrawsItsReminder()
    {
        QDateTime now = kStart;
        InstanceStore store;
        InstanceTableModel model(&store);
        model.setClock([&now] { return now; });
        StopReminder reminder(&store, nullptr);
        reminder.setClock([&now] { return now; });
        reminder.setCheckIntervalMs(3600 * 1000);
        RecordingNotifier notifier;
        reminder.setNotifier(&notifier);
        QSignalSpy fired(&reminder, &StopReminder::fired);
        const QDateTime stopAt = kStart.addSecs(5 * 60);
        store.applyFullList({train01(InstanceState::Running, stopAt)});
        reminder.check();
        QCOMPARE(notifier.shown.size(), 1);
        // Cancelled: still running, no schedule.
        now = kStart.addSecs(60);
        store.applyFullList({train01(InstanceState::Running, {})});
        reminder.check();
        QCOMPARE(notifier.withdrawn,
                 QStringList{StopReminder::reminderTag(QStringLiteral("uhost-t1"))});
        // Stopped by hand long before its (cancelled) time: no "stopped by its schedule".
        store.applyFullList({train01(InstanceState::Stopped, {})});
        reminder.check();
        QCOMPARE(fired.size(), 0);
    }

    void schedulingAStoppedInstanceIsRefusedBeforeSending()
    {
        InstanceStore store;
        InstanceTableModel model(&store);
        model.setClock([] { return kStart; });
        store.applyFullList({train01(InstanceState::Stopped, {})});
        // No client at all: anything sent would crash; nothing is.
        OperationTracker operations;
        operations.setClock([] { return kStart; });
        StopScheduleController schedules(nullptr, &store, &operations);
        QSignalSpy outcomes(&schedules, &StopScheduleController::outcome);
        QCOMPARE(schedules.schedule({QStringLiteral("uhost-t1")}, kStart.addSecs(3600)), 0);
        QCOMPARE(schedules.extend({QStringLiteral("uhost-t1")}, 3600), 0);
        QCOMPARE(outcomes.size(), 2);
        const auto first = outcomes.first().first().value<ScheduleOutcome>();
        QCOMPARE(first.result, ScheduleOutcome::Result::Skipped);
        QCOMPARE(first.blocker, ScheduleBlocker::AlreadyStopped);
    }
};

QTEST_GUILESS_MAIN(TestStopReminder)
#include "tst_stopreminder.moc"
