// SPDX-License-Identifier: MIT
// The one value type the console knows an instance by. Filled by
// InstanceParser from DescribeCompShareInstance; compared field by field so
// the table model can tell a changed row from an unchanged one.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace compshare {

enum class InstanceState
{
    Unknown, // the empty string (backend timed out) or anything unrecognised
    Initializing,
    Starting,
    Running,
    Stopping,
    Stopped,
    InstallFail,
    Rebooting,
    Resizing,
    Pending,      // not in the API table; the official CLI waits on it as "still changing"
    Reinstalling, // likewise
};

enum class ChargeType
{
    Unknown,
    Year,
    Month,
    Day,
    Dynamic, // HOURLY PREPAID (按小时预付费, 包时): stopping saves nothing
    Postpay, // pay as you go: the only type whose CPU/GPU/memory stop charging when stopped
    Spot,    // preemptible, may be reclaimed; not covered by "no charge while stopped"
};

// The period a price of this charge type is for: an hour for pay as you go,
// spot and hourly prepaid (Dynamic), else the prepaid period.
enum class PricePeriod
{
    Unknown, // the charge type is not known: the amount has no period
    Hour,    // Postpay, Spot, Dynamic (hourly prepaid)
    Day,
    Month,
    Year,
};
PricePeriod pricePeriodOf(ChargeType type);

InstanceState stateFromApi(const QString &text);
QString stateToApi(InstanceState state);
ChargeType chargeTypeFromApi(const QString &text);
QString chargeTypeToApi(ChargeType type);
// States that end by themselves (Starting, Stopping, Rebooting, Initializing, Resizing,
// Pending, Reinstalling).
bool isTransitional(InstanceState state);
// "cn-wlcb-01" -> "cn-wlcb", "hk-02" -> "hk"; a zone without a numeric suffix is returned as is.
QString regionFromZone(const QString &zone);
// CompShareImageStatus values seen for a usable image: empty, "Normal" (what
// the console always saw) and "Available" (the official CLI's own fixture).
// The API documents no list; anything else is shown as sent.
bool isKnownImageStatus(const QString &status);

struct IpAddress
{
    QString ip;
    QString type; // "BGP", "Private", "International", ...
    QString mode; // "IPv4", "IPv6"
    bool operator==(const IpAddress &o) const
    {
        return ip == o.ip && type == o.type && mode == o.mode;
    }
};

// A price the parser accepts: a finite number from 0 up to this (yuan, for
// whatever period the price is for). Anything else (negative, NaN, a
// billion) is a broken value, read as "not given", never as a figure.
constexpr double kMaxPlausiblePrice = 1.0e7;

// Two prices known and equal, or both unknown.
bool samePrice(const std::optional<double> &a, const std::optional<double> &b);

// One entry of PostPayPowerOffBillingResource[] or DiskPriceInfo[]. The API
// gives no unit for Price; see billing/BillingRules.h for how it is read.
struct PricedResource
{
    QString chargeType;
    bool isBoot = false;
    // Price: unknown when the entry has none (the official CLI's own fixture
    // sends {"Type":"Disk"}), or it is unreadable, negative or absurd.
    std::optional<double> price;
    bool operator==(const PricedResource &o) const;
};

// One entry of DiskSet[].
struct Disk
{
    QString id;
    QString type;
    bool isBoot = false;
    int sizeGb = 0;
    bool operator==(const Disk &o) const
    {
        return id == o.id && type == o.type && isBoot == o.isBoot && sizeGb == o.sizeGb;
    }
};

// One GPU of MonitorMessages.GpuInfo[]; rates in percent, -1 when not given.
struct GpuUsage
{
    QString gpu;
    double usageRate = -1;
    double memoryRate = -1;
    bool operator==(const GpuUsage &o) const;
};

// MonitorMessages: current utilisation, in percent. present is false when the
// record had no usable MonitorMessages ("no data, no claim").
struct MonitorSample
{
    bool present = false;
    double cpuRate = -1;
    double memoryRate = -1;
    QList<GpuUsage> gpus;
    bool hasGpuData() const;
    bool operator==(const MonitorSample &o) const;
};

// Enough to address an instance in a per-instance action.
struct InstanceRef
{
    QString id;
    QString region;
    QString zone;
    bool operator==(const InstanceRef &o) const
    {
        return id == o.id && region == o.region && zone == o.zone;
    }
};

struct Instance
{
    QString id; // UHostId
    QString name;
    QString region; // derived from the zone when the API omits it
    QString zone;
    InstanceState state = InstanceState::Unknown;
    QString rawState; // what the API said, for "Unknown (xyz)" display
    ChargeType chargeType = ChargeType::Unknown;
    QString rawChargeType;
    QString gpuType;
    int gpuCount = 0;
    double gpuMemoryGb = 0; // GraphicsMemory.Value, per GPU
    int cpu = 0;
    qint64 memoryMb = 0;
    // InstancePrice, yuan for the period of the charge type (per hour for
    // Postpay, Spot and Dynamic; per day, month or year for Day, Month, Year:
    // BillingRules::pricePeriod). Unknown when not sent, unreadable, negative
    // or absurd: no field, no figure.
    std::optional<double> instancePrice;
    QString imageId;     // CompShareImageId: sent to the price action so it prices the image
    QString imageName;   // CompShareImageName
    QString imageStatus; // CompShareImageStatus: "Normal" when idle; other values undocumented
    QString imageType;
    QList<IpAddress> ips;
    QDateTime created;
    QDateTime expires;
    bool autoRenew = false;
    bool autoRenewKnown = false; // AutoRenew was "Yes"/"No" (or a bool), not missing
    bool isExpired = false;
    QDateTime started;       // StartTime: last start
    QDateTime stopped;       // StopTime: last stop
    QDateTime updated;       // UpdateTime: last state change
    QDateTime releaseTime;   // ReleaseTime: reclaim deadline of a stopped instance
    QDateTime scheduledStop; // StopSchedulerTime (SDK) / SchedulerStopTime (CLI); invalid = none
    QList<PricedResource> powerOffBilling; // PostPayPowerOffBillingResource[]
    QList<PricedResource> diskPrices;      // DiskPriceInfo[]
    std::optional<double> imagePrice;      // CompShareImagePrice; unknown as InstancePrice
    QList<Disk> disks;                     // DiskSet[]
    MonitorSample monitor;                 // MonitorMessages
    QString osName;
    QString remark;
    QString tag;
    QString sshLoginCommand;
    bool supportWithoutGpuStart = false;
    bool hasWithoutGpuSpec = false; // WithoutGpuSpec {Cpu, Gpu, Memory} was listed
    // Password is deliberately absent: the parser never keeps it.

    bool isSpot() const { return chargeType == ChargeType::Spot; }
    // Dynamic is hourly PREPAID (see ChargeType): it is prepaid too.
    bool isPrepaid() const
    {
        return chargeType == ChargeType::Year || chargeType == ChargeType::Month ||
               chargeType == ChargeType::Day || chargeType == ChargeType::Dynamic;
    }
    // CompShareImageStatus holds something other than the values seen for a
    // usable image (empty, "Normal", "Available": see isKnownImageStatus).
    // Nothing is refused for it (the gateway decides); the first stop dialog
    // that names the instance says so once.
    bool hasUnknownImageStatus() const;
    bool isTransitional() const { return compshare::isTransitional(state); }
    QString publicIp() const; // first non-private IP, or empty
    InstanceRef ref() const { return {id, region, zone}; }

    bool operator==(const Instance &o) const;
    bool operator!=(const Instance &o) const { return !(*this == o); }
};

} // namespace compshare

Q_DECLARE_METATYPE(compshare::Instance)
Q_DECLARE_METATYPE(compshare::InstanceState)
