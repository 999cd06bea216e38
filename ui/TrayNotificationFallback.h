// SPDX-License-Identifier: MIT
// Shows a desktop notification through the system tray when no
// org.freedesktop.Notifications service answered (DesktopNotifications
// emits fallbackNeeded). A click on the tray message counts as the
// notification's "default" action; other actions cannot be offered there.
#pragma once

#include "work/DesktopNotifications.h"

#include <QObject>

class QSystemTrayIcon;

namespace compshare::ui {

class TrayNotificationFallback final : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotificationFallback(DesktopNotifications *notifications,
                                      QObject *parent = nullptr);

    // The last notification the tray was asked to show (tests).
    QString lastShownKey() const { return m_lastKey; }

signals:
    void actionInvoked(const QString &key, const QString &actionId);

private:
    void showInTray(const DesktopNotification &n);

    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastKey;
};

} // namespace compshare::ui
