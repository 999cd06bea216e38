// SPDX-License-Identifier: MIT
#include "storage/InstanceRecord.h"

#include <QJsonArray>

namespace compshare::InstanceRecord {

namespace {
void putTime(QJsonObject &o, const char *key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(QLatin1String(key), double(t.toSecsSinceEpoch()));
}

QJsonArray priced(const QList<PricedResource> &list)
{
    QJsonArray a;
    for (const PricedResource &r : list)
        a.append(QJsonObject{{QStringLiteral("ChargeType"), r.chargeType},
                             {QStringLiteral("IsBoot"), r.isBoot},
                             {QStringLiteral("Price"), r.price}});
    return a;
}
} // namespace

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
    if (i.hasInstancePrice)
        o.insert(QStringLiteral("InstancePrice"), i.pricePerHour);
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
    o.insert(QStringLiteral("CompShareImagePrice"), i.imagePrice);
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
