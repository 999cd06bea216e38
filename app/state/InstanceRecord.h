// SPDX-License-Identifier: MIT
// An Instance written back in DescribeCompShareInstance's record shape, so
// InstanceParser::parseRecord reads it as it reads a listing. MonitorMessages
// is never written (no old GPU reading passes for a current one), nor is
// anything the parser does not keep (Password). A price that is not known
// is left out, as the API leaves it out, so it reads back as unknown.
#pragma once

#include "domain/Instance.h"

#include <QJsonObject>

namespace compshare::InstanceRecord {

// How records are written. 1: every price written, 0 for a missing one
// (before issue 32); 2: a price not known is left out. Saved with each list
// (cached_lists.record_version, StoreSchema step 6).
constexpr int kLegacyZeroPrices = 1;
constexpr int kVersion = 2;

QJsonObject toRecord(const Instance &instance);
// A saved record read back through InstanceParser::parseRecord, as written
// by `version`. A version-1 record wrote 0 for a price that was missing, so
// a 0 there is read as unknown: never a figure the API did not give.
bool fromRecord(QJsonObject record, int version, Instance *instance);

} // namespace compshare::InstanceRecord
