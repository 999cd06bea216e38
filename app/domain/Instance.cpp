// SPDX-License-Identifier: MIT
#include "domain/Instance.h"

#include <QRegularExpression>
#include <algorithm>

namespace compshare {

namespace {
struct StateName
{
    InstanceState state;
    const char *api;
};
constexpr StateName kStates[] = {
    {InstanceState::Initializing, "Initializing"}, {InstanceState::Starting, "Starting"},
    {InstanceState::Running, "Running"},           {InstanceState::Stopping, "Stopping"},
    {InstanceState::Stopped, "Stopped"},           {InstanceState::InstallFail, "Install Fail"},
    {InstanceState::Rebooting, "Rebooting"},       {InstanceState::Resizing, "Resizing"},
    {InstanceState::Pending, "Pending"},           {InstanceState::Reinstalling, "Reinstalling"},
};

struct ChargeName
{
    ChargeType type;
    const char *api;
};
constexpr ChargeName kCharges[] = {
    {ChargeType::Year, "Year"},       {ChargeType::Month, "Month"},     {ChargeType::Day, "Day"},
    {ChargeType::Dynamic, "Dynamic"}, {ChargeType::Postpay, "Postpay"}, {ChargeType::Spot, "Spot"},
};
} // namespace

InstanceState stateFromApi(const QString &text)
{
    for (const auto &s : kStates) {
        if (text == QLatin1String(s.api))
            return s.state;
    }
    return InstanceState::Unknown;
}

QString stateToApi(InstanceState state)
{
    for (const auto &s : kStates) {
        if (s.state == state)
            return QString::fromLatin1(s.api);
    }
    return {};
}

ChargeType chargeTypeFromApi(const QString &text)
{
    for (const auto &c : kCharges) {
        if (text == QLatin1String(c.api))
            return c.type;
    }
    return ChargeType::Unknown;
}

QString chargeTypeToApi(ChargeType type)
{
    for (const auto &c : kCharges) {
        if (c.type == type)
            return QString::fromLatin1(c.api);
    }
    return {};
}

PricePeriod pricePeriodOf(ChargeType type)
{
    switch (type) {
    case ChargeType::Postpay:
    case ChargeType::Spot:
    case ChargeType::Dynamic: // hourly prepaid: its price is per hour
        return PricePeriod::Hour;
    case ChargeType::Day:
        return PricePeriod::Day;
    case ChargeType::Month:
        return PricePeriod::Month;
    case ChargeType::Year:
        return PricePeriod::Year;
    case ChargeType::Unknown:
        break;
    }
    return PricePeriod::Unknown;
}

bool isTransitional(InstanceState state)
{
    switch (state) {
    case InstanceState::Initializing:
    case InstanceState::Starting:
    case InstanceState::Stopping:
    case InstanceState::Rebooting:
    case InstanceState::Resizing:
    case InstanceState::Pending:
    case InstanceState::Reinstalling:
        return true;
    default:
        return false;
    }
}

QString regionFromZone(const QString &zone)
{
    static const QRegularExpression suffix(QStringLiteral("-\\d+$"));
    QString region = zone;
    region.remove(suffix);
    return region;
}

bool isKnownImageStatus(const QString &status)
{
    // The SDK documents no value that means "making an image"; guessing one
    // from substrings would block stops on a word. Only what was seen for a
    // usable image is known.
    const QString s = status.trimmed();
    return s.isEmpty() || s.compare(QLatin1String("Normal"), Qt::CaseInsensitive) == 0 ||
           s.compare(QLatin1String("Available"), Qt::CaseInsensitive) == 0;
}

bool Instance::hasUnknownImageStatus() const
{
    return !isKnownImageStatus(imageStatus);
}

bool samePrice(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || qFuzzyCompare(1 + *a, 1 + *b);
}

QString Instance::publicIp() const
{
    for (const auto &ip : ips) {
        if (ip.type.compare(QLatin1String("Private"), Qt::CaseInsensitive) != 0 && !ip.ip.isEmpty())
            return ip.ip;
    }
    return {};
}

bool PricedResource::operator==(const PricedResource &o) const
{
    return chargeType == o.chargeType && isBoot == o.isBoot && samePrice(price, o.price);
}

bool GpuUsage::operator==(const GpuUsage &o) const
{
    return gpu == o.gpu && qFuzzyCompare(2 + usageRate, 2 + o.usageRate) &&
           qFuzzyCompare(2 + memoryRate, 2 + o.memoryRate);
}

bool MonitorSample::hasGpuData() const
{
    return present && std::any_of(gpus.cbegin(), gpus.cend(),
                                  [](const GpuUsage &g) { return g.usageRate >= 0; });
}

bool MonitorSample::operator==(const MonitorSample &o) const
{
    return present == o.present && qFuzzyCompare(2 + cpuRate, 2 + o.cpuRate) &&
           qFuzzyCompare(2 + memoryRate, 2 + o.memoryRate) && gpus == o.gpus;
}

bool Instance::operator==(const Instance &o) const
{
    return id == o.id && name == o.name && region == o.region && zone == o.zone &&
           state == o.state && rawState == o.rawState && chargeType == o.chargeType &&
           rawChargeType == o.rawChargeType && gpuType == o.gpuType && gpuCount == o.gpuCount &&
           qFuzzyCompare(1 + gpuMemoryGb, 1 + o.gpuMemoryGb) && cpu == o.cpu &&
           memoryMb == o.memoryMb && samePrice(instancePrice, o.instancePrice) &&
           imageId == o.imageId && imageName == o.imageName && imageStatus == o.imageStatus &&
           imageType == o.imageType && ips == o.ips && created == o.created &&
           expires == o.expires && autoRenew == o.autoRenew && isExpired == o.isExpired &&
           osName == o.osName && remark == o.remark && tag == o.tag &&
           sshLoginCommand == o.sshLoginCommand &&
           supportWithoutGpuStart == o.supportWithoutGpuStart &&
           hasWithoutGpuSpec == o.hasWithoutGpuSpec && autoRenewKnown == o.autoRenewKnown &&
           started == o.started && stopped == o.stopped && updated == o.updated &&
           releaseTime == o.releaseTime && scheduledStop == o.scheduledStop &&
           powerOffBilling == o.powerOffBilling && diskPrices == o.diskPrices &&
           samePrice(imagePrice, o.imagePrice) && disks == o.disks && monitor == o.monitor;
}

} // namespace compshare
