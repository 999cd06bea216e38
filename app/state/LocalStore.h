// SPDX-License-Identifier: MIT
// The console's local store: one SQLite file (Qt SQL, QSQLITE) under the XDG
// data folder, mode 0600, holding what the console saw and did: the journal
// of the operations it sent, GPU samples and the last list per account and
// project. Never a secret: an account is named only by a hash of its public
// key and endpoint. The schema is versioned (StoreSchema) and brought
// forward on open. A file that cannot be used (not a database, unreadable,
// from a newer console) is moved aside, kept, and a new one built; what
// happened is reported as data (recovery()) for ui/ to say. Never a crash:
// when even a new file cannot be made, the store lives in memory.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QSqlDatabase;

namespace compshare {

class CachedListStore;
class GpuSampleArchive;
class OperationJournal;
class PriceQuoteArchive;
class SqlIdleWarningLog;
class SqlPriceQuoteArchive;

// What opening found wrong with the file, if anything.
struct StoreRecovery
{
    enum class Reason
    {
        None,       // the file was fine (or new)
        Corrupt,    // not a database, or it failed its integrity check
        Unreadable, // it could not be opened (permissions, I/O)
        Newer,      // written by a newer console (schema version above ours)
    };
    Reason reason = Reason::None;
    QString path;          // the store's file
    QString movedTo;       // where the old file was kept; empty if it could not be moved
    bool inMemory = false; // no file could be made: nothing is kept after this run
    QDateTime at;
    QString detail; // SQLite's words, for the log and "Copy details"

    bool happened() const { return reason != Reason::None || inMemory; }
};

class LocalStore final : public QObject
{
    Q_OBJECT

public:
    // The file under QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // How an account is named in the store: a SHA-256 of its public key and
    // endpoint, never the key itself.
    static QString accountHash(const QString &publicKey, const QString &endpoint);

    explicit LocalStore(const QString &path, QObject *parent = nullptr);
    ~LocalStore() override;

    void setClock(std::function<QDateTime()> now);
    QDateTime now() const { return m_now(); }

    // Opens (or builds) the file and brings its schema forward; recovers from
    // a file it cannot use. Returns false only when nothing works (then the
    // store is empty and keeps nothing).
    bool open();
    bool isOpen() const;
    const StoreRecovery &recovery() const { return m_recovery; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // The connection, for the tables' own classes (same thread only).
    QSqlDatabase database() const;
    QString connectionName() const { return m_connection; }

    GpuSampleArchive *gpuSamples() const;
    OperationJournal *journal() const { return m_journal; }
    CachedListStore *cachedLists() const { return m_cachedLists; }
    // Which idle runs were warned about (also reached through gpuSamples()).
    SqlIdleWarningLog *idleWarnings() const { return m_idleWarnings.get(); }
    // The price action's answers, kept a day (PriceQuoteBook reads and writes them).
    PriceQuoteArchive *priceQuotes() const;

signals:
    // Something was wrong with the file and it was rebuilt (recovery()).
    void recovered(const compshare::StoreRecovery &recovery);

private:
    enum class Attempt
    {
        Ok,
        Corrupt,
        Unreadable,
        Newer
    };
    Attempt tryOpen(const QString &file, QString *detail);
    bool migrate(QString *detail);
    void closeConnection();
    QString moveAside();
    void restrictPermissions() const;

    QString m_path;
    QString m_connection;
    StoreRecovery m_recovery;
    std::function<QDateTime()> m_now;
    OperationJournal *m_journal;
    CachedListStore *m_cachedLists;
    std::unique_ptr<SqlIdleWarningLog> m_idleWarnings;
    std::unique_ptr<GpuSampleArchive> m_gpuSamples;
    std::unique_ptr<SqlPriceQuoteArchive> m_priceQuotes;
};

} // namespace compshare

Q_DECLARE_METATYPE(compshare::StoreRecovery)
