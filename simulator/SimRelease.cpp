// SPDX-License-Identifier: MIT
// TerminateCompShareInstance and ModifyCompShareInstanceName on the store:
// the release leaves the listing after the acceptance lag (eventual
// consistency), under the per-instance lock; the name changes at once.
#include "simulator/SimInstanceStore.h"
#include "simulator/SimMessages.h"

namespace compshare::sim {

OperationResult SimInstanceStore::terminate(const QString &region, const QString &zone,
                                            const QString &id, bool releaseDataDisks, qint64 nowMs)
{
    OperationResult result;
    Entry *entry = lockable(region, zone, id, nowMs, &result);
    if (!entry)
        return result;
    const QString state = entry->fields.value(QStringLiteral("State")).toString();
    if (state != QLatin1String("Stopped"))
        return {kRetStateNotAllowed, stateNotAllowedMessage(id, state, QStringLiteral("Stopped"))};
    // Listed (as Stopped) for the acceptance lag, then gone; locked until then.
    entry->goneAtMs = qMax(nowMs + m_acceptLagMs, nowMs + 1);
    entry->lockUntilMs = entry->goneAtMs;
    entry->stopAtMs = 0;
    m_scheduled.remove(id);
    m_released.insert(id, releaseDataDisks);
    return {};
}

OperationResult SimInstanceStore::rename(const QString &region, const QString &id,
                                         const QString &name, qint64 nowMs)
{
    const auto found = m_index.constFind(id);
    if (found == m_index.constEnd() || m_entries.at(found.value()).region != region ||
        m_entries.at(found.value()).goneAt(nowMs))
        return {kRetInstanceNotFound, instanceNotFoundMessage(id, region)};
    m_entries[found.value()].fields.insert(QStringLiteral("Name"), name);
    return {};
}

} // namespace compshare::sim
