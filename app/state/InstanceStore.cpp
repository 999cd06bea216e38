// SPDX-License-Identifier: MIT
#include "state/InstanceStore.h"

#include "base/Logging.h"

#include <QSet>

namespace compshare {

InstanceStore::InstanceStore(QObject *parent)
    : QObject(parent)
{}

const Instance *InstanceStore::instance(const QString &id) const
{
    const int p = positionOf(id);
    return p < 0 ? nullptr : &m_items.at(p);
}

void InstanceStore::reindex()
{
    m_position.clear();
    m_position.reserve(m_items.size());
    for (int p = 0; p < m_items.size(); ++p)
        m_position.insert(m_items.at(p).id, p);
}

void InstanceStore::removeNow(const QHash<QString, bool> &gone)
{
    QStringList ids;
    QList<Instance> keep;
    keep.reserve(m_items.size());
    for (const Instance &i : std::as_const(m_items)) {
        if (gone.contains(i.id))
            ids << i.id;
        else
            keep.append(i);
    }
    if (ids.isEmpty())
        return;
    m_items = std::move(keep);
    reindex();
    emit removed(ids);
}

void InstanceStore::applyFullList(const QList<Instance> &instances)
{
    applyList(instances, QDateTime());
}

void InstanceStore::applyCachedList(const QList<Instance> &instances, const QDateTime &savedAt)
{
    applyList(instances, savedAt);
}

void InstanceStore::applyList(const QList<Instance> &instances, const QDateTime &cachedSince)
{
    // Saved rows becoming live, or the reverse, is said first: whoever
    // decides from it (the operation owner) has decided before the rows are
    // announced. It changes every row that stays (its button, its Cost
    // now): all of them go into the one changed() below.
    const bool flips = m_cachedSince.isValid() != cachedSince.isValid();
    m_cachedSince = cachedSince;
    if (flips)
        emit cachedChanged(cachedSince.isValid());

    QHash<QString, bool> incoming;
    incoming.reserve(instances.size());
    for (const Instance &i : instances)
        incoming.insert(i.id, true);
    QHash<QString, bool> gone;
    for (const Instance &i : std::as_const(m_items)) {
        if (!incoming.contains(i.id))
            gone.insert(i.id, true);
    }
    const int removedCount = int(gone.size());
    removeNow(gone);

    QStringList changedIds;
    QStringList addedIds;
    QSet<QString> seen;
    QList<Instance> newOnes;
    for (const Instance &i : instances) {
        const int p = positionOf(i.id);
        if (p >= 0) {
            if (m_items.at(p) != i) {
                m_items[p] = i;
                changedIds << i.id;
            } else if (flips) {
                changedIds << i.id;
            }
        } else if (!seen.contains(i.id)) { // de-duplicate within one list
            seen.insert(i.id);
            addedIds << i.id;
            newOnes << i;
        }
    }
    if (!changedIds.isEmpty())
        emit changed(changedIds);
    if (!newOnes.isEmpty()) {
        const int first = int(m_items.size());
        m_items.append(newOnes);
        for (int p = first; p < m_items.size(); ++p)
            m_position.insert(m_items.at(p).id, p);
        emit added(addedIds);
    }
    qCDebug(lcModel) << (cachedSince.isValid() ? "saved list applied:" : "list applied:")
                     << addedIds.size() << "added," << removedCount << "removed,"
                     << changedIds.size() << "changed";
    // A saved list is not a list: no money figure is computed from it.
    const bool firstList = !cachedSince.isValid() && !std::exchange(m_hasList, true);
    if (cachedSince.isValid())
        m_hasList = false;
    if (firstList || flips || cachedSince.isValid() || removedCount || !changedIds.isEmpty() ||
        !addedIds.isEmpty())
        emit listApplied();
}

void InstanceStore::applyUpdates(const QList<Instance> &instances)
{
    QStringList changedIds;
    for (const Instance &i : instances) {
        const int p = positionOf(i.id);
        if (p < 0 || m_items.at(p) == i)
            continue;
        m_items[p] = i;
        changedIds << i.id;
    }
    if (changedIds.isEmpty())
        return;
    emit changed(changedIds);
    emit listApplied();
}

void InstanceStore::remove(const QStringList &ids)
{
    QHash<QString, bool> gone;
    for (const QString &id : ids)
        gone.insert(id, true);
    const int before = size();
    removeNow(gone);
    if (size() != before)
        emit listApplied();
}

void InstanceStore::clear()
{
    QHash<QString, bool> all;
    for (const Instance &i : std::as_const(m_items))
        all.insert(i.id, true);
    removeNow(all);
    m_hasList = false;
    const bool wasCached = std::exchange(m_cachedSince, QDateTime()).isValid();
    emit listApplied();
    if (wasCached)
        emit cachedChanged(false);
}

} // namespace compshare
