// SPDX-License-Identifier: MIT
#include "work/PriceQuoteBook.h"

#include "wire/CompShareClient.h"

#include <QMetaObject>

namespace compshare {

PriceQuoteBook::PriceQuoteBook(CompShareClient *client, std::function<QDateTime()> now,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_now(std::move(now))
{}

void PriceQuoteBook::setArchive(PriceQuoteArchive *archive)
{
    m_archive = archive;
    if (m_archive && !m_account.isEmpty()) {
        loadStored();
        emit changed(); // what the store knew is known now
    }
}

void PriceQuoteBook::setAccount(const QString &account)
{
    if (account == m_account)
        return;
    // Prices may differ between accounts (discounts): nothing carries over.
    m_account = account;
    m_entries.clear();
    m_queue.clear();
    m_inFlight = 0;
    ++m_generation;
    loadStored();
    emit changed();
}

void PriceQuoteBook::setImageIdSource(std::function<QString(const Instance &)> source)
{
    m_imageIdOf = std::move(source);
}

void PriceQuoteBook::loadStored()
{
    if (!m_archive || m_account.isEmpty())
        return;
    const QList<StoredPrice> rows = m_archive->load(m_account, m_now().addSecs(-kKeepSecs));
    for (const StoredPrice &row : rows) {
        Entry &entry = m_entries[row.config];
        if (entry.asking || (entry.at.isValid() && entry.at >= row.at))
            continue; // this run knows better
        entry.at = row.at;
        entry.quote.reset();
        entry.failure = Status::NotAsked;
        switch (row.outcome) {
        case StoredPrice::Outcome::Quoted:
            entry.quote = PriceQuote::fromJson(row.detail);
            entry.quote->fetchedAt = row.at;
            break;
        case StoredPrice::Outcome::Refused:
            entry.failure = Status::Refused;
            break;
        case StoredPrice::Outcome::Unanswered:
            entry.failure = Status::Unanswered;
            break;
        case StoredPrice::Outcome::Absent:
            entry.failure = Status::Absent;
            break;
        }
    }
}

std::optional<PriceRequest> PriceQuoteBook::requestFor(const Instance &instance) const
{
    return PriceRequest::forInstance(instance, m_imageIdOf ? m_imageIdOf(instance) : QString());
}

bool PriceQuoteBook::isDue(const Entry &entry) const
{
    if (entry.asking)
        return false;
    if (entry.quote)
        return entry.at.secsTo(m_now()) >= kKeepSecs;
    if (entry.failure != Status::NotAsked)
        return entry.at.secsTo(m_now()) >= kRetrySecs;
    return true;
}

void PriceQuoteBook::observeFullList(const QList<Instance> &instances)
{
    bool added = false;
    for (const Instance &instance : instances) {
        const std::optional<PriceRequest> request = requestFor(instance);
        if (!request)
            continue;
        const QString key = request->key();
        Entry &entry = m_entries[key];
        entry.request = *request; // a stored answer comes without its question
        if (!isDue(entry))
            continue;
        entry.asking = true;
        m_queue.append(key);
        added = true;
    }
    // The first questions go once the list has been handled (and painted),
    // not from inside the listing's signal.
    if (added && !m_pumpPosted) {
        m_pumpPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpPosted = false;
                pump();
            },
            Qt::QueuedConnection);
    }
}

void PriceQuoteBook::halt()
{
    ++m_generation;
    m_inFlight = 0;
    m_queue.clear();
    for (Entry &entry : m_entries)
        entry.asking = false;
}

void PriceQuoteBook::pump()
{
    while (m_inFlight < kMaxInFlight && !m_queue.isEmpty()) {
        const QString key = m_queue.takeFirst();
        const auto it = m_entries.constFind(key);
        if (it == m_entries.constEnd() || !it->asking)
            continue;
        ++m_inFlight;
        const quint64 generation = m_generation;
        m_client->instancePrice(it->request, this,
                                [this, key, generation](const PriceAnswer &answer) {
                                    settle(key, generation, answer);
                                });
    }
}

void PriceQuoteBook::settle(const QString &key, quint64 generation, const PriceAnswer &answer)
{
    if (generation != m_generation)
        return; // another account's, or asked before a halt
    --m_inFlight;
    const auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        pump();
        return;
    }
    Entry &entry = *it;
    entry.asking = false;
    if (answer.error.kind() == ApiError::Kind::Policy) {
        pump(); // refused here, never sent (no key): not CompShare's answer
        return;
    }
    const QDateTime now = m_now();
    StoredPrice row;
    row.config = key;
    row.at = now;
    const std::optional<PriceQuote> quote =
        answer.error.isError() ? std::nullopt : answer.detailFor(entry.request.chargeType);
    entry.at = now;
    entry.quote.reset();
    entry.failure = Status::NotAsked;
    if (quote) {
        entry.quote = quote;
        entry.quote->fetchedAt = now;
        row.outcome = StoredPrice::Outcome::Quoted;
        row.detail = quote->toJson();
    } else if (!answer.error.isError()) {
        entry.failure = Status::Absent;
        row.outcome = StoredPrice::Outcome::Absent;
    } else if (answer.error.kind() == ApiError::Kind::Api ||
               answer.error.kind() == ApiError::Kind::HttpStatus) {
        entry.failure = Status::Refused;
        row.outcome = StoredPrice::Outcome::Refused;
    } else {
        entry.failure = Status::Unanswered;
        row.outcome = StoredPrice::Outcome::Unanswered;
    }
    if (m_archive && !m_account.isEmpty())
        m_archive->save(m_account, row);
    emit changed();
    pump();
}

PriceQuoteBook::Status PriceQuoteBook::statusOf(const Entry &entry) const
{
    // A day-old quote is still the best known while its renewal is asked.
    if (entry.quote && (entry.asking || entry.at.secsTo(m_now()) < kKeepSecs))
        return Status::Quoted;
    if (entry.failure != Status::NotAsked)
        return entry.failure; // also while asked again: still unverified until it answers
    return entry.asking ? Status::Asking : Status::NotAsked;
}

PriceQuoteBook::Status PriceQuoteBook::status(const Instance &instance) const
{
    const std::optional<PriceRequest> request = requestFor(instance);
    return request ? status(request->key()) : Status::NotQuotable;
}

PriceQuoteBook::Status PriceQuoteBook::status(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.constEnd() ? Status::NotAsked : statusOf(*it);
}

std::optional<PriceQuote> PriceQuoteBook::quoteFor(const Instance &instance) const
{
    const std::optional<PriceRequest> request = requestFor(instance);
    return request ? quoteFor(request->key()) : std::nullopt;
}

std::optional<PriceQuote> PriceQuoteBook::quoteFor(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || statusOf(*it) != Status::Quoted)
        return std::nullopt;
    return it->quote;
}

bool PriceQuoteBook::isUnverified(Status status)
{
    return isPriceUnverified(status);
}

bool PriceQuoteBook::isUnverified(const Instance &instance) const
{
    return isUnverified(status(instance));
}

} // namespace compshare
