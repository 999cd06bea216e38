// SPDX-License-Identifier: MIT
// What an instance costs, in ONE place: every figure and every sentence about
// money (status bar, Cost now column, details, stop dialogs, summary) asks
// these rules. Facts from ../shared/api/README.md ("ChargeType", "billing"):
//   Postpay  running: InstancePrice + CompShareImagePrice per hour;
//            stopped: PostPayPowerOffBillingResource prices + image price.
//            The only type that stops CPU/GPU/memory charges when stopped.
//   Spot     running: its price; stopped: NOT covered by "no charge while
//            stopped", and the API reports no stopped price: we say so.
//   Dynamic (hourly PREPAID), Day, Month, Year: paid in advance; stopping
//            saves nothing; not part of the hourly burn; expiry matters.
// Units: InstancePrice is read as yuan per hour (as the console always has).
// The API gives no unit for CompShareImagePrice and the resource Prices; an
// image price is read as per hour, like the instance price it is added to,
// and a resource price as per hour when its own ChargeType is hourly
// (Postpay, Dynamic, or empty). A resource billed by Day/Month/Year is shown
// as a figure with its ChargeType, never as "/h" (see resourceIsHourly).
#pragma once

#include "api/Instance.h"

#include <QDateTime>
#include <QList>

namespace compshare {

enum class BillingKind
{
    PayAsYouGo, // Postpay
    Spot,
    Prepaid, // Dynamic (hourly prepaid), Day, Month, Year
    Unknown,
};

// What an instance costs right now.
struct CostNow
{
    enum class Kind
    {
        Running,      // pay as you go or spot, running: perHour
        StoppedDisks, // pay as you go, stopped: perHour for disks (+ image)
        StoppedSpot,  // spot, stopped: not free, no figure reported
        Prepaid,      // paid in advance: see Instance::expires
        Unknown,      // billing type or state not known, or no InstancePrice: no claim
    };
    Kind kind = Kind::Unknown;
    bool priceMissing = false;  // Unknown because a running instance came without InstancePrice
    double perHour = 0;         // the part of the hourly burn (0 unless inBurn)
    double instancePerHour = 0; // InstancePrice (running)
    double imagePerHour = 0;    // CompShareImagePrice
    double disksPerHour = 0;    // hourly PostPayPowerOffBillingResource prices (stopped)
    QList<PricedResource> otherResources; // stopped resources billed by Day/Month/Year
    bool inBurn() const { return kind == Kind::Running || kind == Kind::StoppedDisks; }
};

// What releasing (deleting) a stopped instance ends, per hour.
struct ReleaseSaving
{
    enum class Kind
    {
        Hourly,   // pay as you go: perHour (system disk, image, and data disks when released too)
        Prepaid,  // paid in advance: no hourly charge to end
        NoFigure, // spot, or no PostPayPowerOffBillingResource: CompShare reports no figure
        Unknown,  // billing type not known
    };
    Kind kind = Kind::Unknown;
    double perHour = 0;
    double keptPerHour = 0; // hourly data disks that stay (and keep charging) when kept
};

// When a stopped pay-as-you-go instance will be reclaimed.
struct ReclaimDeadline
{
    QDateTime at;           // invalid: not applicable or not known
    bool estimated = false; // StopTime + 7 days, because ReleaseTime was missing
    bool isValid() const { return at.isValid(); }
};

// The status bar's totals.
struct BurnTotals
{
    double perHour = 0;        // everything paying by the hour now, running and stopped
    double runningPerHour = 0; // running pay-as-you-go and spot instances
    double stoppedPerHour = 0; // disks and images of stopped pay-as-you-go instances
    int runningCount = 0;      // instances in runningPerHour
    int stoppedCount = 0;      // instances in stoppedPerHour
    int prepaidCount = 0;
    int prepaidExpiring = 0;  // prepaid, no auto-renew, expiring within 3 days
    int stoppedSpotCount = 0; // stopped spot: not free, no figure
    int unknownCount = 0;     // billing type, state or price unknown: left out of every total
    // Nothing counted but something left out: the figures are not known ("—").
    bool figuresUnknown() const { return runningCount + stoppedCount == 0 && unknownCount > 0; }
    double perDay() const { return perHour * 24; }
};

class BillingRules final
{
public:
    static constexpr qint64 kReclaimAfterSecs = qint64(7) * 24 * 3600;
    static constexpr qint64 kReclaimWarningSecs = qint64(24) * 3600;
    static constexpr qint64 kExpiryWarningSecs = qint64(3) * 24 * 3600;

    static BillingKind kind(ChargeType type);
    // Only pay as you go stops charging (CPU, GPU, memory) when stopped.
    static bool stoppingSavesMoney(ChargeType type) { return type == ChargeType::Postpay; }
    static bool resourceIsHourly(const PricedResource &resource);

    // Postpay/spot: InstancePrice + image price.
    static double runningPerHour(const Instance &i);
    // Postpay: hourly power-off resources + image price (what a stop keeps costing).
    static double stoppedPerHour(const Instance &i);
    static double stoppedDisksPerHour(const Instance &i);
    // What stopping this instance now saves per hour (0 unless a running Postpay).
    static double stopSavingPerHour(const Instance &i);
    static CostNow costNow(const Instance &i);
    // What releasing this stopped instance stops costing; data disks count
    // only when they are released too (ReleaseUDisk).
    static ReleaseSaving releaseSaving(const Instance &i, bool withDataDisks);

    // Stopped pay-as-you-go only: ReleaseTime, else StopTime + 7 days (estimated).
    static ReclaimDeadline reclaimDeadline(const Instance &i);
    // Under 24 hours to the reclaim deadline (or past it).
    static bool reclaimSoon(const Instance &i, const QDateTime &now);
    // Prepaid, AutoRenew "No", expiring within 3 days (or already expired).
    static bool expiryWarning(const Instance &i, const QDateTime &now);
    // Running pay-as-you-go/spot: runningPerHour x hours since StartTime; -1 without StartTime.
    static double costSinceStart(const Instance &i, const QDateTime &now);

    static BurnTotals totals(const QList<Instance> &instances, const QDateTime &now);
    // Running pay-as-you-go instances whose GPUs are idle: what stopping them saves.
    static double idleSavingPerHour(const QList<Instance> &idleInstances);

private:
    static bool billsAsRunning(InstanceState state);
};

} // namespace compshare
