// SPDX-License-Identifier: MIT
// What an instance costs, in ONE place: every figure and every sentence about
// money (status bar, Cost now column, details, stop dialogs, batch, summary,
// reminders, multi-start) asks these rules. The bill is kept in parts, as the
// official CLI's price quote keeps Instance, Disks, SystemDisks and
// CompShareImage apart (see docs/BILLING.md and ../shared/api/README.md):
//   compute  InstancePrice: what the instance itself costs;
//   disks    DiskPriceInfo items (running), PostPayPowerOffBillingResource
//            items (stopped pay as you go; DiskPriceInfo when it is absent);
//   image    CompShareImagePrice.
// CompShare's price action (GetCompShareInstancePrice, a PriceCheck) gives
// the same parts with their units, and its part wins wherever it gives one
// (issue 32: the listing gives no unit for the image, and a prepaid
// instance's price is for its period): the image per GPU per hour times the
// GPUs, the compute for the charge type's period, the hourly disks. The
// listing's figures stand where the price action gave nothing (not asked
// yet, refused, no price for the charge type: unverified). Each part says
// where it came from and what the other source said, so a disagreement is
// always in the tooltip.
//   Postpay  running: compute + hourly disks + image; stopped: disks + image.
//            The only type that stops charging (the compute part) when stopped.
//   Spot     running: compute + hourly disks + image; stopped: NOT covered by
//            "no charge while stopped", and the API reports no stopped price.
//   Dynamic (hourly PREPAID), Day, Month, Year: paid in advance; stopping
//            saves nothing; not part of the hourly burn; expiry matters.
// Units: InstancePrice is for the period of the instance's charge type
// (pricePeriod): per hour for Postpay, Spot and Dynamic (the CLI labels it
// PRICE/H), per day, month or year for Day, Month, Year. The API gives no
// unit for CompShareImagePrice and the disk Prices; without the price
// action's image part, an image price is read as per hour, like the instance
// price it is added to, and a disk price as per hour when its own ChargeType
// is hourly (Postpay, Dynamic, Spot, or empty).
// A disk billed by Day/Month/Year is an amount with its period, never "/h".
// Unknown is a value: a price not given (missing, unreadable, negative,
// absurd) is never 0. A bill with a part missing gives "at least" the known
// parts, or no figure; every total counts what it leaves out (docs/BILLING.md).
#pragma once

#include "domain/Instance.h"
#include "domain/PriceCheck.h"
#include "domain/PriceQuote.h"

#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace compshare {

enum class BillingKind
{
    PayAsYouGo, // Postpay
    Spot,
    Prepaid, // Dynamic (hourly prepaid), Day, Month, Year
    Unknown,
};

// Where a part of a bill came from: the listing's fields, or CompShare's
// price action (GetCompShareInstancePrice). The texts say which.
enum class PriceSource
{
    Listing,
    PriceAction,
};

// A figure as far as the records give it.
struct CostFigure
{
    enum class Certainty
    {
        Exact,   // every part known
        AtLeast, // value is what the known parts add up to; a part is not given
        None,    // no figure ("—")
    };
    Certainty certainty = Certainty::None;
    double value = 0; // meaningless with None: never shown, never added
    bool isExact() const { return certainty == Certainty::Exact; }
    bool hasValue() const { return certainty != Certainty::None; }
    static CostFigure exact(double v) { return {Certainty::Exact, v}; }
    static CostFigure atLeast(double v) { return {Certainty::AtLeast, v}; }
    static CostFigure none() { return {}; }
    CostFigure times(double factor) const { return {certainty, value * factor}; }
};

// Adds figures up: exact while every figure added is exact; once one is
// not, the known ones are a lower bound ("at least"), or no figure when
// they add up to nothing.
struct CostSum
{
    double known = 0;
    int inexact = 0; // figures added that were "at least" or none
    void add(const CostFigure &f)
    {
        if (f.hasValue())
            known += f.value;
        if (!f.isExact())
            ++inexact;
    }
    CostFigure figure() const
    {
        if (inexact == 0)
            return CostFigure::exact(known);
        return known > 0 ? CostFigure::atLeast(known) : CostFigure::none();
    }
};

// One part of a bill, per hour: the known prices of its items, and how many
// items came without a price.
struct BillPart
{
    double knownPerHour = 0;
    int missing = 0; // items of this part whose price is not given
    PriceSource source = PriceSource::Listing;
    // When the other source gave this part too: its figure (per hour), so
    // the texts can say where the listing and the price action disagree.
    std::optional<double> other;
    bool isKnown() const { return missing == 0; }
};

// The compute part for the period of the charge type: InstancePrice, or the
// price action's Instance (see the top of this file for which wins).
struct ComputePrice
{
    std::optional<double> amount; // for `period`; unknown when neither source gives it
    PricePeriod period = PricePeriod::Unknown;
    PriceSource source = PriceSource::Listing;
    std::optional<double> other; // the source not used, when it gave a figure too
};

// An instance's bill in parts (see the top of this file). Each part is known
// or not on its own, and says where it came from.
struct Bill
{
    bool hasCompute = false;        // a running bill has a compute part; a stopped one has none
    BillPart compute;               // InstancePrice
    BillPart disks;                 // disk items billed by the hour
    BillPart image;                 // CompShareImagePrice
    bool disksUnlisted = false;     // no disk item at all: the disk price is not given
    int disksWithoutUnit = 0;       // disk items billed by a type the console does not know
    bool disksFromPowerOff = false; // disks read from PostPayPowerOffBillingResource
    QList<PricedResource> periodicDisks; // disk items billed by Day/Month/Year: amount + period
    PriceCheck check;                    // the price action's word the parts were read with
    int gpuCount = 0;                    // the price action's image part is per GPU
    double knownPerHour() const
    {
        return (hasCompute ? compute.knownPerHour : 0) + disks.knownPerHour + image.knownPerHour;
    }
    bool isComplete() const
    {
        return (!hasCompute || compute.isKnown()) && disks.isKnown() && image.isKnown();
    }
    // Exact when every part is known. A missing disk or image price: "at
    // least" what the known parts give (none when that is nothing). A missing
    // compute price: no figure, as the rest would read as the price.
    CostFigure figure() const;
};

// What an instance costs right now.
struct CostNow
{
    enum class Kind
    {
        Running,      // pay as you go or spot, running: figure (exact, at least, or none)
        StoppedDisks, // pay as you go, stopped: figure for disks (+ image)
        StoppedSpot,  // spot, stopped: not free, no figure reported
        Prepaid,      // paid in advance: see Instance::expires
        Unknown,      // billing type or state not known: no claim
    };
    Kind kind = Kind::Unknown;
    Bill bill;         // Running and StoppedDisks
    CostFigure figure; // Running and StoppedDisks: bill.figure()
    bool inBurn() const { return kind == Kind::Running || kind == Kind::StoppedDisks; }
};

// What stopping one instance now saves per hour.
struct StopSaving
{
    enum class Kind
    {
        Compute,      // pay as you go with an InstancePrice: perHour (its compute part)
        Nothing,      // prepaid (Dynamic, Day, Month, Year): paid in advance, saves nothing
        SpotNoFigure, // spot: not covered by "no charge while stopped", no stopped price reported
        NoPrice,      // pay as you go without InstancePrice
        Unknown,      // billing type not known
        NotRunning,   // not running: there is nothing to stop
    };
    Kind kind = Kind::Unknown;
    double perHour = 0; // Compute only
    CostFigure figure() const;
};

// What stopping several instances saves, and what the figure leaves out.
struct SavingTotal
{
    double perHour = 0; // the Compute savings added up
    int saving = 0;     // pay as you go instances in perHour
    int prepaid = 0;    // save nothing
    int spot = 0;       // no figure
    int noPrice = 0;    // pay as you go without InstancePrice
    int unknown = 0;    // billing type not known
    void add(const StopSaving &s);
    int withoutFigure() const { return spot + noPrice + unknown; }
    // Exact when each is known (prepaid ones save a known nothing); else at
    // least what the known ones save, or no figure.
    CostFigure figure() const;
};

// What releasing (deleting) a stopped instance ends, per hour.
struct ReleaseSaving
{
    enum class Kind
    {
        Hourly,   // pay as you go: ends (system disk, image, and data disks when released too)
        Prepaid,  // paid in advance: no hourly charge to end
        NoFigure, // spot, or no PostPayPowerOffBillingResource: CompShare reports no figure
        Unknown,  // billing type not known
    };
    Kind kind = Kind::Unknown;
    CostFigure ends; // Hourly
    CostFigure kept; // Hourly: the hourly data disks that stay (and keep charging) when kept
};

// When a stopped pay-as-you-go instance will be reclaimed.
struct ReclaimDeadline
{
    QDateTime at;           // invalid: not applicable or not known
    bool estimated = false; // from StopTime (12:00 on day 7), because ReleaseTime was missing
    bool isValid() const { return at.isValid(); }
};

// The status bar's totals. Every figure adds only what is known; what a
// figure leaves out, and why, is counted, so the texts can say so.
struct BurnTotals
{
    double perHour = 0;        // everything paying by the hour now, running and stopped
    double runningPerHour = 0; // running pay-as-you-go and spot instances
    double stoppedPerHour = 0; // disks and images of stopped pay-as-you-go instances
    int runningCount = 0;      // instances in runningPerHour
    int stoppedCount = 0;      // instances in stoppedPerHour
    int partialCount = 0;      // of those, counted with their known parts only (a price not given)
    int stoppedPartial = 0;    // the stopped ones among partialCount
    int noPriceCount = 0;      // paying by the hour without a figure: left out
    int prepaidCount = 0;
    int prepaidExpiring = 0;  // prepaid, no auto-renew, expiring within 3 days (not yet expired)
    int prepaidExpired = 0;   // prepaid, past its ExpireTime or IsExpire "Yes"
    int stoppedSpotCount = 0; // stopped spot: not free, no figure: left out
    int unknownCount = 0;     // billing type or state unknown: left out
    int leftOut() const { return noPriceCount + stoppedSpotCount + unknownCount; }
    // Nothing counted but something left out: the figures are not known ("—").
    bool figuresUnknown() const { return runningCount + stoppedCount == 0 && leftOut() > 0; }
    // Exact when nothing is left out or counted in part; else "at least".
    CostFigure figure() const;
    CostFigure stoppedFigure() const;
    double perDay() const { return perHour * 24; }
};

class BillingRules final
{
public:
    static constexpr qint64 kReclaimWarningSecs = qint64(24) * 3600;
    static constexpr qint64 kExpiryWarningSecs = qint64(3) * 24 * 3600;

    static BillingKind kind(ChargeType type);
    // The period InstancePrice is for: an hour for Postpay, Spot and Dynamic;
    // a day, month or year for Day, Month, Year.
    static PricePeriod pricePeriod(ChargeType type);
    // Only pay as you go stops charging (CPU, GPU, memory) when stopped.
    static bool stoppingSavesMoney(ChargeType type) { return type == ChargeType::Postpay; }
    // A disk item billed by the hour: ChargeType Postpay, Dynamic, Spot or empty.
    static bool resourceIsHourly(const PricedResource &resource);

    // Every function below takes the price action's word on the instance
    // (PriceCheck); without one (a default PriceCheck) it reads the listing
    // alone.
    using PriceCheckOf = std::function<PriceCheck(const Instance &)>;

    // The compute part with its period: the price action's for a prepaid
    // instance, the listing's for one billed by the hour (each filling the
    // other's gap).
    static ComputePrice computePrice(const Instance &i, const PriceCheck &check = {});
    // Running: compute (InstancePrice) + hourly DiskPriceInfo items + image.
    static Bill runningBill(const Instance &i, const PriceCheck &check = {});
    // Stopped pay as you go: PostPayPowerOffBillingResource items (DiskPriceInfo
    // when that list is absent) + image. What a stop keeps costing.
    static Bill stoppedBill(const Instance &i, const PriceCheck &check = {});
    // What stopping this instance now saves per hour (see StopSaving).
    static StopSaving stopSaving(const Instance &i, const PriceCheck &check = {});
    static SavingTotal stopSavings(const QList<Instance> &instances,
                                   const PriceCheckOf &checkOf = {});
    // What starting this stopped instance adds per hour: the compute part of a
    // stopped Postpay or spot instance (unknown without an InstancePrice);
    // exactly 0 for prepaid (paid already) and for an instance that is not
    // stopped; unknown when the billing type is not known.
    static CostFigure startAdds(const Instance &i, const PriceCheck &check = {});
    static CostNow costNow(const Instance &i, const PriceCheck &check = {});
    // What releasing this stopped instance stops costing; data disks count
    // only when they are released too (ReleaseUDisk).
    static ReleaseSaving releaseSaving(const Instance &i, bool withDataDisks,
                                       const PriceCheck &check = {});

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
    // Running pay-as-you-go/spot: the running figure x hours since StartTime
    // (exact, at least, or none); none without StartTime.
    static CostFigure costSinceStart(const Instance &i, const QDateTime &now,
                                     const PriceCheck &check = {});

    static BurnTotals totals(const QList<Instance> &instances, const QDateTime &now,
                             const PriceCheckOf &checkOf = {});

private:
    static bool billsAsRunning(InstanceState state);
};

} // namespace compshare
