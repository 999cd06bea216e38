// SPDX-License-Identifier: MIT
// InstanceParser on arbitrary bytes: whatever the gateway (or a proxy in
// between) answers, parsing must neither crash nor keep a record without an
// id, nor count more records than it read.
#include "api/InstanceParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

using compshare::InstanceParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const InstanceParser::Result r = InstanceParser::parseRaw(raw);
    for (const compshare::Instance &i : r.instances) {
        if (i.id.isEmpty())
            std::abort(); // a record without UHostId must be skipped
    }
    if (r.error.isError() && !r.instances.isEmpty())
        std::abort(); // an unusable answer yields no partial list
    const QJsonObject body = QJsonDocument::fromJson(raw).object();
    (void)InstanceParser::parseZones(body);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.value().isObject()) {
            compshare::Instance one;
            (void)InstanceParser::parseRecord(it.value().toObject(), &one);
        }
    }
    return 0;
}
