// SPDX-License-Identifier: MIT
#include "domain/BillingRules.h"

#include "base/Bounds.h"

#include <QTimeZone>

namespace compshare {

BillingKind BillingRules::kind(ChargeType type)
{
    switch (type) {
    case ChargeType::Postpay:
        return BillingKind::PayAsYouGo;
    case ChargeType::Spot:
        return BillingKind::Spot;
    case ChargeType::Dynamic: // hourly PREPAID (按小时预付费), not pay as you go
    case ChargeType::Day:
    case ChargeType::Month:
    case ChargeType::Year:
        return BillingKind::Prepaid;
    case ChargeType::Unknown:
        break;
    }
    return BillingKind::Unknown;
}

PricePeriod BillingRules::pricePeriod(ChargeType type)
{
    // One reading of a charge type's period, shared with the price action's
    // answer (PriceQuote): Dynamic, hourly prepaid, is priced per hour.
    return pricePeriodOf(type);
}

bool BillingRules::resourceIsHourly(const PricedResource &resource)
{
    // A running spot instance's disks are billed "Spot": by the hour, with it
    // (the CLI's price quote for a spot configuration lists SystemDisks beside
    // the hourly Instance price).
    return resource.chargeType.isEmpty() ||
           pricePeriod(chargeTypeFromApi(resource.chargeType)) == PricePeriod::Hour;
}

bool BillingRules::billsAsRunning(InstanceState state)
{
    // Until it is Stopped the instance holds its CPU, GPU and memory: every
    // state on the way (Starting, Stopping, Rebooting, ...) bills as running.
    return state == InstanceState::Running || isTransitional(state);
}

StopSaving BillingRules::stopSaving(const Instance &i, const PriceCheck &check)
{
    StopSaving s;
    if (!billsAsRunning(i.state)) {
        s.kind = StopSaving::Kind::NotRunning;
        return s;
    }
    switch (kind(i.chargeType)) {
    case BillingKind::Prepaid:
        s.kind = StopSaving::Kind::Nothing;
        break;
    case BillingKind::Spot:
        // Not covered by "no charge while stopped", and CompShare reports no
        // price for a stopped spot instance: what a stop saves is not known.
        s.kind = StopSaving::Kind::SpotNoFigure;
        break;
    case BillingKind::Unknown:
        s.kind = StopSaving::Kind::Unknown;
        break;
    case BillingKind::PayAsYouGo: {
        const std::optional<double> compute = computePrice(i, check).amount;
        s.kind = compute ? StopSaving::Kind::Compute : StopSaving::Kind::NoPrice;
        s.perHour = compute.value_or(0);
        break;
    }
    }
    return s;
}

SavingTotal BillingRules::stopSavings(const QList<Instance> &instances, const PriceCheckOf &checkOf)
{
    SavingTotal t;
    for (const Instance &i : instances)
        t.add(stopSaving(i, checkOf ? checkOf(i) : PriceCheck()));
    return t;
}

CostFigure BillingRules::startAdds(const Instance &i, const PriceCheck &check)
{
    if (i.state != InstanceState::Stopped)
        return CostFigure::exact(0);
    switch (kind(i.chargeType)) {
    case BillingKind::Prepaid:
        return CostFigure::exact(0); // paid already
    case BillingKind::PayAsYouGo:
    case BillingKind::Spot: {
        const std::optional<double> compute = computePrice(i, check).amount;
        return compute ? CostFigure::exact(*compute) : CostFigure::none();
    }
    case BillingKind::Unknown:
        break;
    }
    return CostFigure::none();
}

CostNow BillingRules::costNow(const Instance &i, const PriceCheck &check)
{
    CostNow c;
    const BillingKind k = kind(i.chargeType);
    if (k == BillingKind::Prepaid) {
        c.kind = CostNow::Kind::Prepaid;
        return c;
    }
    if (k == BillingKind::Unknown)
        return c;
    if (billsAsRunning(i.state)) {
        c.kind = CostNow::Kind::Running;
        c.bill = runningBill(i, check);
        c.figure = c.bill.figure();
        return c;
    }
    if (i.state != InstanceState::Stopped)
        return c; // InstallFail or unknown state: no claim
    if (k == BillingKind::Spot) {
        c.kind = CostNow::Kind::StoppedSpot;
        return c;
    }
    c.kind = CostNow::Kind::StoppedDisks;
    c.bill = stoppedBill(i, check);
    c.figure = c.bill.figure();
    return c;
}

ReclaimDeadline BillingRules::reclaimDeadline(const Instance &i)
{
    if (i.chargeType != ChargeType::Postpay || i.state != InstanceState::Stopped)
        return {};
    if (i.releaseTime.isValid())
        return {i.releaseTime, false};
    if (i.stopped.isValid())
        return {reclaimAfterStop(i.stopped), true};
    return {};
}

QDateTime BillingRules::reclaimAfterStop(const QDateTime &stopped)
{
    const QTimeZone china(bounds::kChinaUtcOffsetSecs);
    const QDate day = stopped.toTimeZone(china).date().addDays(bounds::kReclaimDay);
    return QDateTime(day, QTime(bounds::kReclaimHour, 0), china).toUTC();
}

QDateTime BillingRules::spotDataKeptUntil(const Instance &i)
{
    if (i.chargeType != ChargeType::Spot || i.state != InstanceState::Stopped ||
        !i.stopped.isValid())
        return {};
    return i.stopped.addDays(bounds::kSpotDataKeptDays);
}

bool BillingRules::spotDataSoon(const Instance &i, const QDateTime &now)
{
    const QDateTime until = spotDataKeptUntil(i);
    return until.isValid() && now.secsTo(until) < kReclaimWarningSecs;
}

bool BillingRules::reclaimSoon(const Instance &i, const QDateTime &now)
{
    const ReclaimDeadline d = reclaimDeadline(i);
    return d.isValid() && now.secsTo(d.at) < kReclaimWarningSecs;
}

bool BillingRules::isExpired(const Instance &i, const QDateTime &now)
{
    if (kind(i.chargeType) != BillingKind::Prepaid)
        return false;
    return i.isExpired || (i.expires.isValid() && i.expires <= now);
}

bool BillingRules::expiryWarning(const Instance &i, const QDateTime &now)
{
    if (isExpired(i, now))
        return true; // overdue, whatever AutoRenew says
    // Only a known "No": a missing AutoRenew makes no claim.
    if (kind(i.chargeType) != BillingKind::Prepaid || !i.autoRenewKnown || i.autoRenew)
        return false;
    return i.expires.isValid() && now.secsTo(i.expires) < kExpiryWarningSecs;
}

CostFigure BillingRules::costSinceStart(const Instance &i, const QDateTime &now,
                                        const PriceCheck &check)
{
    const CostNow c = costNow(i, check);
    if (c.kind != CostNow::Kind::Running || !i.started.isValid() || i.started > now)
        return CostFigure::none();
    return c.figure.times(double(i.started.secsTo(now)) / 3600.0);
}

BurnTotals BillingRules::totals(const QList<Instance> &instances, const QDateTime &now,
                                const PriceCheckOf &checkOf)
{
    BurnTotals t;
    for (const Instance &i : instances) {
        const CostNow c = costNow(i, checkOf ? checkOf(i) : PriceCheck());
        // Never 0 for an unknown: a bill without a figure is left out (and
        // counted), one with a part missing adds its known parts (and is
        // counted as partial, so the total reads "at least").
        if (c.inBurn() && !c.figure.hasValue()) {
            ++t.noPriceCount;
            continue;
        }
        const bool partial = c.inBurn() && !c.figure.isExact();
        switch (c.kind) {
        case CostNow::Kind::Running:
            t.runningPerHour += c.figure.value;
            ++t.runningCount;
            t.partialCount += partial ? 1 : 0;
            break;
        case CostNow::Kind::StoppedDisks:
            t.stoppedPerHour += c.figure.value;
            ++t.stoppedCount;
            t.partialCount += partial ? 1 : 0;
            t.stoppedPartial += partial ? 1 : 0;
            break;
        case CostNow::Kind::StoppedSpot:
            ++t.stoppedSpotCount;
            break;
        case CostNow::Kind::Prepaid:
            ++t.prepaidCount;
            if (isExpired(i, now))
                ++t.prepaidExpired;
            else if (expiryWarning(i, now))
                ++t.prepaidExpiring;
            break;
        case CostNow::Kind::Unknown:
            ++t.unknownCount;
            break;
        }
    }
    t.perHour = t.runningPerHour + t.stoppedPerHour;
    return t;
}

} // namespace compshare
