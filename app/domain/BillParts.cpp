// SPDX-License-Identifier: MIT
// The parts of a bill (BillingRules.h): each from the listing or from
// CompShare's price action, whichever the rules say wins for that part, with
// the other source's figure kept beside it for the texts.
#include "domain/BillingRules.h"

#include <algorithm>

namespace compshare {

namespace {
void addPrice(const std::optional<double> &price, BillPart *part)
{
    if (price)
        part->knownPerHour += *price;
    else
        ++part->missing;
}

void addDisks(const QList<PricedResource> &items, Bill *bill)
{
    // No disk item at all: the disks are still there and charging (only CPU,
    // GPU and memory stop), so their price is not given, not 0.
    if (items.isEmpty()) {
        bill->disksUnlisted = true;
        ++bill->disks.missing;
        return;
    }
    for (const PricedResource &r : items) {
        if (BillingRules::resourceIsHourly(r)) {
            addPrice(r.price, &bill->disks);
            continue;
        }
        bill->periodicDisks.append(r);
        // Billed by a type the console does not know: what it adds per hour
        // is not known either.
        if (BillingRules::pricePeriod(chargeTypeFromApi(r.chargeType)) == PricePeriod::Unknown) {
            ++bill->disks.missing;
            ++bill->disksWithoutUnit;
        }
    }
}

// The price action's disks per hour: the system disk and, when the instance
// has data disks, those too. Nothing when a part was not priced (the question
// sent no disks, or the answer left one out) or the price is not hourly.
std::optional<double> quotedDisksPerHour(const Instance &i, const PriceQuote *q)
{
    if (!q || q->period() != PricePeriod::Hour || !q->systemDisks)
        return std::nullopt;
    const bool hasData =
        std::any_of(i.disks.cbegin(), i.disks.cend(), [](const Disk &d) { return !d.isBoot; });
    if (hasData && !q->disks)
        return std::nullopt;
    return *q->systemDisks + (hasData ? *q->disks : 0);
}

// The price action's hourly disks win over the listing's, which are kept
// beside them for the texts when the listing gave every disk price. Not with
// a disk billed by another period or type: the answer prices every disk by
// the hour, so the two would not be the same disks.
void checkDisks(const Instance &i, const PriceQuote *q, Bill *bill)
{
    const std::optional<double> quoted = quotedDisksPerHour(i, q);
    if (!quoted || !bill->periodicDisks.isEmpty())
        return;
    std::optional<double> listed;
    if (bill->disks.isKnown())
        listed = bill->disks.knownPerHour;
    bill->disks = BillPart{*quoted, 0, PriceSource::PriceAction, listed};
    bill->disksUnlisted = false;
}

// The image: the price action's per GPU per hour times the GPUs when it gave
// one (the listing gives no unit); else CompShareImagePrice, read as per hour.
BillPart imagePart(const Instance &i, const PriceCheck &check)
{
    BillPart part;
    const PriceQuote *q = check.quoteFor(i.chargeType);
    if (const std::optional<double> quoted = q ? q->imagePerHour(i.gpuCount) : std::nullopt) {
        part.knownPerHour = *quoted;
        part.source = PriceSource::PriceAction;
        part.other = i.imagePrice;
        return part;
    }
    addPrice(i.imagePrice, &part);
    return part;
}

BillPart computePart(const Instance &i, const PriceCheck &check)
{
    BillPart part;
    const ComputePrice c = BillingRules::computePrice(i, check);
    if (c.period != PricePeriod::Hour) {
        // Not billed by the hour: the listed price, as it always was read
        // in a running bill (a prepaid instance is never in the burn).
        addPrice(i.instancePrice, &part);
        return part;
    }
    addPrice(c.amount, &part);
    part.source = c.source;
    part.other = c.other;
    return part;
}
} // namespace

ComputePrice BillingRules::computePrice(const Instance &i, const PriceCheck &check)
{
    ComputePrice c;
    c.period = pricePeriod(i.chargeType);
    const PriceQuote *q = check.quoteFor(i.chargeType);
    const std::optional<double> quoted = q ? q->instance : std::nullopt;
    // The price action's part, for the charge type's period, wins; the
    // listing's is kept beside it for the texts, or used when there is none.
    if (quoted) {
        c.amount = quoted;
        c.other = i.instancePrice;
        c.source = PriceSource::PriceAction;
    } else {
        c.amount = i.instancePrice;
    }
    return c;
}

Bill BillingRules::runningBill(const Instance &i, const PriceCheck &check)
{
    Bill b;
    b.hasCompute = true;
    b.check = check;
    b.gpuCount = i.gpuCount;
    b.compute = computePart(i, check);
    addDisks(i.diskPrices, &b);
    checkDisks(i, check.quoteFor(i.chargeType), &b);
    b.image = imagePart(i, check);
    return b;
}

Bill BillingRules::stoppedBill(const Instance &i, const PriceCheck &check)
{
    Bill b;
    b.check = check;
    b.gpuCount = i.gpuCount;
    b.disksFromPowerOff = !i.powerOffBilling.isEmpty();
    addDisks(b.disksFromPowerOff ? i.powerOffBilling : i.diskPrices, &b);
    // The disks keep charging while stopped (only CPU, GPU and memory stop):
    // the price action's disk price is theirs then too.
    checkDisks(i, check.quoteFor(i.chargeType), &b);
    b.image = imagePart(i, check);
    return b;
}

ReleaseSaving BillingRules::releaseSaving(const Instance &i, bool withDataDisks,
                                          const PriceCheck &check)
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
    BillPart ends = imagePart(i, check);
    BillPart kept;
    for (const PricedResource &res : i.powerOffBilling) {
        if (!resourceIsHourly(res))
            continue;
        addPrice(res.price, res.isBoot || withDataDisks ? &ends : &kept);
    }
    const auto figure = [](const BillPart &p) {
        if (p.isKnown())
            return CostFigure::exact(p.knownPerHour);
        return p.knownPerHour > 0 ? CostFigure::atLeast(p.knownPerHour) : CostFigure::none();
    };
    r.ends = figure(ends);
    r.kept = figure(kept);
    return r;
}

} // namespace compshare
