// SPDX-License-Identifier: MIT
#include "domain/PriceQuote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace compshare {
namespace {

const QString kChargeType = QStringLiteral("ChargeType");
const QString kInstance = QStringLiteral("Instance");
const QString kDisks = QStringLiteral("Disks");
const QString kSystemDisks = QStringLiteral("SystemDisks");
const QString kImage = QStringLiteral("CompShareImage");
const QString kDiscountType = QStringLiteral("InstanceDiscountType");

// The longest period, so no real price is called absurd.
int hoursIn(PricePeriod period)
{
    switch (period) {
    case PricePeriod::Hour:
        return 1;
    case PricePeriod::Day:
        return 24;
    case PricePeriod::Month:
        return 31 * 24;
    case PricePeriod::Year:
    case PricePeriod::Unknown: // no period known: only the largest bound can hold
        return 366 * 24;
    }
    return 366 * 24;
}

// A JSON number, or a string holding one (the API sends either); finite.
std::optional<double> number(const QJsonValue &value)
{
    double n = 0;
    if (value.isDouble()) {
        n = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        n = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt; // missing, null, a bool, an object: not a price
    }
    if (!std::isfinite(n))
        return std::nullopt;
    return n;
}

// A price part: known only when it is a number, not negative, not absurd.
std::optional<double> amount(const QJsonValue &value, double ceiling)
{
    const std::optional<double> n = number(value);
    if (!n || *n < 0 || *n > ceiling)
        return std::nullopt;
    return n;
}

} // namespace

std::optional<PriceRequest> PriceRequest::forInstance(const Instance &instance,
                                                      const QString &imageId)
{
    if (instance.zone.isEmpty() || instance.gpuType.isEmpty() || instance.gpuCount <= 0 ||
        instance.cpu <= 0 || instance.memoryMb <= 0 || instance.chargeType == ChargeType::Unknown)
        return std::nullopt;
    PriceRequest request;
    request.region = instance.region.isEmpty() ? regionFromZone(instance.zone) : instance.region;
    request.zone = instance.zone;
    request.gpuType = instance.gpuType;
    request.gpuCount = instance.gpuCount;
    request.cpu = instance.cpu;
    request.memoryMb = instance.memoryMb;
    request.chargeType = instance.chargeType;
    request.imageId = imageId;
    int boots = 0;
    bool described = true;
    for (const Disk &disk : instance.disks) {
        described = described && !disk.type.isEmpty() && disk.sizeGb > 0;
        boots += disk.isBoot ? 1 : 0;
        request.disks.append({disk.isBoot, disk.type, disk.sizeGb});
    }
    // The SDK: exactly one system disk. A disk the listing does not fully
    // describe would be priced wrong: then no disk is asked about.
    if (!described || boots != 1)
        request.disks.clear();
    // The order of DiskSet does not make another configuration.
    std::sort(request.disks.begin(), request.disks.end(),
              [](const PriceDisk &a, const PriceDisk &b) {
                  if (a.isBoot != b.isBoot)
                      return a.isBoot;
                  return a.type != b.type ? a.type < b.type : a.sizeGb < b.sizeGb;
              });
    return request;
}

QString PriceRequest::key() const
{
    // A JSON array: no value can run into the next one. "p1": the key's own
    // version, so a later change never matches rows stored under this one.
    QJsonArray disks;
    for (const PriceDisk &d : this->disks)
        disks.append(QJsonArray{d.isBoot, d.type, d.sizeGb});
    const QJsonArray parts{
        QStringLiteral("p1"),        region,  zone, gpuType, gpuCount, cpu, memoryMb,
        chargeTypeToApi(chargeType), imageId, disks};
    return QString::fromUtf8(QJsonDocument(parts).toJson(QJsonDocument::Compact));
}

std::optional<double> PriceQuote::imagePerHour(int gpuCount) const
{
    if (!imagePerGpu || gpuCount <= 0)
        return std::nullopt;
    return *imagePerGpu * gpuCount;
}

PriceQuote PriceQuote::fromJson(const QJsonObject &detail)
{
    PriceQuote quote;
    const QJsonValue charge = detail.value(kChargeType);
    quote.rawChargeType = charge.isString() ? charge.toString() : QString();
    quote.chargeType = chargeTypeFromApi(quote.rawChargeType);
    const double ceiling = kMaxPlausibleYuanPerHour * hoursIn(quote.period());
    quote.instance = amount(detail.value(kInstance), ceiling);
    quote.disks = amount(detail.value(kDisks), ceiling);
    quote.systemDisks = amount(detail.value(kSystemDisks), ceiling);
    quote.imagePerGpu = amount(detail.value(kImage), kMaxPlausibleYuanPerHour);
    const std::optional<double> discount = number(detail.value(kDiscountType));
    if (discount && *discount >= 0 && *discount <= 1000 && std::floor(*discount) == *discount)
        quote.discountType = int(*discount);
    return quote;
}

QJsonObject PriceQuote::toJson() const
{
    QJsonObject o;
    if (!rawChargeType.isEmpty())
        o.insert(kChargeType, rawChargeType);
    const auto put = [&o](const QString &name, const std::optional<double> &value) {
        if (value)
            o.insert(name, *value);
    };
    put(kInstance, instance);
    put(kDisks, disks);
    put(kSystemDisks, systemDisks);
    put(kImage, imagePerGpu);
    if (discountType)
        o.insert(kDiscountType, *discountType);
    return o;
}

bool PriceQuote::operator==(const PriceQuote &o) const
{
    return chargeType == o.chargeType && rawChargeType == o.rawChargeType &&
           instance == o.instance && disks == o.disks && systemDisks == o.systemDisks &&
           imagePerGpu == o.imagePerGpu && discountType == o.discountType &&
           fetchedAt == o.fetchedAt;
}

std::optional<PriceQuote> PriceAnswer::detailFor(ChargeType type) const
{
    std::optional<PriceQuote> found;
    for (const PriceQuote &quote : details) {
        if (type == ChargeType::Unknown || quote.chargeType != type)
            continue;
        if (found && !(*found == quote))
            return std::nullopt; // two prices for one mode: neither is known
        found = quote;
    }
    return found;
}

} // namespace compshare
