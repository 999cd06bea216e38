// SPDX-License-Identifier: MIT
#include "simulator/SimInstanceDefaults.h"

#include <QJsonArray>
#include <cmath>

namespace compshare::sim {
namespace {

// 2025-01-01 00:00:00 UTC: default creation times count from here.
constexpr qint64 kBaseCreateTime = 1735689600;

void setDefault(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (!object.contains(key))
        object.insert(key, value);
}

QString generatedPassword(const QString &id, quint32 seed)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    quint32 state = stableHash(id, seed ^ 0x5bd1e995u);
    QByteArray password;
    for (int i = 0; i < 14; ++i) {
        state = state * 1664525u + 1013904223u;
        password.append(alphabet[(state >> 8) % (sizeof(alphabet) - 1)]);
    }
    return QString::fromLatin1(password.toBase64());
}

constexpr qint64 kDay = 86400;

// A price for the period of a charge type, from an hourly one: a listing's
// InstancePrice (and a disk's Price) of a Day/Month/Year instance is for its
// period (shared/api/README.md, "Units"). The discounts are made up.
double priceForPeriod(double perHour, const QString &charge)
{
    double factor = 1;
    if (charge == QLatin1String("Day"))
        factor = 22;
    else if (charge == QLatin1String("Month"))
        factor = 490;
    else if (charge == QLatin1String("Year"))
        factor = 5174;
    return std::round(perHour * factor * 100) / 100; // whole cents
}
constexpr qint64 kReclaimAfter = 7 * kDay; // recycle.md: 7 days stopped

// Rates as strings, as the SDK documents them.
QString rate(double percent)
{
    return QString::number(percent, 'f', 1);
}

// Idle (under 5 %) or busy GPUs, decided by the id unless the scenario says.
QJsonObject monitorMessages(const QString &id, int gpus, quint32 seed)
{
    const quint32 h = stableHash(id, seed ^ 0x2545f491u);
    const bool idle = h % 3 == 0;
    QJsonArray info;
    for (int g = 0; g < qMax(1, gpus); ++g) {
        const quint32 hg = stableHash(QString::number(g), h);
        const double usage = idle ? double(hg % 30) / 10.0 : 55.0 + double(hg % 440) / 10.0;
        info.append(QJsonObject{{QStringLiteral("GPU"), QString::number(g)},
                                {QStringLiteral("GpuUsageRate"), rate(usage)},
                                {QStringLiteral("MemoryUsageRate"), rate(idle ? 3.0 : 71.5)}});
    }
    return QJsonObject{{QStringLiteral("CpuUsageRate"), rate(idle ? 1.2 : 38.0)},
                       {QStringLiteral("MemUsageRate"), rate(idle ? 9.0 : 46.0)},
                       {QStringLiteral("GpuInfo"), info}};
}

} // namespace

QJsonObject withResolvedTimes(const QJsonObject &instance, qint64 nowMs, quint32 seed)
{
    QJsonObject o = instance;
    const qint64 now = nowMs / 1000;
    const auto take = [&o](const QString &key, qint64 *value) {
        const QJsonValue v = o.take(key);
        if (v.isDouble())
            *value = v.toInteger();
        return v.isDouble();
    };
    qint64 secs = 0;
    if (take(QStringLiteral("StartTimeAgo"), &secs))
        o.insert(QStringLiteral("StartTime"), now - secs);
    if (take(QStringLiteral("StopTimeAgo"), &secs))
        o.insert(QStringLiteral("StopTime"), now - secs);
    if (take(QStringLiteral("UpdateTimeAgo"), &secs))
        o.insert(QStringLiteral("UpdateTime"), now - secs);
    if (take(QStringLiteral("ReleaseTimeIn"), &secs))
        o.insert(QStringLiteral("ReleaseTime"), now + secs);
    if (take(QStringLiteral("ExpireTimeIn"), &secs))
        o.insert(QStringLiteral("ExpireTime"), now + secs);
    const QString state = o.value(QStringLiteral("State")).toString();
    const quint32 h = stableHash(o.value(QStringLiteral("UHostId")).toString(), seed ^ 0x68e31da4u);
    if (state == QLatin1String("Stopped") && !o.contains(QStringLiteral("StopTime")))
        o.insert(QStringLiteral("StopTime"), now - 3600 - qint64(h % (6 * kDay)));
    if (state == QLatin1String("Running") && !o.contains(QStringLiteral("StartTime")))
        o.insert(QStringLiteral("StartTime"), now - 600 - qint64(h % (2 * kDay)));
    if (state == QLatin1String("Stopped") &&
        o.value(QStringLiteral("ChargeType")).toString() == QLatin1String("Postpay") &&
        !o.contains(QStringLiteral("ReleaseTime")))
        o.insert(QStringLiteral("ReleaseTime"),
                 o.value(QStringLiteral("StopTime")).toInteger() + kReclaimAfter);
    if (!o.contains(QStringLiteral("UpdateTime")))
        o.insert(QStringLiteral("UpdateTime"),
                 qMax(o.value(QStringLiteral("StartTime")).toInteger(),
                      o.value(QStringLiteral("StopTime")).toInteger()));
    return o;
}

void applyFinalState(QJsonObject &o, const QString &state, qint64 atMs)
{
    const qint64 at = atMs / 1000;
    o.insert(QStringLiteral("UpdateTime"), at);
    if (state == QLatin1String("Stopped")) {
        o.insert(QStringLiteral("StopTime"), at);
        o.insert(QStringLiteral("ReleaseTime"),
                 o.value(QStringLiteral("ChargeType")).toString() == QLatin1String("Postpay")
                     ? at + kReclaimAfter
                     : 0);
        o.remove(QStringLiteral("MonitorMessages"));
    } else if (state == QLatin1String("Running")) {
        o.insert(QStringLiteral("StartTime"), at);
        o.insert(QStringLiteral("ReleaseTime"), 0);
    }
}

quint32 stableHash(const QString &text, quint32 seed)
{
    quint32 hash = 2166136261u ^ seed;
    const QByteArray bytes = text.toUtf8();
    for (const char c : bytes) {
        hash ^= static_cast<quint8>(c);
        hash *= 16777619u;
    }
    return hash;
}

QString regionFromZone(const QString &zone)
{
    const qsizetype dash = zone.lastIndexOf(QLatin1Char('-'));
    return dash > 0 ? zone.left(dash) : zone;
}

QJsonObject completedInstance(const QJsonObject &raw, quint32 seed, int index)
{
    QJsonObject o = raw;
    o.remove(QStringLiteral("Region")); // the store adds the real one when listing
    const QString id = o.value(QStringLiteral("UHostId")).toString();
    const quint32 h = stableHash(id, seed);

    // Types the documentation's table gives (the example disagrees in places).
    const QJsonValue memory = o.value(QStringLiteral("Memory"));
    if (memory.isDouble())
        o.insert(QStringLiteral("Memory"), QString::number(memory.toInteger()));
    const QJsonValue graphics = o.value(QStringLiteral("GraphicsMemory"));
    if (graphics.isDouble())
        o.insert(QStringLiteral("GraphicsMemory"),
                 QJsonObject{{QStringLiteral("Value"), graphics.toInteger()},
                             {QStringLiteral("Rate"), 0}});

    const QString publicIp = QStringLiteral("203.0.113.%1").arg(h % 250 + 2);
    const QString privateIp = QStringLiteral("10.%1.%2.%3")
                                  .arg((h >> 8) % 250 + 1)
                                  .arg((h >> 16) % 250 + 1)
                                  .arg((h >> 24) % 250 + 2);
    const qint64 createTime = kBaseCreateTime + qint64(index) * 3600;
    const QString charge =
        o.value(QStringLiteral("ChargeType")).toString(QStringLiteral("Postpay"));
    const bool prepaid = charge == QLatin1String("Month") || charge == QLatin1String("Day") ||
                         charge == QLatin1String("Year");

    setDefault(o, QStringLiteral("Name"), id);
    setDefault(o, QStringLiteral("State"), QStringLiteral("Running"));
    setDefault(o, QStringLiteral("ChargeType"), charge);
    setDefault(o, QStringLiteral("GpuType"), QStringLiteral("4090"));
    setDefault(o, QStringLiteral("GPU"), 1);
    setDefault(o, QStringLiteral("CPU"), 16);
    setDefault(o, QStringLiteral("Memory"), QStringLiteral("65536"));
    setDefault(o, QStringLiteral("GraphicsMemory"),
               QJsonObject{{QStringLiteral("Value"), 24}, {QStringLiteral("Rate"), 0}});
    // 2.18/h: ¥47.96/day, ¥1,068.20/month, ¥11,279.32/year for prepaid periods.
    setDefault(o, QStringLiteral("InstancePrice"), priceForPeriod(2.18, charge));
    setDefault(o, QStringLiteral("CompShareImageId"),
               QStringLiteral("compshareImage-%1").arg(h % 9000 + 1000));
    setDefault(o, QStringLiteral("CompShareImageName"), QStringLiteral("Ubuntu 22.04 CUDA 12.4"));
    setDefault(o, QStringLiteral("CompShareImageStatus"), QStringLiteral("Normal"));
    setDefault(o, QStringLiteral("CompShareImageType"), QStringLiteral("System"));
    setDefault(o, QStringLiteral("CompShareImageOwnerAlias"), QStringLiteral("UCloud"));
    setDefault(o, QStringLiteral("CompShareImagePrice"), 0);
    setDefault(o, QStringLiteral("MachineType"), QStringLiteral("G"));
    setDefault(o, QStringLiteral("CpuPlatform"), QStringLiteral("Amd/Auto"));
    setDefault(o, QStringLiteral("CpuArch"), QStringLiteral("x86_64"));
    setDefault(o, QStringLiteral("InstanceType"), QStringLiteral("UHost"));
    setDefault(o, QStringLiteral("IPSet"),
               QJsonArray{QJsonObject{{QStringLiteral("IP"), publicIp},
                                      {QStringLiteral("Type"), QStringLiteral("Bgp")},
                                      {QStringLiteral("IPMode"), QStringLiteral("IPv4")},
                                      {QStringLiteral("IPId"),
                                       QStringLiteral("eip-%1").arg(h, 8, 16, QLatin1Char('0'))},
                                      {QStringLiteral("Bandwidth"), 100},
                                      {QStringLiteral("Weight"), 50}},
                          QJsonObject{{QStringLiteral("IP"), privateIp},
                                      {QStringLiteral("Type"), QStringLiteral("Private")},
                                      {QStringLiteral("IPMode"), QStringLiteral("IPv4")},
                                      {QStringLiteral("Default"), QStringLiteral("true")}}});
    setDefault(
        o, QStringLiteral("DiskSet"),
        QJsonArray{QJsonObject{{QStringLiteral("DiskType"), QStringLiteral("CLOUD_SSD")},
                               {QStringLiteral("IsBoot"), QStringLiteral("True")},
                               {QStringLiteral("Encrypted"), QStringLiteral("false")},
                               {QStringLiteral("Type"), QStringLiteral("Boot")},
                               {QStringLiteral("DiskId"), QStringLiteral("bsi-%1").arg(h % 100000)},
                               {QStringLiteral("Drive"), QStringLiteral("vda")},
                               {QStringLiteral("Size"), 200}}});
    setDefault(o, QStringLiteral("TotalDiskSpace"), 200);
    // What keeps billing while a pay-as-you-go instance is stopped (the boot
    // disk), and the disk prices; the price units are an assumption (per
    // hour, like InstancePrice): see docs/SIMULATOR.md.
    // A disk is billed like its instance: a spot instance's disks "Spot", by
    // the hour; a monthly instance's by the month.
    const bool postpay = charge == QLatin1String("Postpay");
    const double diskPrice = priceForPeriod(0.02 + double(h % 6) / 100.0, charge);
    const QJsonObject bootDisk{
        {QStringLiteral("ChargeType"), postpay ? QStringLiteral("Postpay") : charge},
        {QStringLiteral("IsBoot"), QStringLiteral("True")},
        {QStringLiteral("Price"), diskPrice}};
    setDefault(o, QStringLiteral("PostPayPowerOffBillingResource"),
               postpay ? QJsonArray{bootDisk} : QJsonArray());
    setDefault(o, QStringLiteral("DiskPriceInfo"), QJsonArray{bootDisk});
    if (o.value(QStringLiteral("State")).toString(QStringLiteral("Running")) ==
        QLatin1String("Running"))
        setDefault(o, QStringLiteral("MonitorMessages"),
                   monitorMessages(id, o.value(QStringLiteral("GPU")).toInt(1), seed));
    setDefault(o, QStringLiteral("StopSchedulerTime"), 0);
    setDefault(o, QStringLiteral("CreateTime"), createTime);
    setDefault(o, QStringLiteral("ExpireTime"),
               prepaid ? o.value(QStringLiteral("CreateTime")).toInteger() + qint64(30) * 86400
                       : 0);
    setDefault(o, QStringLiteral("AutoRenew"),
               prepaid ? QStringLiteral("Yes") : QStringLiteral("No"));
    setDefault(o, QStringLiteral("IsExpire"), QStringLiteral("No"));
    setDefault(o, QStringLiteral("SchedulerStopTime"), 0); // the CLI's name; 0 = none
    setDefault(o, QStringLiteral("OsName"), QStringLiteral("Ubuntu 22.04"));
    setDefault(o, QStringLiteral("OsType"), QStringLiteral("Linux"));
    setDefault(o, QStringLiteral("Remark"), QString());
    setDefault(o, QStringLiteral("Tag"), QStringLiteral("Default"));
    setDefault(o, QStringLiteral("SshLoginCommand"), QStringLiteral("ssh root@%1").arg(publicIp));
    setDefault(o, QStringLiteral("Password"), generatedPassword(id, seed));
    setDefault(o, QStringLiteral("SupportWithoutGpuStart"), true);
    setDefault(o, QStringLiteral("WithoutGpuSpec"),
               QJsonObject{{QStringLiteral("Cpu"), 4},
                           {QStringLiteral("Memory"), 16384},
                           {QStringLiteral("Gpu"), 0}});
    setDefault(o, QStringLiteral("Softwares"), QJsonArray());
    setDefault(o, QStringLiteral("UUID"),
               QStringLiteral("%1-%2").arg(id).arg(h, 8, 16, QLatin1Char('0')));
    // A field the scenario gives as null is left out of the answer, default
    // and all: the shape of a record that lacks it (no CompShareImagePrice,
    // no DiskPriceInfo).
    for (const QString &key : o.keys()) {
        if (o.value(key).isNull())
            o.remove(key);
    }
    return o;
}

} // namespace compshare::sim
