// SPDX-License-Identifier: MIT
#include "work/DesktopNotifications.h"

#include "base/Logging.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace compshare {

DesktopNotifications::DesktopNotifications(QObject *parent)
    : DesktopNotifications(QDBusConnection::sessionBus(), parent)
{}

DesktopNotifications::DesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_appName(QCoreApplication::applicationName())
    , m_iconName(QStringLiteral("compshare-console"))
    , m_serviceAvailable(bus.isConnected())
{
    qRegisterMetaType<DesktopNotification>();
    if (!m_bus.isConnected())
        return;
    // An empty service name: QtDBus would otherwise resolve the name's owner
    // with a blocking call. Ids that are not ours are ignored in the slots.
    m_bus.connect(QString(), kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
}

DesktopNotifications::~DesktopNotifications() = default;

void DesktopNotifications::setApplication(const QString &appName, const QString &iconName)
{
    m_appName = appName;
    m_iconName = iconName;
}

void DesktopNotifications::show(const DesktopNotification &shown)
{
    DesktopNotification notification = shown;
    if (!m_titleMarker.isEmpty() && !notification.summary.endsWith(m_titleMarker)) {
        // No ASCII space before a full-width bracket ("GPU 空闲（演示）").
        const bool fullWidth = m_titleMarker.startsWith(QChar(0xFF08));
        notification.summary += (fullWidth ? QString() : QStringLiteral(" ")) + m_titleMarker;
    }
    if (!m_bus.isConnected()) {
        m_serviceAvailable = false;
        emit fallbackNeeded(notification);
        return;
    }
    m_closeAfterReply.remove(notification.key);
    if (m_inFlight.contains(notification.key)) {
        m_waiting.insert(notification.key, notification);
        return;
    }
    send(notification);
}

void DesktopNotifications::send(const DesktopNotification &n)
{
    QStringList actions;
    QStringList labels;
    for (const auto &[id, label] : n.actions) {
        if (labels.contains(label))
            continue; // two buttons saying the same thing: the first one only
        labels << label;
        actions << id << label;
    }
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(n.urgency)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("compshare-console"));
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << m_appName << m_ids.value(n.key, 0u) << m_iconName << n.summary << n.body << actions
         << hints << n.timeoutMs;
    m_inFlight.insert(n.key);
    ++m_pending;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, n](QDBusPendingCallWatcher *w) { onNotifyFinished(w, n); });
}

void DesktopNotifications::onNotifyFinished(QDBusPendingCallWatcher *watcher,
                                            const DesktopNotification &n)
{
    watcher->deleteLater();
    --m_pending;
    m_inFlight.remove(n.key);
    const QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        qCInfo(lcUi) << "notification service did not answer:" << reply.error().name();
        m_serviceAvailable = false;
        m_ids.remove(n.key);
        m_closeAfterReply.remove(n.key);
        emit fallbackNeeded(n);
        if (m_waiting.contains(n.key))
            emit fallbackNeeded(m_waiting.take(n.key));
        return;
    }
    m_serviceAvailable = true;
    const uint id = reply.value();
    m_ids.insert(n.key, id);
    emit shown(n.key, id);
    if (m_closeAfterReply.remove(n.key)) {
        m_waiting.remove(n.key);
        close(n.key);
    } else if (m_waiting.contains(n.key)) {
        send(m_waiting.take(n.key));
    }
}

void DesktopNotifications::close(const QString &key)
{
    m_waiting.remove(key);
    if (m_inFlight.contains(key)) {
        m_closeAfterReply.insert(key);
        return;
    }
    const uint id = m_ids.value(key, 0u);
    if (id != 0)
        sendClose(id);
}

void DesktopNotifications::sendClose(uint id)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                       QStringLiteral("CloseNotification"));
    call << id;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
            &QDBusPendingCallWatcher::deleteLater);
}

QString DesktopNotifications::keyFor(uint id) const
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (it.value() == id)
            return it.key();
    }
    return {};
}

void DesktopNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    const QString key = keyFor(id);
    if (!key.isEmpty())
        emit actionInvoked(key, actionKey);
}

void DesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    const QString key = keyFor(id);
    if (key.isEmpty())
        return;
    m_ids.remove(key);
    emit closed(key, reason);
}

} // namespace compshare
