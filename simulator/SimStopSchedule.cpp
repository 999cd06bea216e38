// SPDX-License-Identifier: MIT
// SimInstanceStore: the scheduled stop (UpdateCompShareStopScheduler /
// DeleteCompShareStopScheduler) and its firing on the simulator clock.
#include "simulator/SimInstanceStore.h"
#include "simulator/SimMessages.h"

namespace compshare::sim {
namespace {

// The CLI reads SchedulerStopTime, the SDK StopSchedulerTime: both are kept equal.
const QString kSchedulerStopTime = QStringLiteral("SchedulerStopTime");
const QString kStopSchedulerTime = QStringLiteral("StopSchedulerTime");

void writeStopTime(QJsonObject &fields, qint64 unixSecs)
{
    fields.insert(kSchedulerStopTime, unixSecs);
    fields.insert(kStopSchedulerTime, unixSecs);
}
constexpr qint64 kMinLeadSecs = 300;

bool isSpot(const QJsonObject &fields)
{
    return fields.value(QStringLiteral("ChargeType")).toString() == QLatin1String("Spot");
}

} // namespace

OperationResult SimInstanceStore::scheduleStop(const QString &region, const QString &zone,
                                               const QString &id, qint64 unixSecs, qint64 nowMs)
{
    OperationResult result;
    Entry *entry = findFor(region, zone, id, &result, nowMs);
    if (!entry)
        return result;
    if (isSpot(entry->fields))
        return {kRetSpotNoSchedule, spotNoScheduleMessage(id)};
    if (unixSecs < nowMs / 1000 + kMinLeadSecs) // the gateway counts in whole seconds
        return {kRetMissingParams, stopTimeTooSoonMessage()};
    entry->stopAtMs = unixSecs * 1000;
    writeStopTime(entry->fields, unixSecs);
    m_scheduled.insert(id);
    return {};
}

OperationResult SimInstanceStore::cancelStop(const QString &region, const QString &id, qint64 nowMs)
{
    Q_UNUSED(nowMs)
    const auto found = m_index.constFind(id);
    if (found == m_index.constEnd() || m_entries.at(found.value()).region != region)
        return {kRetInstanceNotFound, instanceNotFoundMessage(id, region)};
    Entry &entry = m_entries[found.value()];
    if (isSpot(entry.fields))
        return {kRetSpotNoSchedule, spotNoScheduleMessage(id)};
    // Cancelling when nothing is scheduled succeeds (assumption, docs/SIMULATOR.md).
    entry.stopAtMs = 0;
    writeStopTime(entry.fields, 0);
    m_scheduled.remove(id);
    return {};
}

void SimInstanceStore::fireDueStops(qint64 nowMs)
{
    if (m_scheduled.isEmpty())
        return;
    const QSet<QString> ids = m_scheduled;
    for (const QString &id : ids) {
        const auto found = m_index.constFind(id);
        if (found == m_index.constEnd()) {
            m_scheduled.remove(id);
            continue;
        }
        Entry &entry = m_entries[found.value()];
        if (entry.stopAtMs <= 0 || nowMs < entry.stopAtMs)
            continue;
        const qint64 at = entry.stopAtMs;
        entry.settle(at);
        entry.stopAtMs = 0;
        writeStopTime(entry.fields, 0);
        m_scheduled.remove(id);
        // Only a Running instance with nothing else going on is stopped; the
        // stop starts at the scheduled time, not at the first read after it.
        if (entry.fields.value(QStringLiteral("State")).toString() == QLatin1String("Running") &&
            entry.target.isEmpty()) {
            begin(entry, QStringLiteral("Stopping"), QStringLiteral("Stopped"), at);
        }
        entry.settle(nowMs);
    }
}

} // namespace compshare::sim
