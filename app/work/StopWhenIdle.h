// SPDX-License-Identifier: MIT
// "Stop this instance after its GPUs have been idle for N minutes": opt-in,
// per instance, using the shared GpuIdleTracker (no second idle detector).
// It runs only while the console runs, so a scheduled stop is the safety net.
// Before acting it notifies, with a "Keep running" grace
// (bounds::kStopWhenIdleGraceSecs); then it stops through StopController, the same path as a user's
// Stop, never with Force: spot instances are never stopped by it.
#pragma once

#include "base/Bounds.h"
#include "domain/Instance.h"
#include "work/ActionNotifier.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QTimer;

namespace compshare {

class GpuIdleTracker;
class InstanceStore;
class StopController;

class StopWhenIdle final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kGraceSecs = bounds::kStopWhenIdleGraceSecs;

    StopWhenIdle(GpuIdleTracker *idle, InstanceStore *store, StopController *operations,
                 QObject *parent = nullptr);

    void setNotifier(ActionNotifier *notifier);
    void setClock(std::function<QDateTime()> now);

    // minutes <= 0 switches it off for that instance. Switched on for an
    // instance already idle that long, it warns at once (the grace starts now).
    void setIdleMinutes(const QString &id, int minutes);
    int idleMinutes(const QString &id) const { return m_minutes.value(id); }
    // Switched on for at least one instance (the console must keep running).
    bool isArmed() const { return !m_minutes.isEmpty(); }
    // How long the instance's GPUs have been idle now (GpuIdleTracker), in
    // seconds; -1 when it is not idle or not running.
    qint64 idleSecs(const QString &id) const;
    // The idle time after which GpuIdleTracker calls a GPU idle at all
    // (Preferences): a shorter choice here acts only after it.
    int trackerWindowSecs() const;
    // Why it cannot be switched on for this instance ("" when it can).
    static QString whyNot(const Instance &instance);

    // Evaluates every opted-in instance now (also runs by itself).
    void check();
    bool isInGrace(const QString &id) const { return m_graceUntil.contains(id); }

signals:
    void warned(const QString &id, const QString &title, const QString &body);
    // The user's choice for an instance changed (0: off), to be remembered.
    void idleMinutesChanged(const QString &id, int minutes);
    void stopSent(const QString &id);

private:
    void onAction(const QString &tag, const QString &key);

    GpuIdleTracker *m_idle;
    InstanceStore *m_store;
    StopController *m_operations;
    QPointer<ActionNotifier> m_notifier;
    std::function<QDateTime()> m_now;
    QTimer *m_timer;
    QHash<QString, int> m_minutes;          // id -> idle minutes before stopping
    QHash<QString, QDateTime> m_graceUntil; // id -> when the stop goes out
    QHash<QString, QDateTime> m_keptRun;    // id -> idle run the user kept running
};

} // namespace compshare
