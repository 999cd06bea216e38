// SPDX-License-Identifier: MIT
// Reads DescribeCompShareInstance answers defensively: numbers as strings,
// missing or mistyped fields and unknown fields never crash it. A record
// without a UHostId is skipped and counted; the Password is never kept.
#pragma once

#include "api/ApiError.h"
#include "api/CompShareClient.h"
#include "api/Instance.h"

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
        int totalCount = -1; // -1 when the answer has no usable TotalCount
        ApiError error;      // Malformed when the answer is not a usable list
    };

    static Result parseBody(const QJsonObject &body);
    static Result parseRaw(const QByteArray &raw); // JSON decode + parseBody
    // One UHostSet record; false (and *instance untouched) without a UHostId.
    static bool parseRecord(const QJsonObject &record, Instance *instance);
    // Large bodies (raw > 256 KiB) are parsed on the thread pool; done runs on
    // the context's thread, and not at all if the context is destroyed.
    static void parseAsync(const QJsonObject &body, qsizetype rawSize, QObject *context,
                           std::function<void(const Result &)> done);

    static ZoneResult parseZones(const QJsonObject &body);
};

} // namespace compshare
