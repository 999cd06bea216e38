// SPDX-License-Identifier: MIT
// The words for a bill and its figures (BillingRules): an amount with its
// period, a figure that is exact, a lower bound or none, and each part of a
// bill named, a part CompShare did not give named as such, and where each
// part came from (the listing or CompShare's price action, and what the other
// said when they disagree). CostText and StopConsequences build their
// sentences from these, so every view says the same thing about the same gap.
#pragma once

#include "domain/BillingRules.h"
#include "domain/Instance.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace compshare {

class BillText final
{
    Q_DECLARE_TR_FUNCTIONS(BillText)

public:
    // "¥2.18/h", "¥48.00/day", "¥1,068.00/month", "¥11,280.00/year"; with no
    // known period "¥2.18 (period not known)".
    static QString amount(double yuan, PricePeriod period);
    // InstancePrice with the period of the charge type; "—" when not given.
    static QString instancePrice(const Instance &i);
    // The compute part as the bill reads it (BillingRules::computePrice): the
    // price action's for a prepaid instance, the listing's for one billed by
    // the hour, with its period; "—" when neither gives it.
    static QString instancePrice(const Instance &i, const PriceCheck &check);
    // Where that price came from, in a sentence, and what the other source
    // said; the unverified note when the price action did not confirm it.
    static QString instancePriceSource(const Instance &i, const PriceCheck &check);
    // A prepaid instance's price, paid in advance, and where it came from:
    // "Instance price ¥1,068.00/month (CompShare's price for this
    // configuration today; the listing said ¥1,000.00), paid in advance.";
    // empty when neither source gives it.
    static QString prepaidPrice(const Instance &i, const PriceCheck &check);
    // Why the listing's figures stand unverified (refused, unanswered, no
    // price for the charge type, cannot be asked); empty otherwise.
    static QString unverified(const PriceCheck &check);
    // "¥3.13/h", "at least ¥3.03/h", or "—".
    static QString perHour(const CostFigure &f);
    // A disk item billed by Day/Month/Year, or by a type the console does not
    // know: "¥30.00/month", "billed by the month, price not given", ...
    static QString periodicAmount(const PricedResource &r);
    // One line per part of a bill, saying where it came from: "Compute ¥2.96/h
    // (the listing's instance price; CompShare's price action agrees)",
    // "Image ¥0.40/h (CompShare's price: ¥0.10 per GPU per hour × 4 GPUs; the
    // listing said ¥0.10)", "Disks: 1 disk price not given", ... then, when
    // the figure is not exact, a line saying what it is, and the unverified
    // note when the price action did not confirm the listing.
    static QStringList partLines(const Bill &b);
    // The named parts that keep charging while stopped: "disks ¥0.07/h and
    // image ¥0.10/h"; a part not given says so; empty when nothing charges.
    static QString stoppedCharges(const Bill &b);

private:
    // The lines of a known part, saying its source (BillSources.cpp).
    static QString computeLine(const BillPart &compute);
    static QString disksLine(const Bill &b);
    static QString imageLine(const Bill &b);
    // The price action's discount, when its answer names one.
    static QString discountNote(const PriceCheck &check);
};

} // namespace compshare
