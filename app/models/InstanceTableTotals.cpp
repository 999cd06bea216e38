// SPDX-License-Identifier: MIT
// InstanceTableModel's totals and cost hooks, apart from the row bookkeeping
// in InstanceTableModel.cpp.
#include "models/InstanceTableModel.h"
#include "state/GpuIdleTracker.h"

namespace compshare {

int InstanceTableModel::runningCount() const
{
    const QList<Instance> &rows = instances();
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const Instance &i) { return i.state == InstanceState::Running; }));
}

BurnTotals InstanceTableModel::costTotals() const
{
    return BillingRules::totals(instances(), m_now());
}

double InstanceTableModel::burnRatePerHour() const
{
    return costTotals().perHour;
}

void InstanceTableModel::setIdleTracker(const GpuIdleTracker *tracker)
{
    m_idle = tracker;
    const auto repaint = [this](const QString &id) {
        emitRowChanged(rowOf(id));
    };
    connect(tracker, &GpuIdleTracker::becameIdle, this, repaint);
    connect(tracker, &GpuIdleTracker::stoppedBeingIdle, this, repaint);
}

void InstanceTableModel::refreshCostColumns()
{
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, CostNowColumn), index(rowCount() - 1, GpuUtilColumn));
}

} // namespace compshare
