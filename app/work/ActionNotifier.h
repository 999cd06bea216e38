// SPDX-License-Identifier: MIT
// The small interface reminders need from a desktop notifier: show a
// notification with buttons, replace it by tag, and report which button was
// pressed. The UI provides the implementation (desktop service or tray).
#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace compshare {

struct NotificationAction
{
    QString key;   // e.g. "extend"
    QString label; // e.g. "Extend 1 h"
};

class ActionNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // A notification with the same tag replaces the previous one.
    virtual void show(const QString &tag, const QString &title, const QString &body,
                      const QList<NotificationAction> &actions) = 0;
    // Takes the notification with this tag away (nothing when none is shown).
    virtual void withdraw(const QString &tag) { Q_UNUSED(tag) }

signals:
    void actionInvoked(const QString &tag, const QString &actionKey);
};

} // namespace compshare
