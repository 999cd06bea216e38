// SPDX-License-Identifier: MIT
// Reads DescribeCompShareInstance answers defensively: numbers as strings,
// missing or mistyped fields and unknown fields never crash it. A record
// without a UHostId is skipped, counted and named (RecordProblem); bytes
// that were not UTF-8 are kept as U+FFFD and named too; the Password is
// never kept.
#pragma once

#include "domain/ApiError.h"
#include "domain/Instance.h"
#include "wire/CompShareClient.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace compshare {

class InstanceParser final
{
public:
    struct Result
    {
        QList<Instance> instances;
        int skippedRecords = 0;
        QList<RecordProblem> problems; // what was dropped (skippedRecords) or repaired
        int totalCount = -1;           // -1 when the answer has no usable TotalCount
        ApiError error;                // Malformed when the answer is not a usable list
    };

    // offset: the page's Offset (records are numbered from it for RecordProblem);
    // textRepaired: the body had bytes that were not UTF-8 (JsonDecoder).
    static Result parseBody(const QJsonObject &body, int offset = 0, bool textRepaired = false);
    static Result parseRaw(const QByteArray &raw); // JSON decode + parseBody
    // One UHostSet record; false (and *instance untouched) without a UHostId.
    static bool parseRecord(const QJsonObject &record, Instance *instance);
    // Large bodies (raw > 256 KiB) are parsed on the thread pool; done runs on
    // the context's thread, and not at all if the context is destroyed.
    static void parseAsync(const QJsonObject &body, qsizetype rawSize, QObject *context,
                           std::function<void(const Result &)> done, int offset = 0,
                           bool textRepaired = false);

    static ZoneResult parseZones(const QJsonObject &body);
};

} // namespace compshare
