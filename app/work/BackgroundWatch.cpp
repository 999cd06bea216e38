// SPDX-License-Identifier: MIT
#include "work/BackgroundWatch.h"

#include "domain/BillingRules.h"
#include "state/OperationTracker.h"

namespace compshare {

WatchReasons BackgroundWatch::reasons(const QList<Instance> &instances,
                                      const OperationTracker *operations, bool remindersOn,
                                      bool idleStopsArmed, const QDateTime &now)
{
    WatchReasons r;
    r.idleStops = idleStopsArmed;
    if (operations)
        r.operations = int(operations->idsToPoll().size());
    for (const Instance &i : instances) {
        if (remindersOn && i.scheduledStop.isValid() && i.scheduledStop > now)
            ++r.reminders;
        if (BillingRules::reclaimSoon(i, now))
            ++r.reclaimSoon;
    }
    return r;
}

int BackgroundWatch::refreshIntervalMs(int userMs, const QList<Instance> &instances,
                                       const QDateTime &now)
{
    for (const Instance &i : instances) {
        const ReclaimDeadline reclaim = BillingRules::reclaimDeadline(i);
        const QDateTime deadlines[] = {i.scheduledStop, reclaim.at};
        for (const QDateTime &at : deadlines) {
            if (at.isValid() && at > now && now.secsTo(at) <= kDeadlineNearSecs)
                return userMs; // a deadline is near: as often as with the window open
        }
    }
    return qMax(userMs, kBackgroundRefreshMs);
}

} // namespace compshare
