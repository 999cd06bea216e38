// SPDX-License-Identifier: MIT
// GetCompShareInstancePrice as typed values: the question (one configuration,
// PriceRequest) and the answer's parts (PriceQuote), read defensively. Every
// part is optional: a part the answer leaves out, sends as something other
// than a number, negative or absurd, is unknown, never 0.
//
// Units (compshare-docs/getcompshareinstanceprice.md, the official SDK's
// client.py): Instance, Disks and SystemDisks are the price of one period of
// the charge type: a year, a month or a day for Year / Month / Day, an hour
// for Dynamic (hourly prepaid), Postpay and Spot. CompShareImage is per GPU
// per hour in every mode (the SDK: 镜像价格/Gpu/小时; no witness gives the
// prepaid modes another unit).
#pragma once

#include "domain/ApiError.h"
#include "domain/Instance.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace compshare {

// Above this per hour (scaled to the period: x24 a day, x744 a month, x8784
// a year) a price part is absurd, hence unknown. The dearest instance
// CompShare lists costs a few hundred yuan an hour.
inline constexpr double kMaxPlausibleYuanPerHour = 10000;

// One disk of the question (Disks.N.IsBoot / Type / Size).
struct PriceDisk
{
    bool isBoot = false;
    QString type; // DiskType, e.g. CLOUD_SSD
    int sizeGb = 0;
    bool operator==(const PriceDisk &o) const
    {
        return isBoot == o.isBoot && type == o.type && sizeGb == o.sizeGb;
    }
};

// One configuration to price. Quantity is never sent: one period (the page's default).
struct PriceRequest
{
    QString region;
    QString zone;
    QString gpuType;
    int gpuCount = 0;
    int cpu = 0;
    qint64 memoryMb = 0;
    ChargeType chargeType = ChargeType::Unknown; // Unknown: not sent, every mode is answered
    QList<PriceDisk> disks; // the system disk first; empty: none sent (no disk part comes back)
    QString imageId;        // CompShareImageId; empty: not sent (no image part comes back)

    // A listed instance's configuration, or nothing when a required part is
    // not known (zone, GPU type and count, CPU, memory, charge type). Its
    // disks are sent only when each has a type and a size and exactly one is
    // the system disk; otherwise none (the disk parts stay unknown).
    // imageId: the instance's CompShareImageId, when known (Instance does not
    // carry it yet; see PriceQuoteBook).
    static std::optional<PriceRequest> forInstance(const Instance &instance,
                                                   const QString &imageId = {});
    // One text per distinct configuration (what is sent), for the quote book
    // and the local store.
    QString key() const;
    bool operator==(const PriceRequest &o) const
    {
        return region == o.region && zone == o.zone && gpuType == o.gpuType &&
               gpuCount == o.gpuCount && cpu == o.cpu && memoryMb == o.memoryMb &&
               chargeType == o.chargeType && disks == o.disks && imageId == o.imageId;
    }
};

// One element of PriceDetails (or of OriginalPriceDetails / ListPriceDetails).
struct PriceQuote
{
    ChargeType chargeType = ChargeType::Unknown;
    QString rawChargeType;             // as sent
    std::optional<double> instance;    // CPU, memory and GPU, per period()
    std::optional<double> disks;       // data disks, per period()
    std::optional<double> systemDisks; // the system disk, per period()
    std::optional<double> imagePerGpu; // CompShareImage: per GPU per hour, in every mode
    std::optional<int> discountType;   // InstanceDiscountType: 1 night, 2 holiday (as sent)
    QDateTime fetchedAt;               // when the answer came, on the asker's clock

    PricePeriod period() const { return pricePeriodOf(chargeType); }
    // The image for the whole instance per hour: per GPU x gpuCount; nothing
    // when either is unknown.
    std::optional<double> imagePerHour(int gpuCount) const;

    // Reads one answer element defensively (numbers as JSON numbers or
    // numeric strings; anything else, negative or absurd: unknown).
    static PriceQuote fromJson(const QJsonObject &detail);
    // The known parts under the answer's own names (fromJson reads it back).
    QJsonObject toJson() const;
    bool operator==(const PriceQuote &o) const;
};

// GetCompShareInstancePrice's answer.
struct PriceAnswer
{
    QList<PriceQuote> details;  // PriceDetails: what the account pays (after discounts)
    QList<PriceQuote> original; // OriginalPriceDetails
    QList<PriceQuote> list;     // ListPriceDetails
    ApiError error;
    QString requestId; // X-UCLOUD-REQUEST-UUID, when an answer came

    // The PriceDetails element of that charge type; nothing when there is
    // none, or when two of them disagree.
    std::optional<PriceQuote> detailFor(ChargeType type) const;
};

} // namespace compshare
