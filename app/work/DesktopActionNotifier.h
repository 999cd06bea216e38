// SPDX-License-Identifier: MIT
// ActionNotifier on top of DesktopNotifications (org.freedesktop.Notifications):
// reminders get real buttons; Extend works without opening the window. With
// the user's "Show desktop notifications" off (ConsoleSettings) it shows
// nothing, like every other notifier of the console; withdrawing still works.
#pragma once

#include "work/ActionNotifier.h"

namespace compshare {

class ConsoleSettings;
class DesktopNotifications;

class DesktopActionNotifier final : public ActionNotifier
{
    Q_OBJECT

public:
    explicit DesktopActionNotifier(DesktopNotifications *notifications, QObject *parent = nullptr);
    void show(const QString &tag, const QString &title, const QString &body,
              const QList<NotificationAction> &actions) override;
    void withdraw(const QString &tag) override;
    // The settings whose desktopNotifications() is asked at every show(); none: always shown.
    void setSettings(const ConsoleSettings *settings) { m_settings = settings; }

private:
    DesktopNotifications *m_notifications;
    const ConsoleSettings *m_settings = nullptr;
};

} // namespace compshare
