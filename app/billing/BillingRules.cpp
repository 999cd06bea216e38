// SPDX-License-Identifier: MIT
#include "billing/BillingRules.h"

#include "core/Bounds.h"

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

bool BillingRules::resourceIsHourly(const PricedResource &resource)
{
    const ChargeType type = chargeTypeFromApi(resource.chargeType);
    return resource.chargeType.isEmpty() || type == ChargeType::Postpay ||
           type == ChargeType::Dynamic;
}

bool BillingRules::billsAsRunning(InstanceState state)
{
    // Until it is Stopped the instance holds its CPU, GPU and memory: every
    // state on the way (Starting, Stopping, Rebooting, ...) bills as running.
    return state == InstanceState::Running || isTransitional(state);
}

namespace {
void addDisks(const QList<PricedResource> &items, Bill *bill)
{
    for (const PricedResource &r : items) {
        if (BillingRules::resourceIsHourly(r))
            bill->disksPerHour += r.price;
        else
            bill->periodicDisks.append(r);
    }
}
} // namespace

Bill BillingRules::runningBill(const Instance &i)
{
    Bill b;
    b.computePerHour = i.pricePerHour;
    addDisks(i.diskPrices, &b);
    b.imagePerHour = i.imagePrice;
    return b;
}

Bill BillingRules::stoppedBill(const Instance &i)
{
    Bill b;
    b.disksFromPowerOff = !i.powerOffBilling.isEmpty();
    addDisks(b.disksFromPowerOff ? i.powerOffBilling : i.diskPrices, &b);
    b.imagePerHour = i.imagePrice;
    return b;
}

double BillingRules::stopSavingPerHour(const Instance &i)
{
    if (i.chargeType != ChargeType::Postpay || !billsAsRunning(i.state) || !i.hasInstancePrice)
        return 0;
    return qMax(0.0, i.pricePerHour);
}

double BillingRules::startAddsPerHour(const Instance &i)
{
    const BillingKind k = kind(i.chargeType);
    if ((k != BillingKind::PayAsYouGo && k != BillingKind::Spot) ||
        i.state != InstanceState::Stopped || !i.hasInstancePrice)
        return 0;
    return qMax(0.0, i.pricePerHour);
}

ReleaseSaving BillingRules::releaseSaving(const Instance &i, bool withDataDisks)
{
    ReleaseSaving r;
    switch (kind(i.chargeType)) {
    case BillingKind::Prepaid:
        r.kind = ReleaseSaving::Kind::Prepaid;
        return r;
    case BillingKind::Spot:
        r.kind = ReleaseSaving::Kind::NoFigure;
        return r;
    case BillingKind::Unknown:
        return r;
    case BillingKind::PayAsYouGo:
        break;
    }
    if (i.powerOffBilling.isEmpty()) {
        r.kind = ReleaseSaving::Kind::NoFigure;
        return r;
    }
    r.kind = ReleaseSaving::Kind::Hourly;
    r.perHour = i.imagePrice;
    for (const PricedResource &res : i.powerOffBilling) {
        if (!resourceIsHourly(res))
            continue;
        if (res.isBoot || withDataDisks)
            r.perHour += res.price;
        else
            r.keptPerHour += res.price;
    }
    return r;
}

CostNow BillingRules::costNow(const Instance &i)
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
        if (!i.hasInstancePrice) {
            c.priceMissing = true; // no field, no figure
            return c;
        }
        c.kind = CostNow::Kind::Running;
        c.bill = runningBill(i);
        c.instancePerHour = c.bill.computePerHour;
        c.disksPerHour = c.bill.disksPerHour;
        c.imagePerHour = c.bill.imagePerHour;
        c.otherResources = c.bill.periodicDisks;
        c.perHour = c.bill.perHour();
        return c;
    }
    if (i.state != InstanceState::Stopped)
        return c; // InstallFail or unknown state: no claim
    if (k == BillingKind::Spot) {
        c.kind = CostNow::Kind::StoppedSpot;
        return c;
    }
    c.kind = CostNow::Kind::StoppedDisks;
    c.bill = stoppedBill(i);
    c.disksPerHour = c.bill.disksPerHour;
    c.imagePerHour = c.bill.imagePerHour;
    c.otherResources = c.bill.periodicDisks;
    c.perHour = c.bill.perHour();
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

double BillingRules::costSinceStart(const Instance &i, const QDateTime &now)
{
    const CostNow c = costNow(i);
    if (c.kind != CostNow::Kind::Running || !i.started.isValid() || i.started > now)
        return -1;
    return runningPerHour(i) * double(i.started.secsTo(now)) / 3600.0;
}

BurnTotals BillingRules::totals(const QList<Instance> &instances, const QDateTime &now)
{
    BurnTotals t;
    for (const Instance &i : instances) {
        const CostNow c = costNow(i);
        switch (c.kind) {
        case CostNow::Kind::Running:
            t.runningPerHour += c.perHour;
            ++t.runningCount;
            break;
        case CostNow::Kind::StoppedDisks:
            t.stoppedPerHour += c.perHour;
            ++t.stoppedCount;
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

double BillingRules::idleSavingPerHour(const QList<Instance> &idleInstances)
{
    double sum = 0;
    for (const Instance &i : idleInstances)
        sum += stopSavingPerHour(i);
    return sum;
}

} // namespace compshare
