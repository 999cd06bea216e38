// SPDX-License-Identifier: MIT
#include "storage/CachedListStore.h"

#include "api/InstanceParser.h"
#include "storage/InstanceRecord.h"
#include "storage/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace compshare {

CachedListStore::CachedListStore(LocalStore *store)
    : QObject(store)
    , m_store(store)
{}

void CachedListStore::save(const QString &account, const QString &project,
                           const QList<Instance> &instances, const QDateTime &at)
{
    if (!m_store->isOpen())
        return;
    QJsonArray records;
    for (const Instance &i : instances)
        records.append(InstanceRecord::toRecord(i));
    const QByteArray blob = qCompress(QJsonDocument(records).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO cached_lists (account, project, saved_at,"
                             " instances) VALUES (?, ?, ?, ?)"));
    q.addBindValue(account);
    q.addBindValue(project);
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(blob);
    q.exec();
}

CachedList CachedListStore::load(const QString &account, const QString &project) const
{
    CachedList out;
    if (!m_store->isOpen())
        return out;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT saved_at, instances FROM cached_lists"
                             " WHERE account = ? AND project = ?"));
    q.addBindValue(account);
    q.addBindValue(project);
    if (!q.exec() || !q.next())
        return out;
    const QByteArray json = qUncompress(q.value(1).toByteArray());
    const QJsonArray records = QJsonDocument::fromJson(json).array();
    out.instances.reserve(records.size());
    for (const auto &r : records) {
        Instance i;
        if (r.isObject() && InstanceParser::parseRecord(r.toObject(), &i))
            out.instances.append(i);
    }
    out.savedAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc());
    return out;
}

} // namespace compshare
