// SPDX-License-Identifier: MIT
#include "state/SqlIdleWarningLog.h"

#include "state/LocalStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace compshare {

SqlIdleWarningLog::SqlIdleWarningLog(LocalStore *store)
    : m_store(store)
{}

QString SqlIdleWarningLog::kindName(IdleWarning kind)
{
    switch (kind) {
    case IdleWarning::Notice:
        return QStringLiteral("notice");
    case IdleWarning::StopWarning:
        return QStringLiteral("stop-warning");
    case IdleWarning::KeptRunning:
        return QStringLiteral("kept-running");
    }
    return QStringLiteral("notice");
}

QDateTime SqlIdleWarningLog::warnedAt(IdleWarning kind, const QString &id,
                                      const QDateTime &runStart) const
{
    if (!m_store->isOpen() || !runStart.isValid())
        return {};
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT warned_at FROM idle_warnings WHERE instance_id = ? AND"
                             " kind = ? AND run_start BETWEEN ? AND ? ORDER BY warned_at LIMIT 1"));
    const qint64 start = runStart.toMSecsSinceEpoch();
    q.addBindValue(id);
    q.addBindValue(kindName(kind));
    q.addBindValue(start - kSameRunSlackSecs * 1000);
    q.addBindValue(start + kSameRunSlackSecs * 1000);
    if (!q.exec() || !q.next())
        return {};
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc());
}

void SqlIdleWarningLog::noteWarned(IdleWarning kind, const QString &id, const QDateTime &runStart,
                                   const QDateTime &at)
{
    if (!m_store->isOpen() || !runStart.isValid())
        return;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO idle_warnings (instance_id, kind, run_start,"
                             " warned_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(kindName(kind));
    q.addBindValue(runStart.toMSecsSinceEpoch());
    q.addBindValue(at.toMSecsSinceEpoch());
    q.exec();
}

void SqlIdleWarningLog::forget(IdleWarning kind, const QString &id)
{
    if (!m_store->isOpen())
        return;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("DELETE FROM idle_warnings WHERE instance_id = ? AND kind = ?"));
    q.addBindValue(id);
    q.addBindValue(kindName(kind));
    q.exec();
}

void SqlIdleWarningLog::pruneBefore(const QDateTime &before)
{
    if (!m_store->isOpen())
        return;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("DELETE FROM idle_warnings WHERE run_start < ?"));
    q.addBindValue(before.toMSecsSinceEpoch());
    q.exec();
}

} // namespace compshare
