// SPDX-License-Identifier: MIT
#include "state/StoreSchema.h"

namespace compshare {

const QList<StoreMigration> &StoreSchema::migrations()
{
    static const QList<StoreMigration> steps = {
        // 1: the journal of the operations the console sent.
        {1,
         {QStringLiteral("CREATE TABLE operations ("
                         " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " account TEXT NOT NULL,"
                         " instance_id TEXT NOT NULL,"
                         " instance_name TEXT NOT NULL,"
                         " kind TEXT NOT NULL,"
                         " detail TEXT NOT NULL DEFAULT '',"
                         " sent_at INTEGER NOT NULL,"
                         " answer TEXT NOT NULL DEFAULT 'sent',"
                         " answered_at INTEGER,"
                         " code INTEGER,"
                         " request_id TEXT NOT NULL DEFAULT '',"
                         " result TEXT NOT NULL DEFAULT '',"
                         " result_at INTEGER)"),
          QStringLiteral(
              "CREATE INDEX operations_by_instance ON operations (instance_id, sent_at)")}},
        // 2: GPU samples (GpuSampleArchive), bounded by pruning.
        {2,
         {QStringLiteral("CREATE TABLE gpu_samples ("
                         " instance_id TEXT NOT NULL,"
                         " at INTEGER NOT NULL,"
                         " gpu_index INTEGER NOT NULL,"
                         " usage REAL NOT NULL,"
                         " memory REAL NOT NULL)"),
          QStringLiteral("CREATE INDEX gpu_samples_by_instance ON gpu_samples"
                         " (instance_id, at, gpu_index)"),
          QStringLiteral("CREATE INDEX gpu_samples_by_time ON gpu_samples (at)")}},
        // 3: the last full list per account and project.
        {3,
         {QStringLiteral("CREATE TABLE cached_lists ("
                         " account TEXT NOT NULL,"
                         " project TEXT NOT NULL,"
                         " saved_at INTEGER NOT NULL,"
                         " instances BLOB NOT NULL,"
                         " PRIMARY KEY (account, project))")}},
        // 4: which idle runs were warned about (IdleWarningLog), so a restart
        // does not warn about the same run again.
        {4,
         {QStringLiteral("CREATE TABLE idle_warnings ("
                         " instance_id TEXT NOT NULL,"
                         " kind TEXT NOT NULL,"
                         " run_start INTEGER NOT NULL,"
                         " warned_at INTEGER NOT NULL,"
                         " PRIMARY KEY (instance_id, kind, run_start))")}},
        // 5: the saved list in chunks of records (CachedListStore::kChunk), so
        // 10,000 instances are never one document in memory. A list saved as
        // one blob (cached_lists.instances) is still read.
        {5,
         {QStringLiteral("CREATE TABLE cached_list_chunks ("
                         " account TEXT NOT NULL,"
                         " project TEXT NOT NULL,"
                         " chunk INTEGER NOT NULL,"
                         " records BLOB NOT NULL,"
                         " PRIMARY KEY (account, project, chunk))")}},
        // 6: how the saved list's records are written (InstanceRecord::kVersion).
        // A list saved before is version 1: a price of 0 in it may have been a
        // missing one, and is read back as unknown.
        {6,
         {QStringLiteral("ALTER TABLE cached_lists ADD COLUMN record_version INTEGER NOT NULL"
                         " DEFAULT 1")}},
        // 7: the price action's last answer per account and configuration
        // (SqlPriceQuoteArchive), kept a day.
        {7,
         {QStringLiteral("CREATE TABLE price_quotes ("
                         " account TEXT NOT NULL,"
                         " config TEXT NOT NULL,"
                         " at INTEGER NOT NULL,"
                         " outcome TEXT NOT NULL,"
                         " detail BLOB NOT NULL,"
                         " PRIMARY KEY (account, config))"),
          QStringLiteral("CREATE INDEX price_quotes_by_time ON price_quotes (at)")}},
    };
    return steps;
}

int StoreSchema::currentVersion()
{
    return migrations().constLast().toVersion;
}

} // namespace compshare
