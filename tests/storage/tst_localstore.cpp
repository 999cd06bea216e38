// SPDX-License-Identifier: MIT
// The local store: a corrupt or unreadable file is moved aside, kept, and
// rebuilt, with the recovery reported; the file is 0600; data survives
// reopening; a file of schema version 1 is brought forward; GPU samples are
// bounded; a cached list reads back through the listing's parser.
#include "state/CachedListStore.h"
#include "state/GpuSampleArchive.h"
#include "state/IdleWarningLog.h"
#include "state/InstanceRecord.h"
#include "state/LocalStore.h"
#include "state/OperationJournal.h"
#include "state/PriceQuoteArchive.h"
#include "state/StoreSchema.h"
#include "support/TestInstances.h"
#include "text/CostText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <unistd.h>

using namespace compshare;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 12, 3), QTime(14, 2), QTimeZone::utc());

// A store file as an older console left it: the migrations up to `version`
// only, then `fill` writes its rows. False (with the statement) on any error.
bool writeStoreAtVersion(const QString &path, int version,
                         const std::function<bool(QSqlDatabase &)> &fill)
{
    const QString name = QStringLiteral("v%1-writer").arg(version);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER)"));
        for (const StoreMigration &m : StoreSchema::migrations()) {
            if (m.toVersion > version)
                break;
            for (const QString &statement : m.statements) {
                ok = ok && q.exec(statement);
                if (!ok) {
                    qWarning("%s", qPrintable(statement));
                    break;
                }
            }
        }
        ok = ok && q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(version));
        ok = ok && fill(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

JournalEntry stopOf(const QString &id)
{
    JournalEntry e;
    e.account = LocalStore::accountHash(QStringLiteral("pub"), QStringLiteral("http://x/"));
    e.instanceId = id;
    e.instanceName = QStringLiteral("train-1");
    e.what = JournalEntry::What::Stop;
    e.sentAt = kNow;
    return e;
}

bool isPrivate(const QString &path)
{
    return QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadUser | QFileDevice::WriteUser);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}
} // namespace

class TestLocalStore final : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsPrivateAndAtTheCurrentVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/console.sqlite"));
        LocalStore store(path);
        QVERIFY(store.open());
        QVERIFY(!store.recovery().happened());
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion());
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void reopeningKeepsTheJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        {
            LocalStore store(path);
            QVERIFY(store.open());
            const qint64 id = store.journal()->recordSent(stopOf(QStringLiteral("uhost-a")));
            QVERIFY(id > 0);
            store.journal()->recordAnswer(id, JournalEntry::Answer::Refused, 503, true,
                                          QStringLiteral("req-1"), kNow.addSecs(1));
            store.journal()->recordResult(id, JournalEntry::Result::DidNotTakeEffect,
                                          kNow.addSecs(5));
        }
        LocalStore again(path);
        QVERIFY(again.open());
        QVERIFY(!again.recovery().happened());
        const QList<JournalEntry> entries = again.journal()->entriesFor(QStringLiteral("uhost-a"));
        QCOMPARE(entries.size(), 1);
        const JournalEntry &e = entries.first();
        QCOMPARE(e.what, JournalEntry::What::Stop);
        QCOMPARE(e.instanceName, QStringLiteral("train-1"));
        QCOMPARE(e.sentAt, kNow);
        QCOMPARE(e.answer, JournalEntry::Answer::Refused);
        QCOMPARE(e.code, 503);
        QVERIFY(e.httpCode);
        QCOMPARE(e.requestId, QStringLiteral("req-1"));
        QCOMPARE(e.result, JournalEntry::Result::DidNotTakeEffect);
        QCOMPARE(e.resultAt, kNow.addSecs(5));
        QVERIFY(isPrivate(path));
    }

    void garbageIsMovedAsideAndRebuilt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 131 + 7) % 251));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        LocalStore store(path);
        store.setClock([] { return kNow; });
        QSignalSpy recovered(&store, &LocalStore::recovered);
        QVERIFY(store.open());
        QCOMPARE(recovered.count(), 1);
        const StoreRecovery &r = store.recovery();
        QVERIFY(r.happened());
        QCOMPARE(r.reason, StoreRecovery::Reason::Corrupt);
        QCOMPARE(r.movedTo, path + QStringLiteral(".corrupt-20261203-140200"));
        QVERIFY(!r.inMemory);
        // The old bytes are kept, untouched; the new file works.
        QFile kept(r.movedTo);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion());
        QVERIFY(store.journal()->recordSent(stopOf(QStringLiteral("uhost-a"))) > 0);
        QVERIFY(isPrivate(path));
        QCOMPARE(filesIn(dir.path()),
                 (QStringList{QStringLiteral("console.sqlite"),
                              QStringLiteral("console.sqlite.corrupt-20261203-140200")}));
    }

    void unreadableFileIsMovedAsideAndRebuilt()
    {
        if (::geteuid() == 0)
            QSKIP("root reads a file of mode 000");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        {
            LocalStore store(path);
            QVERIFY(store.open());
        }
        QVERIFY(QFile::setPermissions(path, {}));
        LocalStore store(path);
        store.setClock([] { return kNow; });
        QVERIFY(store.open());
        QCOMPARE(store.recovery().reason, StoreRecovery::Reason::Unreadable);
        QVERIFY(QFile::exists(store.recovery().movedTo));
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion());
    }

    void somethingElseInTheWayIsMovedAside()
    {
        // What root cannot be kept from reading: a folder where the file should be.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        QVERIFY(QDir().mkpath(path));
        LocalStore store(path);
        store.setClock([] { return kNow; });
        QVERIFY(store.open());
        QVERIFY(store.recovery().happened());
        QVERIFY(QFileInfo(store.recovery().movedTo).isDir());
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion());
    }

    void newerSchemaIsKeptAsideNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        {
            LocalStore store(path);
            QVERIFY(store.open());
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        LocalStore store(path);
        store.setClock([] { return kNow; });
        QVERIFY(store.open());
        QCOMPARE(store.recovery().reason, StoreRecovery::Reason::Newer);
        QVERIFY(store.recovery().movedTo.contains(QStringLiteral(".newer-")));
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion());
    }

    void versionOneIsBroughtForward()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        // A file as the first released console left it: version 1 only.
        QVERIFY(writeStoreAtVersion(path, 1, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral(
                       "INSERT INTO operations (account, instance_id, instance_name, kind,"
                       " sent_at, answer, request_id) VALUES ('acc', 'uhost-old', 'old', 'reboot',"
                       " 1000, 'accepted', 'req-old')")) &&
                   !db.tables().contains(QStringLiteral("gpu_samples"));
        }));
        LocalStore store(path);
        QVERIFY(store.open());
        QVERIFY(!store.recovery().happened());
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion());
        QVERIFY(store.database().tables().contains(QStringLiteral("gpu_samples")));
        QVERIFY(store.database().tables().contains(QStringLiteral("cached_lists")));
        const auto entries = store.journal()->entriesFor(QStringLiteral("uhost-old"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().what, JournalEntry::What::Reboot);
        QCOMPARE(entries.first().answer, JournalEntry::Answer::Accepted);
        QCOMPARE(entries.first().requestId, QStringLiteral("req-old"));
    }

    // Version 3 (the store as issue 24 first shipped it) gains the table of
    // warned idle runs (version 4); what it held stays.
    void versionThreeGainsTheWarnedIdleRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        const QDateTime runStart(QDate(2026, 12, 3), QTime(10, 0, 17), Qt::UTC);
        QVERIFY(writeStoreAtVersion(path, 3, [runStart](QSqlDatabase &db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral(
                              "INSERT INTO gpu_samples (instance_id, at, gpu_index, usage, memory)"
                              " VALUES ('uhost-old', %1, 0, 1, 10)")
                              .arg(runStart.toMSecsSinceEpoch())) &&
                   !db.tables().contains(QStringLiteral("idle_warnings"));
        }));
        LocalStore store(path);
        store.setClock([runStart] { return runStart.addSecs(3600); });
        QVERIFY(store.open());
        QVERIFY(!store.recovery().happened());
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion());
        QVERIFY(store.database().tables().contains(QStringLiteral("idle_warnings")));
        QCOMPARE(store.gpuSamples()
                     ->rows(QStringLiteral("uhost-old"), runStart.addSecs(-1), runStart.addSecs(1))
                     .size(),
                 1);
        IdleWarningLog *log = store.gpuSamples()->idleWarnings();
        QVERIFY(log);
        const QString id = QStringLiteral("uhost-old");
        QVERIFY(!log->warnedAt(IdleWarning::Notice, id, runStart).isValid());
        const QDateTime warned = runStart.addSecs(1800);
        log->noteWarned(IdleWarning::Notice, id, runStart, warned);
        // The same run, its start restored from the minute it was kept in.
        QCOMPARE(log->warnedAt(IdleWarning::Notice, id, runStart.addSecs(-17)), warned);
        QVERIFY(!log->warnedAt(IdleWarning::StopWarning, id, runStart).isValid());
        // A later run of the same instance is another run.
        QVERIFY(!log->warnedAt(IdleWarning::Notice, id, runStart.addSecs(40 * 60)).isValid());
        log->forget(IdleWarning::Notice, id);
        QVERIFY(!log->warnedAt(IdleWarning::Notice, id, runStart).isValid());
    }

    // Version 5 gains the price action's answers (version 6), one row per
    // account and configuration, kept a day.
    void versionFiveGainsThePriceAnswers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        QVERIFY(writeStoreAtVersion(path, 5, [](QSqlDatabase &db) {
            return !db.tables().contains(QStringLiteral("price_quotes"));
        }));
        QDateTime now = kNow;
        {
            LocalStore store(path);
            store.setClock([&now] { return now; });
            QVERIFY(store.open());
            QVERIFY(!store.recovery().happened());
            QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion());
            PriceQuoteArchive *prices = store.priceQuotes();
            const StoredPrice quoted{
                QStringLiteral("config-a"), kNow.addSecs(-3600), StoredPrice::Outcome::Quoted,
                QJsonObject{{QStringLiteral("ChargeType"), QStringLiteral("Month")},
                            {QStringLiteral("Instance"), 1068}}};
            const StoredPrice refused{QStringLiteral("config-b"),
                                      kNow.addSecs(-20 * 3600),
                                      StoredPrice::Outcome::Refused,
                                      {}};
            prices->save(QStringLiteral("acct-1"), quoted);
            prices->save(QStringLiteral("acct-1"), refused);
            prices->save(QStringLiteral("acct-2"),
                         {QStringLiteral("config-a"), kNow, StoredPrice::Outcome::Absent, {}});
            QCOMPARE(prices->load(QStringLiteral("acct-1"), kNow.addDays(-1)),
                     (QList<StoredPrice>{refused, quoted}));
            QCOMPARE(prices->load(QStringLiteral("acct-1"), kNow.addSecs(-7200)),
                     QList<StoredPrice>{quoted});
            // A newer answer replaces the configuration's row.
            const StoredPrice again{
                QStringLiteral("config-a"), kNow, StoredPrice::Outcome::Unanswered, {}};
            prices->save(QStringLiteral("acct-1"), again);
            QCOMPARE(prices->load(QStringLiteral("acct-1"), kNow.addSecs(-7200)),
                     QList<StoredPrice>{again});
        }
        // A day later the store opens without what is of no use any more.
        now = kNow.addSecs(22 * 3600);
        LocalStore store(path);
        store.setClock([&now] { return now; });
        QVERIFY(store.open());
        QCOMPARE(store.priceQuotes()->load(QStringLiteral("acct-1"), kNow.addDays(-30)).size(), 1);
        QCOMPARE(store.priceQuotes()->load(QStringLiteral("acct-2"), kNow.addDays(-30)).size(), 1);
    }

    void migrationStepsAreOrdered()
    {
        int last = 0;
        for (const StoreMigration &m : StoreSchema::migrations()) {
            QCOMPARE(m.toVersion, last + 1);
            last = m.toVersion;
        }
    }

    void gpuSamplesAppendReadPruneAndSurvive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        QDateTime now = kNow;
        const QList<GpuSampleRow> rows = {
            {QStringLiteral("uhost-b"), kNow.addDays(-8), 0, 50, 10},
            {QStringLiteral("uhost-a"), kNow.addSecs(-60), 1, 0, 5},
            {QStringLiteral("uhost-a"), kNow.addSecs(-60), 0, 3.5, 7.25},
            {QStringLiteral("uhost-a"), kNow.addSecs(-120), -1, -1, -1},
            {QStringLiteral("uhost-b"), kNow.addSecs(-30), 0, 99, 80},
        };
        {
            LocalStore store(path);
            store.setClock([&now] { return now; });
            QVERIFY(store.open());
            GpuSampleArchive *archive = store.gpuSamples();
            archive->append(rows);
            const auto a = archive->rows(QStringLiteral("uhost-a"), kNow.addDays(-1), kNow);
            QCOMPARE(a, (QList<GpuSampleRow>{rows.at(3), rows.at(2), rows.at(1)}));
            // from <= at < to
            QCOMPARE(archive->rows(QStringLiteral("uhost-a"), kNow.addSecs(-60), kNow).size(), 2);
            QCOMPARE(archive->rows(QStringLiteral("uhost-a"), kNow.addSecs(-120), kNow.addSecs(-60))
                         .size(),
                     1);
            QCOMPARE(archive->rows({}, kNow.addDays(-30), kNow).size(), 5);
            archive->pruneBefore(kNow.addSecs(-90));
            QCOMPARE(archive->rows({}, kNow.addDays(-30), kNow).size(), 3);
            archive->append({rows.at(0)}); // 8 days old: the hourly prune has run already
        }
        {
            LocalStore store(path);
            store.setClock([&now] { return now; });
            QVERIFY(store.open()); // opening prunes to 7 days
            QCOMPARE(store.gpuSamples()->rows({}, kNow.addDays(-30), kNow),
                     (QList<GpuSampleRow>{rows.at(2), rows.at(1), rows.at(4)}));
        }
    }

    void cachedListReadsBackThroughTheParser()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        Instance i =
            test::makeInstance(QStringLiteral("uhost-a"), QStringLiteral("a"), ChargeType::Postpay);
        i.name = QStringLiteral("训练-1");
        i.ips = {{QStringLiteral("1.2.3.4"), QStringLiteral("BGP"), QStringLiteral("IPv4")}};
        i.disks = {{QStringLiteral("d-1"), QStringLiteral("CLOUD_SSD"), true, 100}};
        i.powerOffBilling = {{QStringLiteral("Postpay"), true, 0.02}};
        i.scheduledStop = kNow.addSecs(3600);
        i.autoRenewKnown = true;
        i.monitor.present = true;
        i.monitor.gpus = {{QStringLiteral("0"), 97, 40}};
        Instance noPrice =
            test::makeInstance(QStringLiteral("uhost-b"), QStringLiteral("b"), ChargeType::Spot);
        noPrice.instancePrice.reset();
        // Every kind of price not given (issue 32): a disk entry without Price,
        // and no image price, read back as unknown, never as 0.
        noPrice.imagePrice.reset();
        noPrice.diskPrices = {{QStringLiteral("Spot"), true, std::nullopt},
                              {QStringLiteral("Spot"), false, 0.04}};
        noPrice.powerOffBilling = {{QString(), false, std::nullopt}};
        {
            LocalStore store(path);
            QVERIFY(store.open());
            store.cachedLists()->save(QStringLiteral("acc"), QStringLiteral("p1"), {i, noPrice},
                                      kNow);
            QVERIFY(
                !store.cachedLists()->load(QStringLiteral("acc"), QStringLiteral("p2")).isValid());
            QVERIFY(!store.cachedLists()
                         ->load(QStringLiteral("other"), QStringLiteral("p1"))
                         .isValid());
        }
        LocalStore store(path);
        QVERIFY(store.open());
        const CachedList cached =
            store.cachedLists()->load(QStringLiteral("acc"), QStringLiteral("p1"));
        QVERIFY(cached.isValid());
        QCOMPARE(cached.savedAt, kNow);
        QCOMPARE(cached.instances.size(), 2);
        Instance expected = i;
        expected.monitor = {}; // an old GPU reading never passes for a current one
        QCOMPARE(cached.instances.at(0), expected);
        QCOMPARE(cached.instances.at(1), noPrice);
        QVERIFY(!cached.instances.at(1).instancePrice);
        QVERIFY(!cached.instances.at(1).imagePrice);
        QVERIFY(!cached.instances.at(1).diskPrices.at(0).price);
        QCOMPARE(cached.instances.at(1).diskPrices.at(1).price, std::optional<double>(0.04));
        QVERIFY(!cached.instances.at(1).powerOffBilling.at(0).price);
        // Known zeros stay known.
        QCOMPARE(cached.instances.at(0).imagePrice, std::optional<double>(0.0));
    }

    // A list saved before issue 32 (schema version 5, records version 1) wrote
    // 0 for every price that was missing: read back, a 0 there is unknown,
    // never a figure; a price it had stays.
    void aListSavedWithZeroesForMissingPricesReadsThemAsUnknown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        // As the console before issue 32 wrote it: Price 0 for the entry that
        // had none, CompShareImagePrice 0 always.
        const QJsonObject legacy{
            {QStringLiteral("UHostId"), QStringLiteral("uhost-legacy")},
            {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
            {QStringLiteral("State"), QStringLiteral("Stopped")},
            {QStringLiteral("ChargeType"), QStringLiteral("Postpay")},
            {QStringLiteral("InstancePrice"), 1.25},
            {QStringLiteral("CompShareImagePrice"), 0},
            {QStringLiteral("DiskPriceInfo"),
             QJsonArray{QJsonObject{{QStringLiteral("ChargeType"), QStringLiteral("Postpay")},
                                    {QStringLiteral("IsBoot"), true},
                                    {QStringLiteral("Price"), 0.05}}}},
            {QStringLiteral("PostPayPowerOffBillingResource"),
             QJsonArray{QJsonObject{{QStringLiteral("ChargeType"), QString()},
                                    {QStringLiteral("IsBoot"), false},
                                    {QStringLiteral("Price"), 0}}}}};
        QVERIFY(writeStoreAtVersion(path, 5, [&legacy](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO cached_lists VALUES ('acc', 'p', ?, ?)"));
            q.addBindValue(kNow.toMSecsSinceEpoch());
            q.addBindValue(QByteArray(""));
            QSqlQuery chunk(db);
            chunk.prepare(
                QStringLiteral("INSERT INTO cached_list_chunks VALUES ('acc', 'p', 0, ?)"));
            chunk.addBindValue(
                qCompress(QJsonDocument(QJsonArray{legacy}).toJson(QJsonDocument::Compact)));
            return q.exec() && chunk.exec();
        }));
        LocalStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion());
        const CachedList cached =
            store.cachedLists()->load(QStringLiteral("acc"), QStringLiteral("p"));
        QCOMPARE(cached.instances.size(), 1);
        const Instance &i = cached.instances.first();
        QCOMPARE(i.instancePrice, std::optional<double>(1.25));
        QCOMPARE(i.diskPrices.at(0).price, std::optional<double>(0.05));
        QVERIFY(!i.powerOffBilling.at(0).price);
        QVERIFY(!i.imagePrice);
        // So the restored row says what the live one would: no "¥0.00/h disks".
        QCOMPARE(CostText::costNow(i, kNow), QStringLiteral("—"));

        // Saved again by this console: version 2, read as written.
        store.cachedLists()->save(QStringLiteral("acc"), QStringLiteral("p"), cached.instances,
                                  kNow);
        QCOMPARE(store.cachedLists()
                     ->loadChunks(QStringLiteral("acc"), QStringLiteral("p"))
                     .recordVersion,
                 InstanceRecord::kVersion);
        QCOMPARE(store.cachedLists()->load(QStringLiteral("acc"), QStringLiteral("p")).instances,
                 cached.instances);
    }

    // A long list is written and read a chunk at a time (never one document
    // in memory), in its order; a shorter list saved later leaves no chunk of
    // the longer one behind.
    // An account whose project is unknown (GetProjectList refused) saves
    // under no project, and finds its list again on the next start.
    void aListSavedWithoutAProjectIsFoundAgain()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("console.sqlite")));
        QVERIFY(store.open());
        QList<Instance> list{test::makeInstance(QStringLiteral("uhost-a"), QStringLiteral("a"),
                                                ChargeType::Postpay)};
        list.first().imageId = QStringLiteral("compshareImage-comfy"); // the price action's image
        store.cachedLists()->save(QStringLiteral("acc"), QString(), list, kNow);
        const CachedList cached = store.cachedLists()->load(QStringLiteral("acc"), QString());
        QVERIFY(cached.isValid());
        QCOMPARE(cached.instances, list);
        QCOMPARE(cached.instances.first().imageId, QStringLiteral("compshareImage-comfy"));
        QCOMPARE(store.cachedLists()->load(QStringLiteral("acc"), QStringLiteral("")).instances,
                 list);
    }

    void aLongListIsKeptInChunks()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("console.sqlite")));
        QVERIFY(store.open());
        QList<Instance> many;
        const int count = CachedListStore::kChunk * 2 + 17;
        for (int k = 0; k < count; ++k)
            many << test::makeInstance(QStringLiteral("uhost-%1").arg(k, 5, 10, QLatin1Char('0')),
                                       QStringLiteral("n%1").arg(k), ChargeType::Postpay);
        const auto chunks = [&store] {
            QSqlQuery q(store.database());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM cached_list_chunks"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        store.cachedLists()->save(QStringLiteral("acc"), QStringLiteral("p"), many, kNow);
        QCOMPARE(chunks(), 3);
        CachedList cached = store.cachedLists()->load(QStringLiteral("acc"), QStringLiteral("p"));
        QCOMPARE(cached.instances.size(), count);
        QCOMPARE(cached.instances.first().id, QStringLiteral("uhost-00000"));
        QCOMPARE(cached.instances.at(CachedListStore::kChunk).id,
                 QStringLiteral("uhost-%1").arg(CachedListStore::kChunk, 5, 10, QLatin1Char('0')));
        QCOMPARE(cached.instances.last(), many.last());

        store.cachedLists()->save(QStringLiteral("acc"), QStringLiteral("p"), many.mid(0, 2),
                                  kNow.addSecs(60));
        QCOMPARE(chunks(), 1);
        cached = store.cachedLists()->load(QStringLiteral("acc"), QStringLiteral("p"));
        QCOMPARE(cached.instances.size(), 2);
        QCOMPARE(cached.savedAt, kNow.addSecs(60));
    }

    // A list saved as one document before schema version 5 is still shown.
    void aListSavedAsOneDocumentIsStillRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        const Instance i = test::makeInstance(QStringLiteral("uhost-old"), QStringLiteral("old"),
                                              ChargeType::Postpay);
        QVERIFY(writeStoreAtVersion(path, 4, [&i](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO cached_lists VALUES ('acc', 'p', ?, ?)"));
            q.addBindValue(kNow.toMSecsSinceEpoch());
            q.addBindValue(
                qCompress(QJsonDocument(QJsonArray{InstanceRecord::toRecord(i)}).toJson()));
            return q.exec();
        }));
        LocalStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.schemaVersion(), StoreSchema::currentVersion());
        const CachedList cached =
            store.cachedLists()->load(QStringLiteral("acc"), QStringLiteral("p"));
        QCOMPARE(cached.savedAt, kNow);
        QCOMPARE(cached.instances.size(), 1);
        QCOMPARE(cached.instances.first().id, QStringLiteral("uhost-old"));
    }

    void accountIsAHashNeverTheKey()
    {
        const QString key = QStringLiteral("PUBLICKEY-abc");
        const QString h = LocalStore::accountHash(key, QStringLiteral("https://api.compshare.cn/"));
        QCOMPARE(h.size(), 32);
        QVERIFY(!h.contains(key));
        QVERIFY(h != LocalStore::accountHash(key, QStringLiteral("http://127.0.0.1:1/")));
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
