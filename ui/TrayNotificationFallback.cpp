// SPDX-License-Identifier: MIT
#include "ui/TrayNotificationFallback.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace compshare::ui {

TrayNotificationFallback::TrayNotificationFallback(DesktopNotifications *notifications,
                                                   QObject *parent)
    : QObject(parent)
{
    connect(notifications, &DesktopNotifications::fallbackNeeded, this,
            &TrayNotificationFallback::showInTray);
    connect(this, &TrayNotificationFallback::actionInvoked, notifications,
            &DesktopNotifications::actionInvoked);
}

void TrayNotificationFallback::showInTray(const DesktopNotification &n)
{
    m_lastKey = n.key;
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // nowhere to show it; the window's banners still tell the story
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit actionInvoked(m_lastKey, DesktopNotifications::kDefaultAction); });
    }
    m_tray->show();
    m_tray->showMessage(n.summary, n.body,
                        n.urgency == DesktopNotification::Urgency::Critical
                            ? QSystemTrayIcon::Warning
                            : QSystemTrayIcon::Information,
                        n.timeoutMs > 0 ? n.timeoutMs : 8000);
}

} // namespace compshare::ui
