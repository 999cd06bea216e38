// SPDX-License-Identifier: MIT
// PriceQuoteArchive as a table of the local store (price_quotes): one row
// per account (LocalStore::accountHash) and configuration (PriceRequest::key),
// the last answer and when it came (UTC milliseconds). Bounded: an answer is
// of use for a day, so rows older than kKeepDays are dropped when the store
// opens and, at most once an hour, when a row is saved.
#pragma once

#include "state/PriceQuoteArchive.h"

namespace compshare {

class LocalStore;

class SqlPriceQuoteArchive final : public PriceQuoteArchive
{
public:
    static constexpr int kKeepDays = 1;

    explicit SqlPriceQuoteArchive(LocalStore *store);

    QList<StoredPrice> load(const QString &account, const QDateTime &since) const override;
    void save(const QString &account, const StoredPrice &price) override;
    void pruneBefore(const QDateTime &before) override;

    static QString outcomeName(StoredPrice::Outcome outcome);

private:
    LocalStore *m_store;
    QDateTime m_lastPrune;
};

} // namespace compshare
