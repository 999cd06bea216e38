// SPDX-License-Identifier: MIT
// What CompShare's price action (GetCompShareInstancePrice) says about one
// listed instance, as its bill uses it: the answer for the instance's
// configuration and charge type, and how far the question got. The book
// (PriceQuoteBook) keeps the answers; the table model keeps one PriceCheck
// per row (InstancePriceChecks), so that painting never asks the book.
// A default PriceCheck is "not asked yet": the listing's figures, unmarked.
#pragma once

#include "domain/PriceQuote.h"

#include <optional>

namespace compshare {

// How far the question to the price action about an instance got.
enum class PriceQuestion
{
    NotQuotable, // a required part of the configuration is unknown: never asked
    NotAsked,    // not asked yet (no full list since it appeared, or a day passed)
    Asking,      // asked, no answer yet, nothing known before
    Quoted,      // the answer is there (younger than a day, or being renewed)
    Refused,     // CompShare refused (a RetCode, an HTTP status)
    Unanswered,  // no readable answer (network, timeout, unreadable body)
    Absent,      // answered without a price for the instance's charge type
};

// The question failed or could not be asked: the listing's figures stand, unverified.
inline bool isPriceUnverified(PriceQuestion q)
{
    return q == PriceQuestion::NotQuotable || q == PriceQuestion::Refused ||
           q == PriceQuestion::Unanswered || q == PriceQuestion::Absent;
}

struct PriceCheck
{
    std::optional<PriceQuote> quote; // PriceDetails for the configuration and charge type
    PriceQuestion status = PriceQuestion::NotAsked;

    // The question was refused, went unanswered, came back without a price
    // for the charge type, or could not be asked: the listing's figures
    // stand, unverified.
    bool isUnverified() const { return isPriceUnverified(status); }
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
