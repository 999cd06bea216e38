// SPDX-License-Identifier: MIT
// What a desktop notifier is asked to show and withdraw, through the
// ActionNotifier interface the stop reminder, stop when idle and the idle
// warnings use; press() answers as a click on a notification's button. A
// stand-in for our own interface: the real desktop service is driven in
// tst_desktopnotifications.
#pragma once

#include "work/ActionNotifier.h"

#include <QStringList>

namespace compshare::test {

class RecordingNotifier final : public ActionNotifier
{
public:
    struct Shown
    {
        QString tag, title, body;
        QList<NotificationAction> actions;
    };
    QList<Shown> shown;
    QStringList withdrawn; // tags

    void show(const QString &tag, const QString &title, const QString &body,
              const QList<NotificationAction> &actions) override
    {
        shown.append({tag, title, body, actions});
    }
    void withdraw(const QString &tag) override { withdrawn << tag; }
    void press(const QString &tag, const QString &key) { emit actionInvoked(tag, key); }

    QStringList tags() const
    {
        QStringList out;
        for (const Shown &s : shown)
            out << s.tag;
        return out;
    }
    // "tag|title|body" per notification shown.
    QStringList lines() const
    {
        QStringList out;
        for (const Shown &s : shown)
            out << s.tag + QLatin1Char('|') + s.title + QLatin1Char('|') + s.body;
        return out;
    }
};

} // namespace compshare::test
