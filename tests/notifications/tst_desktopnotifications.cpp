// SPDX-License-Identifier: MIT
// DesktopNotifications against a fake org.freedesktop.Notifications server
// on a private bus: what arrives (app name, icon, summary, body, actions,
// replaces_id, hints), that actions and closes come back under the caller's
// key, and the fallback when no service answers.
#include "support/FakeNotificationService.h"
#include "work/DesktopNotifications.h"

#include <QSignalSpy>
#include <QTest>

using namespace compshare;
using compshare::test::FakeNotificationService;

namespace {
DesktopNotification reminder()
{
    DesktopNotification n;
    n.key = QStringLiteral("schedule:uhost-1");
    n.summary = QStringLiteral("gpu-a100 stops in 10 minutes");
    n.body = QStringLiteral("Scheduled stop at 18:00.");
    n.actions = {{QStringLiteral("default"), QStringLiteral("Show")},
                 {QStringLiteral("extend"), QStringLiteral("Extend 1 h")}};
    n.urgency = DesktopNotification::Urgency::Critical;
    return n;
}
} // namespace

class TestDesktopNotifications : public QObject
{
    Q_OBJECT

private slots:
    void notifyCarriesEverything()
    {
        FakeNotificationService fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        DesktopNotifications notifications(fake.clientBus());
        notifications.setApplication(QStringLiteral("CompShare Console"),
                                     QStringLiteral("compshare-console"));
        QSignalSpy shown(&notifications, &DesktopNotifications::shown);
        notifications.show(reminder());
        QTRY_COMPARE(fake.calls().size(), 1);
        const auto &call = fake.calls().first();
        QCOMPARE(call.appName, QStringLiteral("CompShare Console"));
        QCOMPARE(call.appIcon, QStringLiteral("compshare-console"));
        QCOMPARE(call.summary, QStringLiteral("gpu-a100 stops in 10 minutes"));
        QCOMPARE(call.body, QStringLiteral("Scheduled stop at 18:00."));
        QCOMPARE(call.actions,
                 (QStringList{QStringLiteral("default"), QStringLiteral("Show"),
                              QStringLiteral("extend"), QStringLiteral("Extend 1 h")}));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.expireTimeout, -1);
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 2);
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("compshare-console"));
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(notifications.serviceAvailable());
    }

    void demoMarkerOnEveryTitle()
    {
        // On the demo cloud every notification says so: no real-looking alarm.
        FakeNotificationService fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        DesktopNotifications notifications(fake.clientBus());
        notifications.setTitleMarker(QStringLiteral("(demo)"));
        notifications.show(reminder());
        QTRY_COMPARE(fake.calls().size(), 1);
        QCOMPARE(fake.calls().first().summary,
                 QStringLiteral("gpu-a100 stops in 10 minutes (demo)"));
        notifications.setTitleMarker({});
        DesktopNotification other = reminder();
        other.key = QStringLiteral("other");
        notifications.show(other);
        QTRY_COMPARE(fake.calls().size(), 2);
        QCOMPARE(fake.calls().last().summary, QStringLiteral("gpu-a100 stops in 10 minutes"));
        // The Chinese marker is in full-width brackets: no ASCII space before it.
        notifications.setTitleMarker(QStringLiteral("（演示）"));
        DesktopNotification zh = reminder();
        zh.key = QStringLiteral("zh");
        zh.summary = QStringLiteral("GPU 空闲");
        notifications.show(zh);
        QTRY_COMPARE(fake.calls().size(), 3);
        QCOMPARE(fake.calls().last().summary, QStringLiteral("GPU 空闲（演示）"));
    }

    void sameKeyReplacesOtherKeyDoesNot()
    {
        FakeNotificationService fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        DesktopNotifications notifications(fake.clientBus());
        QSignalSpy shown(&notifications, &DesktopNotifications::shown);
        DesktopNotification n = reminder();
        notifications.show(n);
        QTRY_COMPARE(shown.size(), 1);
        const uint first = fake.calls().first().returnedId;
        n.summary = QStringLiteral("gpu-a100 stops in 5 minutes");
        notifications.show(n);
        QTRY_COMPARE(fake.calls().size(), 2);
        QCOMPARE(fake.calls().at(1).replacesId, first);
        QCOMPARE(fake.calls().at(1).summary, QStringLiteral("gpu-a100 stops in 5 minutes"));

        DesktopNotification other = reminder();
        other.key = QStringLiteral("schedule:uhost-2");
        notifications.show(other);
        QTRY_COMPARE(fake.calls().size(), 3);
        QCOMPARE(fake.calls().at(2).replacesId, 0u);
    }

    void updateBeforeTheFirstReplyStillReplaces()
    {
        FakeNotificationService fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        DesktopNotifications notifications(fake.clientBus());
        DesktopNotification n = reminder();
        notifications.show(n);
        n.body = QStringLiteral("second");
        notifications.show(n); // before the first Notify answered
        QTRY_COMPARE(fake.calls().size(), 2);
        QCOMPARE(fake.calls().at(1).replacesId, fake.calls().at(0).returnedId);
        QCOMPARE(fake.calls().at(1).body, QStringLiteral("second"));
    }

    void actionReachesTheCallerUnderItsKey()
    {
        FakeNotificationService fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        DesktopNotifications notifications(fake.clientBus());
        QSignalSpy shown(&notifications, &DesktopNotifications::shown);
        QSignalSpy actions(&notifications, &DesktopNotifications::actionInvoked);
        QSignalSpy closed(&notifications, &DesktopNotifications::closed);
        notifications.show(reminder());
        QTRY_COMPARE(shown.size(), 1);
        const uint id = fake.calls().first().returnedId;

        fake.invokeAction(id + 100, QStringLiteral("extend")); // someone else's notification
        fake.invokeAction(id, QStringLiteral("extend"));
        QTRY_COMPARE(actions.size(), 1);
        QCOMPARE(actions.first().at(0).toString(), QStringLiteral("schedule:uhost-1"));
        QCOMPARE(actions.first().at(1).toString(), QStringLiteral("extend"));

        fake.dismiss(id);
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(closed.first().at(0).toString(), QStringLiteral("schedule:uhost-1"));
        QCOMPARE(closed.first().at(1).toUInt(), 2u);
        // Closed: the next one with that key is new, not a replacement.
        notifications.show(reminder());
        QTRY_COMPARE(fake.calls().size(), 2);
        QCOMPARE(fake.calls().at(1).replacesId, 0u);
    }

    void closeWithdrawsByServerId()
    {
        FakeNotificationService fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        DesktopNotifications notifications(fake.clientBus());
        QSignalSpy closed(&notifications, &DesktopNotifications::closed);
        notifications.show(reminder());
        notifications.close(reminder().key); // while Notify is still in flight
        QTRY_COMPARE(fake.closeCalls().size(), 1);
        QCOMPARE(fake.closeCalls().first(), fake.calls().first().returnedId);
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(closed.first().at(1).toUInt(), 3u);
    }

    void noServiceOnTheBusFallsBack()
    {
        FakeNotificationService fake;
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        fake.releaseName(); // a desktop without a notification server
        DesktopNotifications notifications(fake.clientBus());
        QSignalSpy fallback(&notifications, &DesktopNotifications::fallbackNeeded);
        notifications.show(reminder());
        QTRY_COMPARE(fallback.size(), 1);
        QCOMPARE(fallback.first().at(0).value<DesktopNotification>().summary, reminder().summary);
        QVERIFY(!notifications.serviceAvailable());
        QVERIFY(fake.calls().isEmpty());
    }

    void noBusFallsBack()
    {
        DesktopNotifications notifications(QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("no-bus")));
        QSignalSpy fallback(&notifications, &DesktopNotifications::fallbackNeeded);
        notifications.show(reminder());
        QCOMPARE(fallback.size(), 1);
        QCOMPARE(fallback.first().at(0).value<DesktopNotification>().key, reminder().key);
        QVERIFY(!notifications.serviceAvailable());
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifications)
#include "tst_desktopnotifications.moc"
