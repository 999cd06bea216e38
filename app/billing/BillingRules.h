// SPDX-License-Identifier: MIT
// What an instance costs, in ONE place: every figure and every sentence about
// money (status bar, Cost now column, details, stop dialogs, batch, summary,
// reminders, multi-start) asks these rules. The bill is kept in parts, as the
// official CLI's price quote keeps Instance, Disks, SystemDisks and
// CompShareImage apart (see docs/BILLING.md and ../shared/api/README.md):
//   compute  InstancePrice: what the instance itself costs per hour;
//   disks    DiskPriceInfo items (running), PostPayPowerOffBillingResource
//            items (stopped pay as you go; DiskPriceInfo when it is absent);
//   image    CompShareImagePrice.
//   Postpay  running: compute + hourly disks + image; stopped: disks + image.
//            The only type that stops charging (the compute part) when stopped.
//   Spot     running: compute + hourly disks + image; stopped: NOT covered by
//            "no charge while stopped", and the API reports no stopped price.
//   Dynamic (hourly PREPAID), Day, Month, Year: paid in advance; stopping
//            saves nothing; not part of the hourly burn; expiry matters.
// Units: InstancePrice is read as yuan per hour (the CLI labels it PRICE/H).
// The API gives no unit for CompShareImagePrice and the disk Prices; an image
// price is read as per hour, like the instance price it is added to, and a
// disk price as per hour when its own ChargeType is hourly (Postpay, Dynamic,
// or empty). A disk billed by Day/Month/Year is an amount with its period,
// never "/h" (see resourceIsHourly).
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

// An instance's bill in parts (see the top of this file).
struct Bill
{
    double computePerHour = 0;           // InstancePrice (0 in a stopped bill)
    double disksPerHour = 0;             // disk items billed by the hour
    double imagePerHour = 0;             // CompShareImagePrice
    QList<PricedResource> periodicDisks; // disk items billed by Day/Month/Year: amount + period
    bool disksFromPowerOff = false;      // disks read from PostPayPowerOffBillingResource
    double perHour() const { return computePerHour + disksPerHour + imagePerHour; }
    // What keeps charging while stopped (disks, image, periodic disks): anything at all.
    bool hasStoppedCharges() const
    {
        return disksPerHour > 0 || imagePerHour > 0 || !periodicDisks.isEmpty();
    }
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
    double disksPerHour = 0;    // hourly disks (DiskPriceInfo running, power-off items stopped)
    QList<PricedResource> otherResources; // disks billed by Day/Month/Year
    Bill bill;                            // the same figures as one bill (inBurn only)
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
    bool estimated = false; // from StopTime (12:00 on day 7), because ReleaseTime was missing
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
    int prepaidExpiring = 0;  // prepaid, no auto-renew, expiring within 3 days (not yet expired)
    int prepaidExpired = 0;   // prepaid, past its ExpireTime or IsExpire "Yes"
    int stoppedSpotCount = 0; // stopped spot: not free, no figure
    int unknownCount = 0;     // billing type, state or price unknown: left out of every total
    // Nothing counted but something left out: the figures are not known ("—").
    bool figuresUnknown() const { return runningCount + stoppedCount == 0 && unknownCount > 0; }
    double perDay() const { return perHour * 24; }
};

class BillingRules final
{
public:
    static constexpr qint64 kReclaimWarningSecs = qint64(24) * 3600;
    static constexpr qint64 kExpiryWarningSecs = qint64(3) * 24 * 3600;

    static BillingKind kind(ChargeType type);
    // Only pay as you go stops charging (CPU, GPU, memory) when stopped.
    static bool stoppingSavesMoney(ChargeType type) { return type == ChargeType::Postpay; }
    static bool resourceIsHourly(const PricedResource &resource);

    // Running: compute (InstancePrice) + hourly DiskPriceInfo items + image.
    static Bill runningBill(const Instance &i);
    // Stopped pay as you go: PostPayPowerOffBillingResource items (DiskPriceInfo
    // when that list is absent) + image. What a stop keeps costing.
    static Bill stoppedBill(const Instance &i);
    static double runningPerHour(const Instance &i) { return runningBill(i).perHour(); }
    static double stoppedPerHour(const Instance &i) { return stoppedBill(i).perHour(); }
    // What stopping this instance now saves per hour: the compute part of a
    // running (or transitional) Postpay instance with an InstancePrice; else 0.
    static double stopSavingPerHour(const Instance &i);
    // What starting this stopped instance adds per hour: the compute part of a
    // stopped Postpay or spot instance with an InstancePrice; 0 for prepaid
    // (paid already) and for an instance that is not stopped.
    static double startAddsPerHour(const Instance &i);
    static CostNow costNow(const Instance &i);
    // What releasing this stopped instance stops costing; data disks count
    // only when they are released too (ReleaseUDisk).
    static ReleaseSaving releaseSaving(const Instance &i, bool withDataDisks);

    // Stopped pay-as-you-go only: ReleaseTime, else 12:00 China time on the
    // 7th day after the stop date (estimated; bounds::kReclaimDay).
    static ReclaimDeadline reclaimDeadline(const Instance &i);
    // 12:00 China time on the 7th day after `stopped`'s date (China time).
    static QDateTime reclaimAfterStop(const QDateTime &stopped);
    // Stopped spot with a StopTime: until when CompShare keeps the data of a
    // reclaimed spot instance (StopTime + 7 days); invalid otherwise.
    static QDateTime spotDataKeptUntil(const Instance &i);
    // Under 24 hours left of a stopped spot instance's kept data.
    static bool spotDataSoon(const Instance &i, const QDateTime &now);
    // Under 24 hours to the reclaim deadline (or past it).
    static bool reclaimSoon(const Instance &i, const QDateTime &now);
    // Prepaid and expired: IsExpire "Yes", or its ExpireTime has passed.
    static bool isExpired(const Instance &i, const QDateTime &now);
    // Prepaid and expired, or AutoRenew "No" and expiring within 3 days.
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
