// SPDX-License-Identifier: MIT
#include "models/InstancePriceChecks.h"

#include "work/PriceQuoteBook.h"

namespace compshare {

PriceCheck InstancePriceChecks::lookUp(const Entry &entry) const
{
    PriceCheck check;
    if (!entry.request) {
        check.status = PriceQuoteBook::Status::NotQuotable;
        return check;
    }
    check.status = m_book->status(entry.key);
    if (check.status == PriceQuoteBook::Status::Quoted)
        check.quote = m_book->quoteFor(entry.key);
    return check;
}

bool InstancePriceChecks::update(const Instance &instance)
{
    if (!m_book)
        return false;
    const std::optional<PriceRequest> request = m_book->requestFor(instance);
    auto it = m_entries.find(instance.id);
    if (it == m_entries.end())
        it = m_entries.insert(instance.id, Entry());
    Entry &entry = *it;
    // Most changes (state, GPU use, times) leave the configuration as it was:
    // then its key is not built again.
    if (!(entry.request == request) || (request && entry.key.isEmpty())) {
        entry.request = request;
        entry.key = request ? request->key() : QString();
    }
    const PriceCheck check = lookUp(entry);
    if (check == entry.check)
        return false;
    entry.check = check;
    return true;
}

QStringList InstancePriceChecks::refresh()
{
    QStringList changed;
    if (!m_book)
        return changed;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        PriceCheck check = lookUp(*it);
        if (check == it->check)
            continue;
        it->check = std::move(check);
        changed << it.key();
    }
    return changed;
}

const PriceCheck &InstancePriceChecks::checkFor(const QString &id) const
{
    static const PriceCheck notAsked;
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? notAsked : it->check;
}

} // namespace compshare
