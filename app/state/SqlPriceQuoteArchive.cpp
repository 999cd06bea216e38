// SPDX-License-Identifier: MIT
#include "state/SqlPriceQuoteArchive.h"

#include "state/LocalStore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace compshare {

namespace {

const StoredPrice::Outcome kOutcomes[] = {
    StoredPrice::Outcome::Quoted, StoredPrice::Outcome::Refused, StoredPrice::Outcome::Unanswered,
    StoredPrice::Outcome::Absent};

} // namespace

SqlPriceQuoteArchive::SqlPriceQuoteArchive(LocalStore *store)
    : m_store(store)
{}

QString SqlPriceQuoteArchive::outcomeName(StoredPrice::Outcome outcome)
{
    switch (outcome) {
    case StoredPrice::Outcome::Quoted:
        return QStringLiteral("quoted");
    case StoredPrice::Outcome::Refused:
        return QStringLiteral("refused");
    case StoredPrice::Outcome::Unanswered:
        return QStringLiteral("unanswered");
    case StoredPrice::Outcome::Absent:
        return QStringLiteral("absent");
    }
    return QStringLiteral("unanswered");
}

QList<StoredPrice> SqlPriceQuoteArchive::load(const QString &account, const QDateTime &since) const
{
    QList<StoredPrice> out;
    if (!m_store->isOpen())
        return out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT config, at, outcome, detail FROM price_quotes"
                             " WHERE account = ? AND at >= ? ORDER BY at"));
    q.addBindValue(account);
    q.addBindValue(since.toMSecsSinceEpoch());
    if (!q.exec())
        return out;
    while (q.next()) {
        StoredPrice price;
        price.config = q.value(0).toString();
        price.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
        const QString outcome = q.value(2).toString();
        bool known = false;
        for (const StoredPrice::Outcome o : kOutcomes) {
            if (outcomeName(o) == outcome) {
                price.outcome = o;
                known = true;
            }
        }
        price.detail = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        // A row this console cannot read is not an answer: asked again.
        if (known && !price.config.isEmpty())
            out.append(price);
    }
    return out;
}

void SqlPriceQuoteArchive::save(const QString &account, const StoredPrice &price)
{
    if (!m_store->isOpen())
        return;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO price_quotes (account, config, at, outcome,"
                             " detail) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(account);
    q.addBindValue(price.config);
    q.addBindValue(price.at.toMSecsSinceEpoch());
    q.addBindValue(outcomeName(price.outcome));
    q.addBindValue(QJsonDocument(price.detail).toJson(QJsonDocument::Compact));
    q.exec();
    const QDateTime now = m_store->now();
    if (!m_lastPrune.isValid() || m_lastPrune.secsTo(now) >= 3600)
        pruneBefore(now.addDays(-kKeepDays));
}

void SqlPriceQuoteArchive::pruneBefore(const QDateTime &before)
{
    if (!m_store->isOpen())
        return;
    m_lastPrune = m_store->now();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("DELETE FROM price_quotes WHERE at < ?"));
    q.addBindValue(before.toMSecsSinceEpoch());
    q.exec();
}

} // namespace compshare
