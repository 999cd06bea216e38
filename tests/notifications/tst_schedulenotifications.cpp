// SPDX-License-Identifier: MIT
// A fired scheduled stop's notification (and every other ActionNotifier
// notification: reminders, the idle-stop warning) respects the user's "Show
// desktop notifications" like every other notifier: switched off, nothing
// reaches the notification service, and the window still says it in the
// status bar. Injectable clocks; a recording notification service on a
// private bus; and the wiring inside MainWindow.
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "state/InstanceStore.h"
#include "support/FakeNotificationService.h"
#include "support/TestInstances.h"
#include "ui/MainWindow.h"
#include "work/DesktopActionNotifier.h"
#include "work/DesktopNotifications.h"
#include "work/StopReminder.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace compshare;
using compshare::test::FakeNotificationService;

namespace {
const QDateTime kStart = QDateTime::fromSecsSinceEpoch(1800000000, QTimeZone::utc());

Instance train01(InstanceState state, const QDateTime &stopAt)
{
    Instance i = test::makeInstance(QStringLiteral("uhost-t1"), QStringLiteral("train-01"),
                                    ChargeType::Postpay, 2.96);
    i.state = state;
    i.rawState = stateToApi(state);
    i.scheduledStop = stopAt;
    return i;
}

// Runs train-01's schedule to its end on `store`: listed running with a stop
// at 18:00, then stopped at 18:00:20. Returns how often `reminder` fired.
int fireSchedule(InstanceStore &store, StopReminder &reminder, QDateTime &now)
{
    QSignalSpy fired(&reminder, &StopReminder::fired);
    const QDateTime stopAt = kStart.addSecs(15 * 60);
    store.applyFullList({train01(InstanceState::Running, stopAt)});
    reminder.check();
    now = stopAt.addSecs(20);
    store.applyFullList({train01(InstanceState::Stopped, {})});
    return int(fired.size());
}
} // namespace

class TestScheduleNotifications final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void firedScheduleRespectsNotificationsOff()
    {
        FakeNotificationService fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        QTemporaryDir dir;
        ConsoleSettings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setDesktopNotifications(false);
        DesktopNotifications desktop(fake.clientBus());
        DesktopActionNotifier notifier(&desktop);
        notifier.setSettings(&settings);

        QDateTime now = kStart;
        InstanceStore store;
        StopReminder reminder(&store, nullptr);
        reminder.setClock([&now] { return now; });
        reminder.setCheckIntervalMs(3600 * 1000); // only the checks below
        reminder.setNotifier(&notifier);
        QCOMPARE(fireSchedule(store, reminder, now), 1); // fired, and said (signal)
        QCOMPARE(desktop.pendingCalls(), 0);             // show() counts a call at once
        QVERIFY(fake.calls().isEmpty());

        // Switched on again: the same event reaches the service.
        settings.setDesktopNotifications(true);
        now = kStart;
        QCOMPARE(fireSchedule(store, reminder, now), 1);
        QTRY_COMPARE(fake.calls().size(), 1);
        QCOMPARE(fake.calls().first().summary, QStringLiteral("Stopped by its schedule"));
    }

    void theWindowWiresThePreference()
    {
        // MainWindow's own notifier on the session bus: with notifications off
        // nothing is sent (neither a D-Bus call nor the tray fallback), and
        // the status bar still tells.
        for (const bool on : {false, true}) {
            QSettings().clear();
            CommandLineOptions options;
            options.connectLater = true;
            AccountSession account(options);
            ui::MainWindow window(&account);
            // Switched in the account's settings after start: applied at once.
            account.settings()->setDesktopNotifications(on);
            DesktopNotifications *desktop = account.notifications();
            QSignalSpy fallback(desktop, &DesktopNotifications::fallbackNeeded);
            QDateTime now = kStart;
            account.session()->setClock([&now] { return now; }); // the session's one clock
            StopReminder *reminder = account.session()->stopReminder();
            QCOMPARE(fireSchedule(*account.session()->store(), *reminder, now), 1);
            const int attempts = desktop->pendingCalls() + int(fallback.size());
            QCOMPARE(attempts > 0, on);
            QVERIFY(window.statusBar()->currentMessage().contains(
                QStringLiteral("train-01 was stopped by its schedule at")));
        }
        QSettings().clear();
    }
};

QTEST_MAIN(TestScheduleNotifications)
#include "tst_schedulenotifications.moc"
