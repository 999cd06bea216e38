// SPDX-License-Identifier: MIT
// GpuSampleArchive as a table of the local store (gpu_samples). Bounded: rows
// older than kKeepDays are dropped when the store opens and, at most once an
// hour, when rows are appended. Times are kept as UTC milliseconds.
#pragma once

#include "state/GpuSampleArchive.h"

namespace compshare {

class LocalStore;

class SqlGpuSampleArchive final : public GpuSampleArchive
{
public:
    static constexpr int kKeepDays = 7;

    explicit SqlGpuSampleArchive(LocalStore *store);

    void append(const QList<GpuSampleRow> &rows) override;
    QList<GpuSampleRow> rows(const QString &instanceId, const QDateTime &from,
                             const QDateTime &to) const override;
    void pruneBefore(const QDateTime &before) override;
    IdleWarningLog *idleWarnings() const override;

private:
    LocalStore *m_store;
    QDateTime m_lastPrune;
};

} // namespace compshare
