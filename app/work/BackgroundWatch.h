// SPDX-License-Identifier: MIT
// What the console watches while its window is closed, and how often it
// lists then. It keeps running when anything needs watching: an operation
// of ours under way, a scheduled stop it reminds of, a stop-when-idle, a
// stopped pay-as-you-go instance within 24 h of its reclaim. In the
// background a full list goes out at most every 60 s, unless a scheduled
// stop or a reclaim is within 10 minutes (operations under way are polled
// at their own pace by RefreshScheduler).
#pragma once

#include "domain/Instance.h"

#include <QDateTime>
#include <QList>

namespace compshare {

class OperationTracker;

struct WatchReasons
{
    int operations = 0;     // ours, under way or followed
    int reminders = 0;      // scheduled stops with a reminder to give
    bool idleStops = false; // stop-when-idle is on for an instance
    int reclaimSoon = 0;    // stopped pay-as-you-go, reclaimed within 24 h
    bool any() const { return operations + reminders + reclaimSoon > 0 || idleStops; }
};

class BackgroundWatch final
{
public:
    static constexpr int kBackgroundRefreshMs = 60 * 1000;
    static constexpr qint64 kDeadlineNearSecs = 10 * 60;

    static WatchReasons reasons(const QList<Instance> &instances,
                                const OperationTracker *operations, bool remindersOn,
                                bool idleStopsArmed, const QDateTime &now);
    // The full-refresh interval while the window is closed.
    static int refreshIntervalMs(int userMs, const QList<Instance> &instances,
                                 const QDateTime &now);
};

} // namespace compshare
