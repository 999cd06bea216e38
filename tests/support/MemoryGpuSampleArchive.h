// SPDX-License-Identifier: MIT
// GpuSampleArchive in memory, for suites that test the GPU history without a
// database file. Counts what it is asked, so a test can see the writes.
#pragma once

#include "state/GpuSampleArchive.h"

#include <algorithm>

namespace compshare::test {

class MemoryGpuSampleArchive final : public GpuSampleArchive
{
public:
    void append(const QList<GpuSampleRow> &rows) override
    {
        m_rows.append(rows);
        ++appends;
    }
    QList<GpuSampleRow> rows(const QString &instanceId, const QDateTime &from,
                             const QDateTime &to) const override
    {
        QList<GpuSampleRow> out;
        for (const GpuSampleRow &r : m_rows) {
            if ((instanceId.isEmpty() || r.instanceId == instanceId) && r.at >= from && r.at < to)
                out.append(r);
        }
        std::stable_sort(out.begin(), out.end(), [](const GpuSampleRow &a, const GpuSampleRow &b) {
            if (a.instanceId != b.instanceId)
                return a.instanceId < b.instanceId;
            if (a.at != b.at)
                return a.at < b.at;
            return a.gpuIndex < b.gpuIndex;
        });
        return out;
    }
    void pruneBefore(const QDateTime &before) override
    {
        m_rows.removeIf([&](const GpuSampleRow &r) { return r.at < before; });
        ++prunes;
    }

    const QList<GpuSampleRow> &all() const { return m_rows; }
    int appends = 0;
    int prunes = 0;

private:
    QList<GpuSampleRow> m_rows;
};

} // namespace compshare::test
