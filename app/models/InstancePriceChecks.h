// SPDX-License-Identifier: MIT
// The price action's word on each listed instance (PriceQuoteBook), kept per
// instance id for the table model, so that painting, sorting and the totals
// never build a configuration key (a few microseconds each, 10,000 rows).
// An instance's entry is worked out again when the instance is added or
// changes (its key only when its configuration changed); when the book
// changes, every entry is looked up again by the key it keeps, and the ids
// whose word changed are returned, so only their rows repaint.
#pragma once

#include "domain/PriceCheck.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace compshare {

class PriceQuoteBook;

class InstancePriceChecks final
{
public:
    // Not owned. Without a book every check is the default (not asked).
    void setBook(const PriceQuoteBook *book) { m_book = book; }
    const PriceQuoteBook *book() const { return m_book; }

    // The instance is new or changed: returns whether its check changed.
    bool update(const Instance &instance);
    void remove(const QString &id) { m_entries.remove(id); }
    void clear() { m_entries.clear(); }
    // The book changed: every kept instance is looked up again by its key.
    // Returns the ids whose check changed.
    QStringList refresh();

    // The check kept for the instance; the default one when none is kept.
    const PriceCheck &checkFor(const QString &id) const;

private:
    struct Entry
    {
        std::optional<PriceRequest> request; // nothing: the configuration cannot be asked
        QString key;                         // request->key(), kept
        PriceCheck check;
    };
    PriceCheck lookUp(const Entry &entry) const;

    const PriceQuoteBook *m_book = nullptr;
    QHash<QString, Entry> m_entries; // by instance id
};

} // namespace compshare
