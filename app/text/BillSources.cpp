// SPDX-License-Identifier: MIT
// BillText's sentences about where a price came from: the listing, or
// CompShare's price action (GetCompShareInstancePrice), what the other
// source said when both gave the part, and why the listing's figures stand
// unverified. Which source wins is BillingRules' business (BillParts.cpp).
#include "text/BillText.h"
#include "text/CostText.h"
#include "text/InstanceText.h"

#include <QStringList>
#include <QtMath>

namespace compshare {

namespace {
// The texts show cents: two figures that show the same agree.
bool sameCents(double a, double b)
{
    return qRound64(a * 100) == qRound64(b * 100);
}

QString hourly(double yuan)
{
    return InstanceText::pricePerHour(yuan);
}
} // namespace

QString BillText::computeLine(const BillPart &compute)
{
    const QString figure = hourly(compute.knownPerHour);
    if (compute.source == PriceSource::Listing)
        return tr("Compute %1 (the listing's instance price)").arg(figure);
    if (!compute.other)
        //: the compute part from GetCompShareInstancePrice, as the listing sent no usable
        //: InstancePrice
        return tr("Compute %1 (CompShare's price action; the listing gave no instance price)")
            .arg(figure);
    if (sameCents(*compute.other, compute.knownPerHour))
        return tr("Compute %1 (CompShare's price action; the listing agrees)").arg(figure);
    //: %1 what GetCompShareInstancePrice answers for this configuration today, per hour (it
    //: wins); %2 the listing's InstancePrice per hour
    return tr("Compute %1 (CompShare's price action for this configuration today; the listing "
              "said %2)")
        .arg(figure, hourly(*compute.other));
}

QString BillText::disksLine(const Bill &b)
{
    const BillPart &disks = b.disks;
    if (disks.source == PriceSource::Listing) {
        if (disks.knownPerHour <= 0)
            return {}; // no disk charges
        const QString figure = hourly(disks.knownPerHour);
        return b.disksFromPowerOff
                   ? tr("Disks %1 (the listing's price while powered off)").arg(figure)
                   : tr("Disks %1 (the listing's hourly disk prices)").arg(figure);
    }
    if (disks.knownPerHour <= 0 && (!disks.other || *disks.other <= 0))
        return {}; // no disk charges, and the listing says none either
    const QString figure = hourly(disks.knownPerHour);
    if (!disks.other)
        //: the disks part from GetCompShareInstancePrice (system disk and data disks)
        return tr("Disks %1 (CompShare's price action; the listing did not give every disk "
                  "price)")
            .arg(figure);
    if (sameCents(*disks.other, disks.knownPerHour))
        return tr("Disks %1 (CompShare's price action; the listing agrees)").arg(figure);
    //: %1 what GetCompShareInstancePrice answers for the disks, per hour (it wins); %2 the
    //: listing's disk prices per hour
    return tr("Disks %1 (CompShare's price action; the listing said %2)")
        .arg(figure, hourly(*disks.other));
}

QString BillText::imageLine(const Bill &b)
{
    const BillPart &image = b.image;
    if (image.source == PriceSource::Listing) {
        if (image.knownPerHour <= 0)
            return {};
        //: CompShareImagePrice: the API gives no unit; read as per hour for the instance
        return tr("Image %1 (the listing's image price, read as per hour)")
            .arg(hourly(image.knownPerHour));
    }
    if (image.knownPerHour <= 0 && (!image.other || *image.other <= 0))
        return {}; // a free image, by both sources
    const QString figure = hourly(image.knownPerHour);
    const double perGpu = b.check.quote ? b.check.quote->imagePerGpu.value_or(0) : 0;
    // The answer gives the image to 0.0001: a part of a cent per GPU is shown.
    const bool wholeCents = qAbs(perGpu * 100 - double(qRound64(perGpu * 100))) < 1e-6;
    const QString each = CostText::money(perGpu, wholeCents ? 2 : 4);
    if (!image.other)
        //: %1 the image per hour for the whole instance; %2 GetCompShareInstancePrice's image
        //: price per GPU per hour; %n the instance's GPUs
        return tr("Image %1 (CompShare's price: %2 per GPU per hour × %n GPU(s); the listing gave "
                  "no image price)",
                  nullptr, b.gpuCount)
            .arg(figure, each);
    if (sameCents(*image.other, image.knownPerHour))
        return tr("Image %1 (CompShare's price: %2 per GPU per hour × %n GPU(s); the listing "
                  "agrees)",
                  nullptr, b.gpuCount)
            .arg(figure, each);
    //: %3 the listing's CompShareImagePrice, as sent (the listing gives no unit)
    return tr("Image %1 (CompShare's price: %2 per GPU per hour × %n GPU(s); the listing said %3)",
              nullptr, b.gpuCount)
        .arg(figure, each, CostText::money(*image.other));
}

QString BillText::instancePrice(const Instance &i, const PriceCheck &check)
{
    const ComputePrice c = BillingRules::computePrice(i, check);
    return c.amount ? amount(*c.amount, c.period) : QStringLiteral("—");
}

QString BillText::prepaidPrice(const Instance &i, const PriceCheck &check)
{
    const ComputePrice c = BillingRules::computePrice(i, check);
    if (!c.amount)
        return {};
    const QString price = amount(*c.amount, c.period);
    if (c.source == PriceSource::Listing)
        //: a prepaid instance's InstancePrice with its period, e.g. "¥1,068.00/month"
        return tr("Instance price %1 (from the listing), paid in advance.").arg(price);
    if (!c.other)
        //: %1 GetCompShareInstancePrice's price for one period of this configuration
        return tr("Instance price %1 (CompShare's price for this configuration today; the listing "
                  "gave none), paid in advance.")
            .arg(price);
    if (sameCents(*c.other, *c.amount))
        return tr("Instance price %1 (CompShare's price for this configuration today; the listing "
                  "agrees), paid in advance.")
            .arg(price);
    //: %2 the listing's InstancePrice as sent: the listing gives no unit, so none is shown
    return tr("Instance price %1 (CompShare's price for this configuration today; the listing "
              "said %2), paid in advance.")
        .arg(price, CostText::money(*c.other));
}

QString BillText::instancePriceSource(const Instance &i, const PriceCheck &check)
{
    QStringList lines;
    if (BillingRules::kind(i.chargeType) == BillingKind::Prepaid) {
        lines << prepaidPrice(i, check);
    } else if (const ComputePrice c = BillingRules::computePrice(i, check);
               c.amount && c.period == PricePeriod::Hour) {
        lines << computeLine(BillPart{*c.amount, 0, c.source, c.other});
    }
    lines << discountNote(check) << unverified(check);
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QString BillText::unverified(const PriceCheck &check)
{
    switch (check.status) {
    case PriceQuestion::Refused:
        //: GetCompShareInstancePrice refused (an error code or HTTP status)
        return tr("CompShare's price action refused to price this configuration, so these are the "
                  "listing's figures, unverified; the console asks again after an hour.");
    case PriceQuestion::Unanswered:
        return tr("CompShare's price action did not answer, so these are the listing's figures, "
                  "unverified; the console asks again after an hour.");
    case PriceQuestion::Absent:
        //: GetCompShareInstancePrice answered without a price for the instance's billing type
        return tr("CompShare's price action gave no price for this billing type, so these are the "
                  "listing's figures, unverified; the console asks again after an hour.");
    case PriceQuestion::NotQuotable:
        //: the zone, GPU type or count, CPU, memory or billing type is missing from the listing
        return tr("The listing does not describe this configuration fully enough to ask "
                  "CompShare's price action, so these are the listing's figures, unverified.");
    case PriceQuestion::NotAsked:
    case PriceQuestion::Asking:
    case PriceQuestion::Quoted:
        break;
    }
    return {};
}

QString BillText::discountNote(const PriceCheck &check)
{
    if (!check.quote || !check.quote->discountType)
        return {};
    const QString asked = CostText::dateTime(check.quote->fetchedAt);
    switch (*check.quote->discountType) {
    case 1:
        //: InstanceDiscountType 1; %1 when the price was asked
        return tr("CompShare's price includes its night discount (asked %1).").arg(asked);
    case 2:
        //: InstanceDiscountType 2; %1 when the price was asked
        return tr("CompShare's price includes its holiday discount (asked %1).").arg(asked);
    default:
        break;
    }
    //: an InstanceDiscountType the API page does not document; %2 when the price was asked
    return tr("CompShare's price includes a discount (type %1, asked %2).")
        .arg(QLocale().toString(*check.quote->discountType), asked);
}

} // namespace compshare
