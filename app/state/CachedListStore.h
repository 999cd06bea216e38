// SPDX-License-Identifier: MIT
// The last full list per account (LocalStore::accountHash) and project
// (table `cached_lists`), so the window can paint it at once on the next
// start, marked as from then, before CompShare answers. Instances are kept
// in the API's own record shape (InstanceRecord) and read back through
// InstanceParser, the path a listing takes. GPU utilisation is left out:
// an old reading must never pass for a current one. Written and read a chunk
// of kChunk records at a time (table cached_list_chunks): the whole list is
// never one JSON document in memory (10,000 instances made tens of MB).
#pragma once

#include "domain/Instance.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>

namespace compshare {

class LocalStore;

struct CachedList
{
    QList<Instance> instances;
    QDateTime savedAt; // invalid: nothing saved for this account and project
    bool isValid() const { return savedAt.isValid(); }
};

// A saved list as stored, not yet decoded: read on the thread that owns the
// database (quick), decoded anywhere (CachedListStore::decode).
struct SavedChunks
{
    QList<QByteArray> chunks;
    QDateTime savedAt;     // invalid: nothing saved for this account and project
    QString account;       // whose list it is (LocalStore::accountHash)
    QString project;       // "" when saved without a project
    int recordVersion = 0; // how the records were written (InstanceRecord::kVersion)
    bool isValid() const { return savedAt.isValid(); }
};

class CachedListStore final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kChunk = 250;

    explicit CachedListStore(LocalStore *store);

    void save(const QString &account, const QString &project, const QList<Instance> &instances,
              const QDateTime &at);
    // The two halves of save(): encoding the records (JSON, compressed, a
    // chunk at a time), which touches no database and may run on a worker
    // thread, and writing the chunks in one transaction.
    static QList<QByteArray> encode(const QList<Instance> &instances);
    static QFuture<QList<QByteArray>> encodeInBackground(QList<Instance> instances);
    void saveChunks(const QString &account, const QString &project, const QList<QByteArray> &chunks,
                    const QDateTime &at);
    CachedList load(const QString &account, const QString &project) const;
    // The two halves of load(): the rows as stored, and their decoding,
    // which touches no database and may run on a worker thread.
    SavedChunks loadChunks(const QString &account, const QString &project) const;
    // The list saved last, whichever account and project it is for.
    SavedChunks loadLatest() const;
    static QList<Instance> decode(const SavedChunks &saved);
    // decode() on the worker threads, the chunks side by side, in their order.
    static QFuture<QList<Instance>> decodeInBackground(SavedChunks saved);

private:
    LocalStore *m_store;
};

} // namespace compshare
