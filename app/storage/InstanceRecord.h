// SPDX-License-Identifier: MIT
// An Instance written back in DescribeCompShareInstance's record shape, so
// InstanceParser::parseRecord reads it as it reads a listing. MonitorMessages
// is never written (no old GPU reading passes for a current one), nor is
// anything the parser does not keep (Password).
#pragma once

#include "api/Instance.h"

#include <QJsonObject>

namespace compshare::InstanceRecord {

QJsonObject toRecord(const Instance &instance);

} // namespace compshare::InstanceRecord
