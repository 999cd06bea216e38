// SPDX-License-Identifier: MIT
// Where the price action's answers outlive the process, so a restart within
// a day asks nothing again (PriceQuoteBook). The local store implements it
// (SqlPriceQuoteArchive); a small interface so the book can be tested
// without a database file and the store without the network.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace compshare {

// One configuration's last answer for one account.
struct StoredPrice
{
    enum class Outcome
    {
        Quoted,     // a price came for the configuration's charge type (detail)
        Refused,    // CompShare refused (a RetCode, an HTTP status)
        Unanswered, // no readable answer (network, timeout, unreadable body)
        Absent,     // answered, but with no price for the configuration's charge type
    };
    QString config; // PriceRequest::key()
    QDateTime at;   // when the answer (or the failure) came, UTC
    Outcome outcome = Outcome::Quoted;
    QJsonObject detail; // PriceQuote::toJson() when Quoted

    bool operator==(const StoredPrice &o) const
    {
        return config == o.config && at == o.at && outcome == o.outcome && detail == o.detail;
    }
};

class PriceQuoteArchive
{
public:
    virtual ~PriceQuoteArchive() = default;
    // The account's rows with at >= since.
    virtual QList<StoredPrice> load(const QString &account, const QDateTime &since) const = 0;
    // Replaces the account's row for price.config.
    virtual void save(const QString &account, const StoredPrice &price) = 0;
    // Drops rows older than `before` (every account).
    virtual void pruneBefore(const QDateTime &before) = 0;
};

} // namespace compshare
