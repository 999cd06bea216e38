// SPDX-License-Identifier: MIT
#include "state/InstanceRecord.h"

#include "wire/InstanceParser.h"

#include <QJsonArray>

namespace compshare::InstanceRecord {

namespace {
void putTime(QJsonObject &o, const char *key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(QLatin1String(key), double(t.toSecsSinceEpoch()));
}

void putPrice(QJsonObject &o, const QString &key, const std::optional<double> &price)
{
    if (price)
        o.insert(key, *price);
}

QJsonArray priced(const QList<PricedResource> &list)
{
    QJsonArray a;
    for (const PricedResource &r : list) {
        QJsonObject o{{QStringLiteral("ChargeType"), r.chargeType},
                      {QStringLiteral("IsBoot"), r.isBoot}};
        putPrice(o, QStringLiteral("Price"), r.price);
        a.append(o);
    }
    return a;
}

// A version-1 record: a price of 0 may have been a missing one.
void dropLegacyZeroPrices(QJsonObject &record)
{
    const auto isZero = [](const QJsonValue &v) {
        return v.isDouble() && v.toDouble() == 0;
    };
    for (const QString &key :
         {QStringLiteral("PostPayPowerOffBillingResource"), QStringLiteral("DiskPriceInfo")}) {
        QJsonArray items = record.value(key).toArray();
        for (qsizetype k = 0; k < items.size(); ++k) {
            QJsonObject item = items.at(k).toObject();
            if (isZero(item.value(QStringLiteral("Price")))) {
                item.remove(QStringLiteral("Price"));
                items[k] = item;
            }
        }
        if (record.contains(key))
            record.insert(key, items);
    }
    if (isZero(record.value(QStringLiteral("CompShareImagePrice"))))
        record.remove(QStringLiteral("CompShareImagePrice"));
}
} // namespace

bool fromRecord(QJsonObject record, int version, Instance *instance)
{
    if (version <= kLegacyZeroPrices)
        dropLegacyZeroPrices(record);
    return InstanceParser::parseRecord(record, instance);
}

QJsonObject toRecord(const Instance &i)
{
    QJsonObject o;
    o.insert(QStringLiteral("UHostId"), i.id);
    o.insert(QStringLiteral("Name"), i.name);
    o.insert(QStringLiteral("Zone"), i.zone);
    o.insert(QStringLiteral("Region"), i.region);
    o.insert(QStringLiteral("State"), i.rawState);
    o.insert(QStringLiteral("ChargeType"), i.rawChargeType);
    o.insert(QStringLiteral("GpuType"), i.gpuType);
    o.insert(QStringLiteral("GPU"), i.gpuCount);
    o.insert(QStringLiteral("GraphicsMemory"),
             QJsonObject{{QStringLiteral("Value"), i.gpuMemoryGb}});
    o.insert(QStringLiteral("CPU"), i.cpu);
    o.insert(QStringLiteral("Memory"), double(i.memoryMb));
    putPrice(o, QStringLiteral("InstancePrice"), i.instancePrice);
    if (!i.imageId.isEmpty())
        o.insert(QStringLiteral("CompShareImageId"), i.imageId);
    o.insert(QStringLiteral("CompShareImageName"), i.imageName);
    o.insert(QStringLiteral("CompShareImageStatus"), i.imageStatus);
    o.insert(QStringLiteral("CompShareImageType"), i.imageType);
    QJsonArray ips;
    for (const IpAddress &ip : i.ips)
        ips.append(QJsonObject{{QStringLiteral("IP"), ip.ip},
                               {QStringLiteral("Type"), ip.type},
                               {QStringLiteral("IPMode"), ip.mode}});
    o.insert(QStringLiteral("IPSet"), ips);
    putTime(o, "CreateTime", i.created);
    putTime(o, "ExpireTime", i.expires);
    if (i.autoRenewKnown)
        o.insert(QStringLiteral("AutoRenew"),
                 i.autoRenew ? QStringLiteral("Yes") : QStringLiteral("No"));
    o.insert(QStringLiteral("IsExpire"), i.isExpired);
    o.insert(QStringLiteral("OsName"), i.osName);
    o.insert(QStringLiteral("Remark"), i.remark);
    o.insert(QStringLiteral("Tag"), i.tag);
    o.insert(QStringLiteral("SshLoginCommand"), i.sshLoginCommand);
    o.insert(QStringLiteral("SupportWithoutGpuStart"), i.supportWithoutGpuStart);
    if (i.hasWithoutGpuSpec)
        o.insert(QStringLiteral("WithoutGpuSpec"), QJsonObject());
    putTime(o, "StartTime", i.started);
    putTime(o, "StopTime", i.stopped);
    putTime(o, "UpdateTime", i.updated);
    putTime(o, "ReleaseTime", i.releaseTime);
    o.insert(QStringLiteral("SchedulerStopTime"),
             i.scheduledStop.isValid() ? double(i.scheduledStop.toSecsSinceEpoch()) : 0.0);
    o.insert(QStringLiteral("PostPayPowerOffBillingResource"), priced(i.powerOffBilling));
    o.insert(QStringLiteral("DiskPriceInfo"), priced(i.diskPrices));
    putPrice(o, QStringLiteral("CompShareImagePrice"), i.imagePrice);
    QJsonArray disks;
    for (const Disk &d : i.disks)
        disks.append(QJsonObject{{QStringLiteral("DiskId"), d.id},
                                 {QStringLiteral("DiskType"), d.type},
                                 {QStringLiteral("IsBoot"), d.isBoot},
                                 {QStringLiteral("Size"), d.sizeGb}});
    o.insert(QStringLiteral("DiskSet"), disks);
    return o;
}

} // namespace compshare::InstanceRecord
