// SPDX-License-Identifier: MIT
// ActionNotifier on top of DesktopNotifications (org.freedesktop.Notifications):
// reminders get real buttons; Extend works without opening the window.
#pragma once

#include "schedule/ActionNotifier.h"

namespace compshare {

class DesktopNotifications;

class DesktopActionNotifier final : public ActionNotifier
{
    Q_OBJECT

public:
    explicit DesktopActionNotifier(DesktopNotifications *notifications, QObject *parent = nullptr);
    void show(const QString &tag, const QString &title, const QString &body,
              const QList<NotificationAction> &actions) override;
    void withdraw(const QString &tag) override;

private:
    DesktopNotifications *m_notifications;
};

} // namespace compshare
