// SPDX-License-Identifier: MIT
#include "state/LocalStore.h"

#include "state/CachedListStore.h"
#include "state/GpuSampleArchive.h"
#include "state/OperationJournal.h"
#include "state/SqlGpuSampleArchive.h"
#include "state/SqlIdleWarningLog.h"
#include "state/SqlPriceQuoteArchive.h"
#include "state/StoreSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "compshare.store")

namespace compshare {

namespace {
constexpr auto kMemory = "file::memory:";
} // namespace

QString LocalStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/console.sqlite");
}

QString LocalStore::accountHash(const QString &publicKey, const QString &endpoint)
{
    const QByteArray text = publicKey.toUtf8() + '@' + endpoint.toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(32));
}

LocalStore::LocalStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connection(QStringLiteral("compshare-store-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_journal(new OperationJournal(this))
    , m_cachedLists(new CachedListStore(this))
    , m_idleWarnings(std::make_unique<SqlIdleWarningLog>(this))
    , m_gpuSamples(std::make_unique<SqlGpuSampleArchive>(this))
    , m_priceQuotes(std::make_unique<SqlPriceQuoteArchive>(this))
{
    qRegisterMetaType<StoreRecovery>();
}

LocalStore::~LocalStore()
{
    closeConnection();
}

void LocalStore::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

GpuSampleArchive *LocalStore::gpuSamples() const
{
    return m_gpuSamples.get();
}

PriceQuoteArchive *LocalStore::priceQuotes() const
{
    return m_priceQuotes.get();
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

int LocalStore::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

void LocalStore::closeConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void LocalStore::restrictPermissions() const
{
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

LocalStore::Attempt LocalStore::tryOpen(const QString &file, QString *detail)
{
    closeConnection();
    const bool inMemory = file == QLatin1String(kMemory);
    if (!inMemory && !QFileInfo::exists(file)) {
        // Made with 0600 before SQLite writes a byte into it.
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile create(file);
        if (!create.open(QIODevice::WriteOnly)) {
            *detail = create.errorString();
            return Attempt::Unreadable;
        }
        create.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!inMemory && !QFileInfo(file).isReadable()) {
        *detail = QStringLiteral("the file cannot be read");
        return Attempt::Unreadable;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(inMemory ? QStringLiteral(":memory:") : file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        *detail = db.lastError().text();
        return Attempt::Unreadable;
    }
    QSqlQuery q(db);
    // SQLite reads the header lazily: garbage shows here, as "not a database".
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
        q.value(0).toString() != QLatin1String("ok")) {
        *detail = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
        return Attempt::Corrupt;
    }
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    QStringList tables = db.tables();
    tables.removeAll(QStringLiteral("sqlite_sequence"));
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_version"))) {
        *detail = QStringLiteral("a database without a schema version");
        return Attempt::Corrupt;
    }
    if (schemaVersion() > StoreSchema::currentVersion()) {
        *detail = QStringLiteral("schema version %1, this console knows up to %2")
                      .arg(schemaVersion())
                      .arg(StoreSchema::currentVersion());
        return Attempt::Newer;
    }
    if (!migrate(detail))
        return Attempt::Corrupt;
    if (!inMemory)
        restrictPermissions();
    return Attempt::Ok;
}

bool LocalStore::migrate(QString *detail)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const int from = schemaVersion(); // 0 for a new file
    if (from >= StoreSchema::currentVersion())
        return true;
    // Every step in one transaction: one sync to disk, and a step that fails
    // leaves the file as it was.
    db.transaction();
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER)"))) {
        *detail = q.lastError().text();
        db.rollback();
        return false;
    }
    for (const StoreMigration &step : StoreSchema::migrations()) {
        if (step.toVersion <= from)
            continue;
        bool ok = true;
        for (const QString &statement : step.statements) {
            if (!q.exec(statement)) {
                *detail = q.lastError().text();
                ok = false;
                break;
            }
        }
        ok = ok && q.exec(QStringLiteral("DELETE FROM schema_version"));
        ok = ok && q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                              .arg(step.toVersion));
        if (!ok) {
            if (detail->isEmpty())
                *detail = q.lastError().text();
            db.rollback();
            return false;
        }
        qCInfo(lcStore) << "store schema brought to version" << step.toVersion;
    }
    db.commit();
    return true;
}

QString LocalStore::moveAside()
{
    closeConnection();
    const QString stamp = m_now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString tag = m_recovery.reason == StoreRecovery::Reason::Newer
                            ? QStringLiteral(".newer-")
                            : QStringLiteral(".corrupt-");
    QString target = m_path + tag + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + tag + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_path, target))
        return {};
    // Its rollback journal belongs to it, not to the new file.
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

bool LocalStore::open()
{
    m_recovery = {};
    m_recovery.path = m_path;
    QString detail;
    const Attempt first = tryOpen(m_path, &detail);
    if (first == Attempt::Ok) {
        m_gpuSamples->pruneBefore(m_now().addDays(-SqlGpuSampleArchive::kKeepDays));
        m_idleWarnings->pruneBefore(m_now().addDays(-SqlGpuSampleArchive::kKeepDays));
        m_priceQuotes->pruneBefore(m_now().addDays(-SqlPriceQuoteArchive::kKeepDays));
        return true;
    }
    m_recovery.reason = first == Attempt::Corrupt ? StoreRecovery::Reason::Corrupt
                        : first == Attempt::Newer ? StoreRecovery::Reason::Newer
                                                  : StoreRecovery::Reason::Unreadable;
    m_recovery.detail = detail;
    m_recovery.at = m_now();
    qCWarning(lcStore) << "store" << m_path << "cannot be used:" << detail;
    m_recovery.movedTo = moveAside();
    QString again;
    if (m_recovery.movedTo.isEmpty() || tryOpen(m_path, &again) != Attempt::Ok) {
        // Nothing can be kept on disk this run; the console still works.
        m_recovery.inMemory = true;
        if (tryOpen(QLatin1String(kMemory), &again) != Attempt::Ok) {
            qCWarning(lcStore) << "store: not even an in-memory database:" << again;
            emit recovered(m_recovery);
            return false;
        }
    }
    qCWarning(lcStore) << "store rebuilt; the old file is kept as" << m_recovery.movedTo;
    emit recovered(m_recovery);
    return true;
}

} // namespace compshare
