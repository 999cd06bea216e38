// SPDX-License-Identifier: MIT
#include "work/DesktopActionNotifier.h"

#include "state/ConsoleSettings.h"
#include "work/DesktopNotifications.h"

namespace compshare {

DesktopActionNotifier::DesktopActionNotifier(DesktopNotifications *notifications, QObject *parent)
    : ActionNotifier(parent)
    , m_notifications(notifications)
{
    connect(notifications, &DesktopNotifications::actionInvoked, this,
            &ActionNotifier::actionInvoked);
}

void DesktopActionNotifier::show(const QString &tag, const QString &title, const QString &body,
                                 const QList<NotificationAction> &actions)
{
    if (m_settings && !m_settings->desktopNotifications())
        return; // switched off in Preferences: the status bar says it instead
    DesktopNotification n;
    n.key = tag;
    n.summary = title;
    n.body = body;
    for (const NotificationAction &a : actions)
        n.actions.append({a.key, a.label});
    // A click on the notification itself opens the instance.
    n.actions.append(
        {DesktopNotifications::kDefaultAction, actions.isEmpty() ? title : actions.last().label});
    m_notifications->show(n);
}

void DesktopActionNotifier::withdraw(const QString &tag)
{
    m_notifications->close(tag);
}

} // namespace compshare
