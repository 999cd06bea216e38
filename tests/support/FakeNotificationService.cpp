// SPDX-License-Identifier: MIT
#include "support/FakeNotificationService.h"

#include <QDBusConnectionInterface>
#include <QUuid>

namespace compshare::test {

FakeNotificationService::FakeNotificationService()
{
    const QString tag = QUuid::createUuid().toString(QUuid::Id128);
    m_serviceConnection = QStringLiteral("fake-notify-service-") + tag;
    m_clientConnection = QStringLiteral("fake-notify-client-") + tag;
}

FakeNotificationService::~FakeNotificationService()
{
    QDBusConnection::disconnectFromBus(m_clientConnection);
    QDBusConnection::disconnectFromBus(m_serviceConnection);
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.kill();
        m_daemon.waitForFinished(5000); // test code: a blocking wait is fine here
    }
}

bool FakeNotificationService::start()
{
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   {QStringLiteral("--session"), QStringLiteral("--nofork"),
                    QStringLiteral("--print-address=1")});
    if (!m_daemon.waitForStarted(5000)) {
        m_error = QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
        return false;
    }
    while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(5000)) {
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    if (m_address.isEmpty()) {
        m_error = QStringLiteral("dbus-daemon printed no address");
        return false;
    }
    QDBusConnection bus = QDBusConnection::connectToBus(m_address, m_serviceConnection);
    if (!bus.isConnected()) {
        m_error = QStringLiteral("cannot connect: ") + bus.lastError().message();
        return false;
    }
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)) {
        m_error = QStringLiteral("cannot register the object");
        return false;
    }
    if (!bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        m_error = QStringLiteral("cannot own the name: ") + bus.lastError().message();
        return false;
    }
    return true;
}

QDBusConnection FakeNotificationService::clientBus() const
{
    return QDBusConnection::connectToBus(m_address, m_clientConnection);
}

uint FakeNotificationService::Notify(const QString &appName, uint replacesId,
                                     const QString &appIcon, const QString &summary,
                                     const QString &body, const QStringList &actions,
                                     const QVariantMap &hints, int expireTimeout)
{
    RecordedNotification r;
    r.appName = appName;
    r.replacesId = replacesId;
    r.appIcon = appIcon;
    r.summary = summary;
    r.body = body;
    r.actions = actions;
    r.hints = hints;
    r.expireTimeout = expireTimeout;
    r.returnedId = replacesId != 0 ? replacesId : m_nextId++;
    m_calls.append(r);
    emit notifyReceived();
    return r.returnedId;
}

void FakeNotificationService::CloseNotification(uint id)
{
    m_closeCalls.append(id);
    emit NotificationClosed(id, 3);
}

QStringList FakeNotificationService::GetCapabilities()
{
    return {QStringLiteral("actions"), QStringLiteral("body")};
}

void FakeNotificationService::invokeAction(uint id, const QString &actionKey)
{
    emit ActionInvoked(id, actionKey);
}

void FakeNotificationService::dismiss(uint id)
{
    emit NotificationClosed(id, 2);
}

void FakeNotificationService::releaseName()
{
    QDBusConnection(m_serviceConnection)
        .unregisterService(QStringLiteral("org.freedesktop.Notifications"));
}

} // namespace compshare::test
