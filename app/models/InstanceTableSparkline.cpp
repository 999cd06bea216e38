// SPDX-License-Identifier: MIT
// InstanceTableModel's GpuSparklineRole: the last 30 minutes of GPU use from
// GpuHistory, for the GPU use cell's sparkline (painted by its delegate).
#include "models/InstanceTableModel.h"
#include "state/GpuHistory.h"

namespace compshare {

void InstanceTableModel::setGpuHistory(const GpuHistory *history)
{
    m_gpuHistory = history;
    connect(history, &GpuHistory::sparklinesChanged, this, [this] {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, GpuUtilColumn), index(rowCount() - 1, GpuUtilColumn),
                             {GpuSparklineRole});
    });
}

QVariant InstanceTableModel::gpuSparkline(const QString &id) const
{
    if (!m_gpuHistory)
        return {};
    const QList<double> series = m_gpuHistory->sparkline(id);
    return series.isEmpty() ? QVariant() : QVariant::fromValue(series);
}

} // namespace compshare
