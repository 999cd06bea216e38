// SPDX-License-Identifier: MIT
// The figures of a bill, a stop saving and the totals (BillingRules.h):
// exact, at least, or none, from what is known and what is not.
#include "domain/BillingRules.h"

namespace compshare {

CostFigure Bill::figure() const
{
    if (hasCompute && !compute.isKnown())
        return CostFigure::none();
    const double known = knownPerHour();
    if (isComplete())
        return CostFigure::exact(known);
    return known > 0 ? CostFigure::atLeast(known) : CostFigure::none();
}

CostFigure StopSaving::figure() const
{
    switch (kind) {
    case Kind::Compute:
        return CostFigure::exact(perHour);
    case Kind::Nothing:
    case Kind::NotRunning:
        return CostFigure::exact(0);
    case Kind::SpotNoFigure:
    case Kind::NoPrice:
    case Kind::Unknown:
        break;
    }
    return CostFigure::none();
}

void SavingTotal::add(const StopSaving &s)
{
    switch (s.kind) {
    case StopSaving::Kind::Compute:
        perHour += s.perHour;
        ++saving;
        break;
    case StopSaving::Kind::Nothing:
        ++prepaid;
        break;
    case StopSaving::Kind::SpotNoFigure:
        ++spot;
        break;
    case StopSaving::Kind::NoPrice:
        ++noPrice;
        break;
    case StopSaving::Kind::Unknown:
        ++unknown;
        break;
    case StopSaving::Kind::NotRunning:
        break;
    }
}

CostFigure SavingTotal::figure() const
{
    if (withoutFigure() == 0)
        return CostFigure::exact(perHour);
    return perHour > 0 ? CostFigure::atLeast(perHour) : CostFigure::none();
}

CostFigure BurnTotals::figure() const
{
    if (figuresUnknown())
        return CostFigure::none();
    if (partialCount == 0 && leftOut() == 0)
        return CostFigure::exact(perHour);
    return CostFigure::atLeast(perHour);
}

CostFigure BurnTotals::stoppedFigure() const
{
    // Only the stopped pay-as-you-go instances' own gaps make it a lower bound.
    return stoppedPartial > 0 ? CostFigure::atLeast(stoppedPerHour)
                              : CostFigure::exact(stoppedPerHour);
}

} // namespace compshare
