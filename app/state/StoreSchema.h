// SPDX-License-Identifier: MIT
// The local store's schema, as an ordered list of migration steps. Step k
// (1-based) takes a database at version k-1 to version k; a new file runs
// them all. A step is only ever appended, never edited once released: a file
// written by an older console is brought forward step by step.
#pragma once

#include <QStringList>

namespace compshare {

struct StoreMigration
{
    int toVersion;
    QStringList statements; // run in one transaction, with the version bump
};

namespace StoreSchema {
// Every step, in order; the last one's toVersion is the current version.
const QList<StoreMigration> &migrations();
int currentVersion();
} // namespace StoreSchema

} // namespace compshare
