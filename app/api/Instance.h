// SPDX-License-Identifier: MIT
// The one value type the console knows an instance by. Filled by
// InstanceParser from DescribeCompShareInstance; compared field by field so
// the table model can tell a changed row from an unchanged one.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

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
};

enum class ChargeType
{
    Unknown,
    Year,
    Month,
    Day,
    Dynamic, // hourly
    Postpay, // pay as you go
    Spot,    // preemptible, runs as pay-as-you-go, may be reclaimed
};

InstanceState stateFromApi(const QString &text);
QString stateToApi(InstanceState state);
ChargeType chargeTypeFromApi(const QString &text);
QString chargeTypeToApi(ChargeType type);
// States that end by themselves (Starting, Stopping, Rebooting, Initializing, Resizing).
bool isTransitional(InstanceState state);
// "cn-wlcb-01" -> "cn-wlcb", "hk-02" -> "hk"; a zone without a numeric suffix is returned as is.
QString regionFromZone(const QString &zone);

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
    double pricePerHour = 0; // InstancePrice, CNY
    QString imageName;       // CompShareImageName
    QString imageStatus;     // CompShareImageStatus: "Making" etc. while an image is being made
    QString imageType;
    QList<IpAddress> ips;
    QDateTime created;
    QDateTime expires;
    bool autoRenew = false;
    bool isExpired = false;
    QString osName;
    QString remark;
    QString tag;
    QString sshLoginCommand;
    bool supportWithoutGpuStart = false;
    QDateTime scheduledStop; // SchedulerStopTime (CLI) / StopSchedulerTime (SDK); invalid: none
    // Password is deliberately absent: the parser never keeps it.

    bool isSpot() const { return chargeType == ChargeType::Spot; }
    bool isPrepaid() const
    {
        return chargeType == ChargeType::Year || chargeType == ChargeType::Month ||
               chargeType == ChargeType::Day;
    }
    bool isMakingImage() const;
    bool isTransitional() const { return compshare::isTransitional(state); }
    QString publicIp() const; // first non-private IP, or empty
    InstanceRef ref() const { return {id, region, zone}; }

    bool operator==(const Instance &o) const;
    bool operator!=(const Instance &o) const { return !(*this == o); }
};

} // namespace compshare

Q_DECLARE_METATYPE(compshare::Instance)
Q_DECLARE_METATYPE(compshare::InstanceState)
