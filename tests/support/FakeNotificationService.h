// SPDX-License-Identifier: MIT
// A small org.freedesktop.Notifications server for tests: it runs its own
// dbus-daemon (so parallel suites never fight over the well-known name),
// owns the name there, records every Notify call and can play the user:
// invoke an action or close a notification. Give clientBus() to the
// DesktopNotifications under test.
//
//     test::FakeNotificationService fake;
//     QVERIFY2(fake.start(), qPrintable(fake.error()));
//     DesktopNotifications n(fake.clientBus());
//     ...
//     QTRY_COMPARE(fake.calls().size(), 1);
//     fake.invokeAction(fake.calls().first().returnedId, "stop");
#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QVariantMap>

namespace compshare::test {

struct RecordedNotification
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions; // id, label, id, label, ...
    QVariantMap hints;
    int expireTimeout = 0;
    uint returnedId = 0;
};

class FakeNotificationService final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    FakeNotificationService();
    ~FakeNotificationService() override;

    // Starts the bus and registers the service; false with error() if not.
    bool start();
    QString error() const { return m_error; }
    // A connection to the private bus for the code under test.
    QDBusConnection clientBus() const;

    const QList<RecordedNotification> &calls() const { return m_calls; }
    QList<uint> closeCalls() const { return m_closeCalls; }

    // As if the user clicked an action / dismissed the notification.
    void invokeAction(uint id, const QString &actionKey);
    void dismiss(uint id);
    // Gives up the well-known name: the bus then has no notification server.
    void releaseName();

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);
    QStringList GetCapabilities();

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
    void notifyReceived();

private:
    QProcess m_daemon;
    QString m_address;
    QString m_serviceConnection;
    QString m_clientConnection;
    QString m_error;
    QList<RecordedNotification> m_calls;
    QList<uint> m_closeCalls;
    uint m_nextId = 1;
};

} // namespace compshare::test
