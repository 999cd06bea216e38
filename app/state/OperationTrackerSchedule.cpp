// SPDX-License-Identifier: MIT
// OperationTracker's rules for scheduled-stop changes, apart from the
// operation lifecycle in OperationTracker.cpp.
#include "base/Bounds.h"
#include "state/OperationTracker.h"

#include <utility>

namespace compshare {

void OperationTracker::setListIsCached(bool cached)
{
    if (std::exchange(m_listIsCached, cached) == cached)
        return;
    for (auto it = m_ops.cbegin(); it != m_ops.cend(); ++it)
        emit changed(it.key());
}

ScheduleBlocker OperationTracker::scheduleNeverAllowed(const Instance &instance)
{
    // The platform may reclaim a spot instance at any time, and CompShare
    // refuses a schedule for one.
    return instance.isSpot() ? ScheduleBlocker::Spot : ScheduleBlocker::None;
}

ScheduleBlocker OperationTracker::scheduleVerdict(const Instance *instance, bool set,
                                                  const QDateTime &at, bool hasProject) const
{
    if (!instance)
        return ScheduleBlocker::NotListed;
    if (const ScheduleBlocker never = scheduleNeverAllowed(*instance);
        never != ScheduleBlocker::None)
        return never;
    // CompShare may accept a schedule for a stopped instance, but it would never fire.
    if (set && instance->state == InstanceState::Stopped)
        return ScheduleBlocker::AlreadyStopped;
    // As the official CLI: no ProjectId, nothing is sent.
    if (!hasProject)
        return ScheduleBlocker::NoProject;
    if (isScheduleChanging(instance->id))
        return ScheduleBlocker::ChangeUnderWay;
    if (set && at.toSecsSinceEpoch() < m_now().toSecsSinceEpoch() + bounds::kScheduleMinLeadSecs)
        return ScheduleBlocker::TooSoon;
    return ScheduleBlocker::None;
}

bool OperationTracker::scheduleTookEffect(const QDateTime &asked, const QDateTime &seen)
{
    if (!asked.isValid() || !seen.isValid())
        return asked.isValid() == seen.isValid();
    return asked.toSecsSinceEpoch() == seen.toSecsSinceEpoch();
}

} // namespace compshare
