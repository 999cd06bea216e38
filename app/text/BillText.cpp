// SPDX-License-Identifier: MIT
#include "text/BillText.h"

#include "text/CostText.h"
#include "text/InstanceText.h"

#include <QLocale>

namespace compshare {

QString BillText::amount(double yuan, PricePeriod period)
{
    switch (period) {
    case PricePeriod::Hour:
        return InstanceText::pricePerHour(yuan);
    case PricePeriod::Day:
        //: an amount billed by the day, e.g. "¥48.00/day"
        return tr("%1/day").arg(CostText::money(yuan));
    case PricePeriod::Month:
        //: an amount billed by the month, e.g. "¥1,068.00/month"
        return tr("%1/month").arg(CostText::money(yuan));
    case PricePeriod::Year:
        //: an amount billed by the year, e.g. "¥11,280.00/year"
        return tr("%1/year").arg(CostText::money(yuan));
    case PricePeriod::Unknown:
        break;
    }
    //: a price whose period is not known, as the instance's billing type is not known
    return tr("%1 (period not known)").arg(CostText::money(yuan));
}

QString BillText::instancePrice(const Instance &i)
{
    if (!i.instancePrice)
        return QStringLiteral("—");
    return amount(*i.instancePrice, BillingRules::pricePeriod(i.chargeType));
}

QString BillText::perHour(const CostFigure &f)
{
    switch (f.certainty) {
    case CostFigure::Certainty::Exact:
        return InstanceText::pricePerHour(f.value);
    case CostFigure::Certainty::AtLeast:
        //: a lower bound: a part of the bill is not given; %1 e.g. "¥0.10/h"
        return tr("at least %1").arg(InstanceText::pricePerHour(f.value));
    case CostFigure::Certainty::None:
        break;
    }
    return QStringLiteral("—");
}

QString BillText::periodicAmount(const PricedResource &r)
{
    const PricePeriod period = BillingRules::pricePeriod(chargeTypeFromApi(r.chargeType));
    if (r.price && period != PricePeriod::Unknown)
        return amount(*r.price, period);
    switch (period) {
    case PricePeriod::Day:
        //: a disk billed by the day whose price CompShare did not give
        return tr("billed by the day, price not given");
    case PricePeriod::Month:
        return tr("billed by the month, price not given");
    case PricePeriod::Year:
        return tr("billed by the year, price not given");
    case PricePeriod::Hour:
    case PricePeriod::Unknown:
        break;
    }
    if (r.price)
        //: a price the API gives without a unit; %2 is its billing type as sent
        return tr("%1 (billed %2; the API gives no unit)")
            .arg(CostText::money(*r.price), r.chargeType.left(20));
    //: a disk billed by a type the console does not know (%1, as sent), with no price
    return tr("price not given (billed %1)").arg(r.chargeType.left(20));
}

QStringList BillText::partLines(const Bill &b)
{
    QStringList lines;
    if (b.hasCompute) {
        if (b.compute.isKnown())
            lines << computeLine(b.compute);
        else
            //: the compute part of a bill: CompShare sent no InstancePrice
            lines << tr("Compute: price not given");
    }
    const int notGiven = b.disks.missing - b.disksWithoutUnit;
    if (b.disksUnlisted) {
        //: CompShare listed no disk with a price, though disks keep charging
        lines << tr("Disks: price not given (no disk price listed)");
    } else if (notGiven > 0 && b.disks.knownPerHour > 0) {
        //: %1 what the disks with a price add up to; %n disks without a price
        lines << tr("Disks: at least %1; %n disk price(s) not given", nullptr, notGiven)
                     .arg(InstanceText::pricePerHour(b.disks.knownPerHour));
    } else if (notGiven > 0) {
        lines << tr("Disks: %n disk price(s) not given", nullptr, notGiven);
    } else {
        lines << disksLine(b); // empty when the disks cost nothing, by both sources
    }
    for (const PricedResource &r : b.periodicDisks)
        lines << tr("Disk %1, not part of the hourly figure").arg(periodicAmount(r));
    if (!b.image.isKnown())
        //: the image part of a bill: CompShare sent no CompShareImagePrice
        lines << tr("Image: price not given");
    else
        lines << imageLine(b); // empty for a free image, by both sources

    const CostFigure figure = b.figure();
    if (figure.certainty == CostFigure::Certainty::AtLeast)
        lines << tr("So the figure is a lower bound: it adds up only the prices CompShare gave.");
    else if (!figure.hasValue() && b.hasCompute && !b.compute.isKnown())
        lines << tr("CompShare sent no price for this instance: no cost is "
                    "claimed, and it is left out of every total.");
    else if (!figure.hasValue())
        lines << tr("So no figure is shown, and the instance is left out of every total.");
    lines << discountNote(b.check) << unverified(b.check);
    lines.removeAll(QString());
    return lines;
}

QString BillText::stoppedCharges(const Bill &b)
{
    QStringList parts;
    if (b.disks.missing > b.disksWithoutUnit || b.disksUnlisted) {
        if (b.disks.knownPerHour > 0)
            //: what keeps charging while stopped: the disks, some without a price
            parts << tr("disks at least %1").arg(InstanceText::pricePerHour(b.disks.knownPerHour));
        else
            //: what keeps charging while stopped: the disks, whose price is not given
            parts << tr("disks (price not given)");
    } else if (b.disks.knownPerHour > 0) {
        //: what keeps charging while stopped: the disks, per hour
        parts << tr("disks %1").arg(InstanceText::pricePerHour(b.disks.knownPerHour));
    }
    for (const PricedResource &r : b.periodicDisks)
        //: what keeps charging while stopped: a disk billed by day, month or year
        parts << tr("a disk %1").arg(periodicAmount(r));
    if (!b.image.isKnown())
        //: what keeps charging while stopped: the image, whose price is not given
        parts << tr("image (price not given)");
    else if (b.image.knownPerHour > 0)
        //: what keeps charging while stopped: the paid image, per hour
        parts << tr("image %1").arg(InstanceText::pricePerHour(b.image.knownPerHour));
    return QLocale().createSeparatedList(parts);
}

} // namespace compshare
