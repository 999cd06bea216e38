// SPDX-License-Identifier: MIT
#include "billing/BillingRules.h"

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

double BillingRules::runningPerHour(const Instance &i)
{
    return i.pricePerHour + i.imagePrice;
}

double BillingRules::stoppedDisksPerHour(const Instance &i)
{
    double sum = 0;
    for (const PricedResource &r : i.powerOffBilling) {
        if (resourceIsHourly(r))
            sum += r.price;
    }
    return sum;
}

double BillingRules::stoppedPerHour(const Instance &i)
{
    return stoppedDisksPerHour(i) + i.imagePrice;
}

double BillingRules::stopSavingPerHour(const Instance &i)
{
    if (i.chargeType != ChargeType::Postpay || !billsAsRunning(i.state) || !i.hasInstancePrice)
        return 0;
    return qMax(0.0, runningPerHour(i) - stoppedPerHour(i));
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
        c.instancePerHour = i.pricePerHour;
        c.imagePerHour = i.imagePrice;
        c.perHour = runningPerHour(i);
        return c;
    }
    if (i.state != InstanceState::Stopped)
        return c; // InstallFail or unknown state: no claim
    if (k == BillingKind::Spot) {
        c.kind = CostNow::Kind::StoppedSpot;
        return c;
    }
    c.kind = CostNow::Kind::StoppedDisks;
    c.disksPerHour = stoppedDisksPerHour(i);
    c.imagePerHour = i.imagePrice;
    c.perHour = stoppedPerHour(i);
    for (const PricedResource &r : i.powerOffBilling) {
        if (!resourceIsHourly(r))
            c.otherResources.append(r);
    }
    return c;
}

ReclaimDeadline BillingRules::reclaimDeadline(const Instance &i)
{
    if (i.chargeType != ChargeType::Postpay || i.state != InstanceState::Stopped)
        return {};
    if (i.releaseTime.isValid())
        return {i.releaseTime, false};
    if (i.stopped.isValid())
        return {i.stopped.addSecs(kReclaimAfterSecs), true};
    return {};
}

bool BillingRules::reclaimSoon(const Instance &i, const QDateTime &now)
{
    const ReclaimDeadline d = reclaimDeadline(i);
    return d.isValid() && now.secsTo(d.at) < kReclaimWarningSecs;
}

bool BillingRules::expiryWarning(const Instance &i, const QDateTime &now)
{
    // Only a known "No": a missing AutoRenew makes no claim.
    if (kind(i.chargeType) != BillingKind::Prepaid || !i.autoRenewKnown || i.autoRenew)
        return false;
    if (i.isExpired)
        return true;
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
            if (expiryWarning(i, now))
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
