// SPDX-License-Identifier: MIT
// One reminder per scheduled stop, a set time before it (Preferences, 10
// minutes by default): "train-01 stops at 18:00 (¥8.72/h)" (the figure is
// Cost now) with Extend 1 h and Open. Extend goes through
// StopScheduleController at once, without opening the window; Open asks the
// window to show the instance. When the schedule fires (the listing shows the
// instance stopping or stopped at or after its time), the reminder is
// withdrawn and "train-01 was stopped by its schedule at 18:00" is shown;
// a schedule cancelled or moved withdraws its reminder too.
#pragma once

#include "work/ActionNotifier.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QTimer;

namespace compshare {

class InstanceStore;
class StopScheduleController;

class StopReminder final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kExtendSecs = 3600;

    StopReminder(InstanceStore *store, StopScheduleController *schedules,
                 QObject *parent = nullptr);

    void setNotifier(ActionNotifier *notifier);
    void setClock(std::function<QDateTime()> now);
    void setLeadMinutes(int minutes); // 0: no reminders
    int leadMinutes() const { return m_leadMinutes; }
    void setCheckIntervalMs(int ms); // default 15 s

    // Looks for stops that are due a reminder now (also runs by itself).
    void check();

    // Tags of the notifications, for tests and the UI.
    static QString reminderTag(const QString &id);
    static QString firedTag(const QString &id);

signals:
    void reminded(const QString &id, const QString &title, const QString &body);
    void fired(const QString &id, const QString &title, const QString &body);
    void openRequested(const QString &id);

private:
    void onAction(const QString &tag, const QString &key);

    InstanceStore *m_store;
    StopScheduleController *m_schedules;
    QPointer<ActionNotifier> m_notifier;
    std::function<QDateTime()> m_now;
    QTimer *m_timer;
    int m_leadMinutes = 10;
    void checkFired(const QDateTime &now);

    QHash<QString, qint64> m_reminded;  // id -> the stop time (s) already reminded of
    QHash<QString, qint64> m_scheduled; // id -> the stop time (s) of a running instance
};

} // namespace compshare
