// SPDX-License-Identifier: MIT
// Desktop notifications through org.freedesktop.Notifications (the spec
// every Linux desktop implements), over QtDBus, asynchronously.
//
// How to use it (one instance per window, MainWindow owns it):
//
//     DesktopNotification n;
//     n.key = QStringLiteral("idle:") + instanceId; // same key = update in place
//     n.summary = tr("GPU idle for 30 min");
//     n.body = tr("%1 has been idle…").arg(name);
//     n.actions = {{QStringLiteral("default"), tr("Show")},
//                  {QStringLiteral("stop"), tr("Stop…")}};
//     notifications->show(n);
//     connect(notifications, &DesktopNotifications::actionInvoked, this,
//             [](const QString &key, const QString &actionId) { ... });
//
// - `key` is chosen by the caller. Showing a notification with a key that is
//   still on screen replaces it (the server's replaces_id), so progress and
//   reminders update instead of piling up. close(key) withdraws it.
// - `actions` are (actionId, label) pairs. The id "default" is the click on
//   the notification itself on most desktops. actionInvoked(key, actionId)
//   comes back whether or not the window is open or focused, so an action
//   such as "Extend 1 h" can act directly; an action that needs a
//   confirmation ("Stop…") should raise the window and ask there.
// - closed(key, reason) follows the spec's reasons (1 expired, 2 dismissed,
//   3 closed by a call, 4 other).
// - Where no notification service answers (no session bus, no server),
//   fallbackNeeded(notification) is emitted instead; the ui/ layer shows it
//   through the tray (TrayNotificationFallback). Actions are then lost
//   except "default", which the tray's message click maps to.
// - This class does not read the "desktop notifications" preference: check
//   ConsoleSettings::desktopNotifications() before calling show().
// - Every D-Bus call is asynchronous; nothing here blocks the GUI thread.
#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>

class QDBusPendingCallWatcher;

namespace compshare {

struct DesktopNotification
{
    enum class Urgency
    {
        Low = 0,
        Normal = 1,
        Critical = 2
    };

    QString key;                            // caller's id; repeats replace
    QString summary;                        // one line
    QString body;                           // plain text
    QList<QPair<QString, QString>> actions; // (actionId, label)
    Urgency urgency = Urgency::Normal;
    int timeoutMs = -1; // -1: the server decides
};

class DesktopNotifications final : public QObject
{
    Q_OBJECT

public:
    static inline const QString kService = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
    static inline const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString kDefaultAction = QStringLiteral("default");

    // The session bus.
    explicit DesktopNotifications(QObject *parent = nullptr);
    // A given bus (tests use a private one).
    explicit DesktopNotifications(const QDBusConnection &bus, QObject *parent = nullptr);
    ~DesktopNotifications() override;

    // The name and icon the server shows; default: the application name and
    // the installed icon "compshare-console".
    void setApplication(const QString &appName, const QString &iconName);

    void show(const DesktopNotification &notification);
    void close(const QString &key);
    // Added to every title from now on, e.g. "(demo)" on the demo cloud, so a
    // demo alarm is never taken for a real one; empty: none.
    void setTitleMarker(const QString &marker) { m_titleMarker = marker; }
    QString titleMarker() const { return m_titleMarker; }

    // False once a Notify call failed because no service answered; true
    // after one succeeded. Before any call: true when a bus is connected.
    bool serviceAvailable() const { return m_serviceAvailable; }
    // How many Notify calls await their reply.
    int pendingCalls() const { return m_pending; }

signals:
    void actionInvoked(const QString &key, const QString &actionId);
    void closed(const QString &key, uint reason);
    // No notification service answered; show it some other way.
    void fallbackNeeded(const compshare::DesktopNotification &notification);
    // The server accepted a notification (its id is known from now on).
    void shown(const QString &key, uint serverId);

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void send(const DesktopNotification &notification);
    void onNotifyFinished(QDBusPendingCallWatcher *watcher, const DesktopNotification &n);
    void sendClose(uint id);
    QString keyFor(uint id) const;

    QDBusConnection m_bus;
    QString m_appName;
    QString m_iconName;
    QHash<QString, uint> m_ids; // key -> server id
    // A key whose Notify awaits its reply: a newer show() waits here so it
    // can replace by id instead of opening a second notification.
    QHash<QString, DesktopNotification> m_waiting;
    QSet<QString> m_inFlight;
    QSet<QString> m_closeAfterReply;
    bool m_serviceAvailable = false;
    QString m_titleMarker;
    int m_pending = 0;
};

} // namespace compshare

Q_DECLARE_METATYPE(compshare::DesktopNotification)
