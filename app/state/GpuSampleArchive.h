// SPDX-License-Identifier: MIT
// Where GPU samples outlive the process. The GPU history (sparkline, 24-hour
// chart, idle detection across restarts) writes and reads through this; the
// local SQLite store implements it. Kept as a small interface so the history
// can be tested without a database file and the store without a window.
//
// One row is one GPU of one instance at one listing. A listing that carried
// no usable GPU data (MonitorMessages absent, instance not Running) is kept
// as a single row with gpuIndex -1: "no data" must survive a restart too,
// because it breaks an idle run.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace compshare {

class IdleWarningLog;

struct GpuSampleRow
{
    QString instanceId;
    QDateTime at;              // UTC, the listing's time
    int gpuIndex = -1;         // -1: no GPU data at that time
    double usagePercent = -1;  // -1: not given
    double memoryPercent = -1; // -1: not given

    bool operator==(const GpuSampleRow &o) const
    {
        return instanceId == o.instanceId && at == o.at && gpuIndex == o.gpuIndex &&
               usagePercent == o.usagePercent && memoryPercent == o.memoryPercent;
    }
};

class GpuSampleArchive
{
public:
    virtual ~GpuSampleArchive() = default;
    // Appends rows; rows are written in the order given.
    virtual void append(const QList<GpuSampleRow> &rows) = 0;
    // Rows with from <= at < to, ordered by (instanceId, at, gpuIndex).
    // An empty instanceId means every instance.
    virtual QList<GpuSampleRow> rows(const QString &instanceId, const QDateTime &from,
                                     const QDateTime &to) const = 0;
    // Drops rows older than `before` (the bound: e.g. 7 days).
    virtual void pruneBefore(const QDateTime &before) = 0;
    // Where the warnings about idle runs are kept beside the samples they
    // were computed from, if anywhere (not owned).
    virtual IdleWarningLog *idleWarnings() const { return nullptr; }
};

} // namespace compshare
