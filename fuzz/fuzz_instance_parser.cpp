// SPDX-License-Identifier: MIT
// InstanceParser on arbitrary bytes: whatever the gateway (or a proxy in
// between) answers, parsing must neither crash nor keep a record without an
// id, nor count more records than it read. The sanity rules (ListSanity:
// TotalCount bound, empty pages; a RetCode that is a whole number) and the
// "no field, no figure" texts run on the same bytes.
#include "domain/BillingRules.h"
#include "text/CostText.h"
#include "text/InstanceText.h"
#include "wire/ApiTransport.h"
#include "wire/InstanceParser.h"
#include "wire/ListSanity.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

using compshare::InstanceParser;
using compshare::ListSanity;

namespace {

void checkSanityRules(const QJsonObject &body, const InstanceParser::Result &r)
{
    if (!r.error.isError() && r.totalCount > ListSanity::kMaxTotalCount)
        std::abort(); // a TotalCount beyond the bound must be refused
    int total = -1;
    const compshare::ApiError bound =
        ListSanity::readTotalCount(body.value(QStringLiteral("TotalCount")), &total);
    if (bound.isError() != (total < 0 && body.contains(QStringLiteral("TotalCount")) &&
                            (body.value(QStringLiteral("TotalCount")).isDouble() ||
                             body.value(QStringLiteral("TotalCount")).isString())))
        std::abort(); // refused exactly when the count is not used
    const int rows = int(r.instances.size()) + r.skippedRecords;
    for (const int offset : {0, 100, 1000}) {
        const bool contradiction = ListSanity::checkPage(offset, r.totalCount, rows).isError();
        if (contradiction != (rows == 0 && r.totalCount > offset))
            std::abort();
    }
    int retCode = 0;
    const QJsonValue code = body.value(QStringLiteral("RetCode"));
    if (compshare::ApiTransport::readRetCode(code, &retCode) && code.isDouble() &&
        double(retCode) != code.toDouble())
        std::abort(); // only a whole number is read as a RetCode
}

void checkNoFieldNoFigure(const QList<compshare::Instance> &instances)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const compshare::Instance &i : instances) {
        const compshare::CostNow c = compshare::BillingRules::costNow(i);
        if (c.figure.hasValue() && c.kind == compshare::CostNow::Kind::Running && !i.instancePrice)
            std::abort(); // a running cost from a price that was never sent
        if (!i.instancePrice && compshare::InstanceText::instancePrice(i) != QStringLiteral("—"))
            std::abort();
        for (const auto &price : {i.instancePrice, i.imagePrice}) {
            if (price && !(*price >= 0 && *price <= compshare::kMaxPlausiblePrice))
                std::abort(); // a negative or absurd price is unknown, never a figure
        }
        (void)compshare::CostText::costNow(i, now);
        (void)compshare::CostText::costNowToolTip(i, now);
        (void)compshare::InstanceText::cpuMemory(i);
        (void)compshare::InstanceText::gpu(i);
        (void)compshare::InstanceText::charge(i.chargeType, i.rawChargeType);
    }
    const compshare::BurnTotals t = compshare::BillingRules::totals(instances, now);
    if (t.runningCount + t.stoppedCount + t.prepaidCount + t.stoppedSpotCount + t.unknownCount +
            t.noPriceCount !=
        int(instances.size()))
        std::abort(); // every instance is in exactly one group
    (void)compshare::CostText::burn(t);
    (void)compshare::CostText::burnToolTip(t);
}

} // namespace

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
    checkSanityRules(body, r);
    checkNoFieldNoFigure(r.instances);
    return 0;
}
