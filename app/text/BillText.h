// SPDX-License-Identifier: MIT
// The words for a bill and its figures (BillingRules): an amount with its
// period, a figure that is exact, a lower bound or none, and each part of a
// bill named, a part CompShare did not give named as such. CostText and
// StopConsequences build their sentences from these, so every view says the
// same thing about the same gap.
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
    // "¥3.13/h", "at least ¥3.03/h", or "—".
    static QString perHour(const CostFigure &f);
    // A disk item billed by Day/Month/Year, or by a type the console does not
    // know: "¥30.00/month", "billed by the month, price not given", ...
    static QString periodicAmount(const PricedResource &r);
    // One line per part of a bill: "Compute ¥2.96/h (the instance price)",
    // "Disks: 1 disk price not given", ... and, when the figure is not exact,
    // a last line saying what it is.
    static QStringList partLines(const Bill &b);
    // The named parts that keep charging while stopped: "disks ¥0.07/h and
    // image ¥0.10/h"; a part not given says so; empty when nothing charges.
    static QString stoppedCharges(const Bill &b);
};

} // namespace compshare
