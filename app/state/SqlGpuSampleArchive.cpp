// SPDX-License-Identifier: MIT
#include "state/SqlGpuSampleArchive.h"

#include "state/LocalStore.h"
#include "state/SqlIdleWarningLog.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace compshare {

SqlGpuSampleArchive::SqlGpuSampleArchive(LocalStore *store)
    : m_store(store)
{}

void SqlGpuSampleArchive::append(const QList<GpuSampleRow> &rows)
{
    if (rows.isEmpty() || !m_store->isOpen())
        return;
    QSqlDatabase db = m_store->database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO gpu_samples (instance_id, at, gpu_index, usage, memory)"
                             " VALUES (?, ?, ?, ?, ?)"));
    for (const GpuSampleRow &r : rows) {
        q.bindValue(0, r.instanceId);
        q.bindValue(1, r.at.toMSecsSinceEpoch());
        q.bindValue(2, r.gpuIndex);
        q.bindValue(3, r.usagePercent);
        q.bindValue(4, r.memoryPercent);
        q.exec();
    }
    db.commit();
    // The bound holds while the console runs for days, too.
    const QDateTime now = m_store->now();
    if (!m_lastPrune.isValid() || m_lastPrune.secsTo(now) >= 3600)
        pruneBefore(now.addDays(-kKeepDays));
}

QList<GpuSampleRow> SqlGpuSampleArchive::rows(const QString &instanceId, const QDateTime &from,
                                              const QDateTime &to) const
{
    QList<GpuSampleRow> out;
    if (!m_store->isOpen())
        return out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    const QString where = instanceId.isEmpty() ? QString() : QStringLiteral(" instance_id = ? AND");
    q.prepare(QStringLiteral("SELECT instance_id, at, gpu_index, usage, memory FROM gpu_samples"
                             " WHERE%1 at >= ? AND at < ? ORDER BY instance_id, at, gpu_index")
                  .arg(where));
    int n = 0;
    if (!instanceId.isEmpty())
        q.bindValue(n++, instanceId);
    q.bindValue(n++, from.toMSecsSinceEpoch());
    q.bindValue(n++, to.toMSecsSinceEpoch());
    if (!q.exec())
        return out;
    while (q.next()) {
        GpuSampleRow r;
        r.instanceId = q.value(0).toString();
        r.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
        r.gpuIndex = q.value(2).toInt();
        r.usagePercent = q.value(3).toDouble();
        r.memoryPercent = q.value(4).toDouble();
        out.append(r);
    }
    return out;
}

void SqlGpuSampleArchive::pruneBefore(const QDateTime &before)
{
    if (!m_store->isOpen())
        return;
    m_lastPrune = m_store->now();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("DELETE FROM gpu_samples WHERE at < ?"));
    q.bindValue(0, before.toMSecsSinceEpoch());
    q.exec();
}

IdleWarningLog *SqlGpuSampleArchive::idleWarnings() const
{
    return m_store->idleWarnings();
}

} // namespace compshare
