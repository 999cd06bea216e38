// SPDX-License-Identifier: MIT
#include "state/CachedListStore.h"

#include "state/InstanceRecord.h"
#include "state/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <QtConcurrent>

namespace compshare {

CachedListStore::CachedListStore(LocalStore *store)
    : QObject(store)
    , m_store(store)
{}

namespace {
// "No project" is the empty text, never SQL NULL (which equals nothing, so a
// list saved without a project could never be found again).
QString projectKey(const QString &project)
{
    return project.isNull() ? QStringLiteral("") : project;
}

// One chunk of records as stored: compact JSON, compressed.
QByteArray encodeChunk(const QList<Instance> &instances, qsizetype from, qsizetype count)
{
    QJsonArray records;
    for (qsizetype k = from; k < from + count; ++k)
        records.append(InstanceRecord::toRecord(instances.at(k)));
    return qCompress(QJsonDocument(records).toJson(QJsonDocument::Compact));
}

void decodeChunk(const QByteArray &blob, int recordVersion, QList<Instance> *out)
{
    const QJsonArray records = QJsonDocument::fromJson(qUncompress(blob)).array();
    for (const auto &r : records) {
        Instance i;
        if (r.isObject() && InstanceRecord::fromRecord(r.toObject(), recordVersion, &i))
            out->append(i);
    }
}
} // namespace

void CachedListStore::save(const QString &account, const QString &project,
                           const QList<Instance> &instances, const QDateTime &at)
{
    saveChunks(account, project, encode(instances), at);
}

QList<QByteArray> CachedListStore::encode(const QList<Instance> &instances)
{
    QList<QByteArray> chunks;
    for (qsizetype from = 0; from < instances.size(); from += kChunk)
        chunks << encodeChunk(instances, from, qMin<qsizetype>(kChunk, instances.size() - from));
    return chunks;
}

QFuture<QList<QByteArray>> CachedListStore::encodeInBackground(QList<Instance> instances)
{
    return QtConcurrent::run([instances = std::move(instances)] { return encode(instances); });
}

void CachedListStore::saveChunks(const QString &account, const QString &project,
                                 const QList<QByteArray> &chunks, const QDateTime &at)
{
    if (!m_store->isOpen())
        return;
    // One transaction: the next start reads the old list or the new one whole.
    QSqlDatabase db = m_store->database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM cached_list_chunks WHERE account = ? AND project = ?"));
    q.addBindValue(account);
    q.addBindValue(projectKey(project));
    q.exec();
    q.prepare(QStringLiteral("INSERT INTO cached_list_chunks (account, project, chunk, records)"
                             " VALUES (?, ?, ?, ?)"));
    for (qsizetype chunk = 0; chunk < chunks.size(); ++chunk) {
        q.bindValue(0, account);
        q.bindValue(1, projectKey(project));
        q.bindValue(2, int(chunk));
        q.bindValue(3, chunks.at(chunk));
        q.exec();
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO cached_lists (account, project, saved_at,"
                             " instances, record_version) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(account);
    q.addBindValue(projectKey(project));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(QByteArray("")); // the records are in cached_list_chunks
    q.addBindValue(InstanceRecord::kVersion);
    q.exec();
    db.commit();
}

CachedList CachedListStore::load(const QString &account, const QString &project) const
{
    const SavedChunks saved = loadChunks(account, project);
    return {decode(saved), saved.savedAt};
}

QList<Instance> CachedListStore::decode(const SavedChunks &saved)
{
    QList<Instance> instances;
    for (const QByteArray &chunk : saved.chunks)
        decodeChunk(chunk, saved.recordVersion, &instances);
    return instances;
}

SavedChunks CachedListStore::loadChunks(const QString &account, const QString &project) const
{
    SavedChunks out;
    if (!m_store->isOpen())
        return out;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT saved_at, instances, record_version FROM cached_lists"
                             " WHERE account = ? AND project = ?"));
    q.addBindValue(account);
    q.addBindValue(projectKey(project));
    if (!q.exec() || !q.next())
        return out;
    out.account = account;
    out.project = projectKey(project);
    out.savedAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc());
    out.recordVersion = q.value(2).toInt();
    const QByteArray oneBlob = q.value(1).toByteArray(); // saved before schema version 5
    if (!oneBlob.isEmpty()) {
        out.chunks << oneBlob;
        return out;
    }
    QSqlQuery chunks(m_store->database());
    chunks.setForwardOnly(true);
    chunks.prepare(QStringLiteral("SELECT records FROM cached_list_chunks"
                                  " WHERE account = ? AND project = ? ORDER BY chunk"));
    chunks.addBindValue(account);
    chunks.addBindValue(out.project);
    if (!chunks.exec())
        return out;
    while (chunks.next())
        out.chunks << chunks.value(0).toByteArray();
    return out;
}

SavedChunks CachedListStore::loadLatest() const
{
    if (!m_store->isOpen())
        return {};
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT account, project FROM cached_lists"
                               " ORDER BY saved_at DESC LIMIT 1")) ||
        !q.next())
        return {};
    return loadChunks(q.value(0).toString(), q.value(1).toString());
}

QFuture<QList<Instance>> CachedListStore::decodeInBackground(SavedChunks saved)
{
    // A chunk per task: on two cores the list is decoded in about half the time.
    const int version = saved.recordVersion;
    return QtConcurrent::mappedReduced<QList<Instance>>(
        std::move(saved.chunks),
        [version](const QByteArray &chunk) {
            QList<Instance> part;
            decodeChunk(chunk, version, &part);
            return part;
        },
        [](QList<Instance> &all, const QList<Instance> &part) { all.append(part); },
        QtConcurrent::OrderedReduce);
}

} // namespace compshare
