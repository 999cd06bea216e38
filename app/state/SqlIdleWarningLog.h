// SPDX-License-Identifier: MIT
// IdleWarningLog as a table of the local store (idle_warnings): one row per
// instance, kind and idle run start (UTC milliseconds). Bounded like the GPU
// samples it is computed from: rows whose run started more than
// SqlGpuSampleArchive::kKeepDays ago are dropped when the store opens.
#pragma once

#include "state/IdleWarningLog.h"

namespace compshare {

class LocalStore;

class SqlIdleWarningLog final : public IdleWarningLog
{
public:
    explicit SqlIdleWarningLog(LocalStore *store);

    QDateTime warnedAt(IdleWarning kind, const QString &id,
                       const QDateTime &runStart) const override;
    void noteWarned(IdleWarning kind, const QString &id, const QDateTime &runStart,
                    const QDateTime &at) override;
    void forget(IdleWarning kind, const QString &id) override;
    void pruneBefore(const QDateTime &before);

    static QString kindName(IdleWarning kind);

private:
    LocalStore *m_store;
};

} // namespace compshare
