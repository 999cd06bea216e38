// SPDX-License-Identifier: MIT
// What CompShare's price action (GetCompShareInstancePrice) says about one
// listed instance, as its bill uses it: the answer for the instance's
// configuration and charge type, and how far the question got. The book
// (PriceQuoteBook) keeps the answers; the table model keeps one PriceCheck
// per row (InstancePriceChecks), so that painting never asks the book.
// A default PriceCheck is "not asked yet": the listing's figures, unmarked.
#pragma once

#include "api/PriceQuote.h"
#include "billing/PriceQuoteBook.h"

#include <optional>

namespace compshare {

struct PriceCheck
{
    std::optional<PriceQuote> quote; // PriceDetails for the configuration and charge type
    PriceQuoteBook::Status status = PriceQuoteBook::Status::NotAsked;

    // The question was refused, went unanswered, came back without a price
    // for the charge type, or could not be asked: the listing's figures
    // stand, unverified.
    bool isUnverified() const { return PriceQuoteBook::isUnverified(status); }
    // The answer's part for an instance of `type`, or nothing: an answer for
    // another charge type is no answer for this one.
    const PriceQuote *quoteFor(ChargeType type) const
    {
        return quote && quote->chargeType == type ? &*quote : nullptr;
    }
    bool operator==(const PriceCheck &o) const { return status == o.status && quote == o.quote; }
    bool operator!=(const PriceCheck &o) const { return !(*this == o); }
};

} // namespace compshare
