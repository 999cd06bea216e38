// SPDX-License-Identifier: MIT
#include "simulator/SimInstanceStore.h"

#include "simulator/SimInstanceDefaults.h"
#include "simulator/SimMessages.h"
#include "simulator/SimMonitor.h"

#include <algorithm>

namespace compshare::sim {
namespace {

const QString kState = QStringLiteral("State");
const QString kRunning = QStringLiteral("Running");
const QString kStopped = QStringLiteral("Stopped");

} // namespace

QString SimInstanceStore::Entry::stateAt(qint64 nowMs) const
{
    if (!target.isEmpty()) {
        if (nowMs >= doneAtMs)
            return target;
        return nowMs >= visibleAtMs ? transient : previous;
    }
    return fields.value(kState).toString();
}

void SimInstanceStore::Entry::settle(qint64 nowMs)
{
    if (!target.isEmpty() && nowMs >= doneAtMs) {
        fields.insert(kState, target);
        applyFinalState(fields, target, doneAtMs);
        previous.clear();
        transient.clear();
        target.clear();
    }
}

QJsonObject SimInstanceStore::listed(const Entry &entry, qint64 nowMs) const
{
    QJsonObject object = entry.fields;
    object.insert(kState, entry.stateAt(nowMs));
    if (!entry.target.isEmpty() && nowMs >= entry.doneAtMs)
        applyFinalState(object, entry.target, entry.doneAtMs); // not settled yet
    else if (entry.stateAt(nowMs) != kRunning)
        object.remove(QStringLiteral("MonitorMessages")); // utilisation only while running
    else if (m_gpuUseVaries)
        object.insert(
            QStringLiteral("MonitorMessages"),
            variedMonitorMessages(object.value(QStringLiteral("MonitorMessages")).toObject(),
                                  entry.id, nowMs / 1000));
    if (!m_stripRegion)
        object.insert(QStringLiteral("Region"), entry.region);
    return object;
}

QJsonObject SimInstanceStore::stored(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? QJsonObject() : m_entries.at(*it).fields;
}

QJsonObject SimInstanceStore::storedWith(const QString &field, const QString &value) const
{
    for (const Entry &entry : m_entries) {
        if (entry.fields.value(field).toString() == value)
            return entry.fields;
    }
    return {};
}

void SimInstanceStore::clear()
{
    m_entries.clear();
    m_index.clear();
    m_zones.clear();
    m_scheduled.clear();
}

QString SimInstanceStore::regionOfZone(const QString &zone) const
{
    for (const ZoneInfo &info : m_zones) {
        if (info.zone == zone)
            return info.region;
    }
    return regionFromZone(zone);
}

void SimInstanceStore::add(const QJsonObject &instance, const QString &region)
{
    Entry entry;
    entry.fields = instance;
    entry.id = instance.value(QStringLiteral("UHostId")).toString();
    const QString zone = instance.value(QStringLiteral("Zone")).toString();
    entry.region = region.isEmpty() ? regionOfZone(zone) : region;
    entry.createTime = instance.value(QStringLiteral("CreateTime")).toInteger();
    entry.stopAtMs = qMax(instance.value(QStringLiteral("SchedulerStopTime")).toInteger(),
                          instance.value(QStringLiteral("StopSchedulerTime")).toInteger()) *
                     1000;
    remove(entry.id);
    if (entry.stopAtMs > 0)
        m_scheduled.insert(entry.id);
    const auto before = [](const Entry &a, const Entry &b) {
        return a.createTime != b.createTime ? a.createTime < b.createTime : a.id < b.id;
    };
    // Generated scenarios arrive in order: appending keeps loading linear.
    auto position = m_entries.end();
    if (!m_entries.isEmpty() && before(entry, m_entries.last()))
        position = std::upper_bound(m_entries.begin(), m_entries.end(), entry, before);
    const qsizetype at = position - m_entries.begin();
    m_entries.insert(at, std::move(entry));
    reindexFrom(at);
}

bool SimInstanceStore::remove(const QString &id)
{
    const auto found = m_index.constFind(id);
    if (found == m_index.constEnd())
        return false;
    const qsizetype at = found.value();
    m_index.remove(id);
    m_scheduled.remove(id);
    m_entries.removeAt(at);
    reindexFrom(at);
    return true;
}

void SimInstanceStore::reindexFrom(qsizetype position)
{
    for (qsizetype i = position; i < m_entries.size(); ++i)
        m_index.insert(m_entries.at(i).id, i);
}

QJsonObject SimInstanceStore::view(const QString &id, qint64 nowMs) const
{
    const auto found = m_index.constFind(id);
    if (found == m_index.constEnd() || m_entries.at(found.value()).goneAt(nowMs))
        return {};
    return listed(m_entries.at(found.value()), nowMs);
}

QList<QJsonObject> SimInstanceStore::all(qint64 nowMs) const
{
    QList<QJsonObject> result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries) {
        if (!entry.goneAt(nowMs))
            result.append(listed(entry, nowMs));
    }
    return result;
}

QList<QJsonObject> SimInstanceStore::describe(const DescribeQuery &query, qint64 nowMs,
                                              int *totalCount) const
{
    QList<QJsonObject> page;
    int matched = 0;
    for (const Entry &entry : m_entries) {
        if (entry.goneAt(nowMs))
            continue;
        if (!query.region.isEmpty() && entry.region != query.region)
            continue;
        if (!query.zone.isEmpty() &&
            entry.fields.value(QStringLiteral("Zone")).toString() != query.zone)
            continue;
        if (!query.ids.isEmpty() && !query.ids.contains(entry.id))
            continue;
        if (matched >= query.offset && page.size() < query.limit)
            page.append(listed(entry, nowMs));
        ++matched;
    }
    if (totalCount)
        *totalCount = matched;
    return page;
}

QString SimInstanceStore::state(const QString &id, qint64 nowMs) const
{
    const auto found = m_index.constFind(id);
    if (found == m_index.constEnd() || m_entries.at(found.value()).goneAt(nowMs))
        return {};
    return m_entries.at(found.value()).stateAt(nowMs);
}

bool SimInstanceStore::setField(const QString &id, const QString &field, const QJsonValue &value,
                                qint64 nowMs)
{
    const auto found = m_index.constFind(id);
    if (found == m_index.constEnd() || field == QLatin1String("UHostId"))
        return false;
    Entry &entry = m_entries[found.value()];
    entry.settle(nowMs);
    if (field == kState) { // forcing a state ends any running transition
        entry.previous.clear();
        entry.transient.clear();
        entry.target.clear();
    }
    entry.fields.insert(field, value);
    if (field == QLatin1String("CreateTime") || field == QLatin1String("Zone")) {
        const QJsonObject fields = entry.fields;
        const QString region = field == QLatin1String("Zone") ? QString() : entry.region;
        add(fields, region); // re-sorts (and re-derives the region of a new zone)
    }
    return true;
}

SimInstanceStore::Entry *SimInstanceStore::findFor(const QString &region, const QString &zone,
                                                   const QString &id, OperationResult *notFound,
                                                   qint64 nowMs)
{
    const auto found = m_index.constFind(id);
    if (found != m_index.constEnd()) {
        Entry &entry = m_entries[found.value()];
        // The gateway looks an instance up inside the region and zone asked.
        // A released one is found while the listing still shows it (the lock
        // answers), and not after.
        if (entry.region == region &&
            entry.fields.value(QStringLiteral("Zone")).toString() == zone &&
            (entry.goneAtMs == 0 || !entry.goneAt(nowMs)))
            return &entry;
    }
    *notFound = {kRetInstanceNotFound, instanceNotFoundMessage(id, zone)};
    return nullptr;
}

SimInstanceStore::Entry *SimInstanceStore::lockable(const QString &region, const QString &zone,
                                                    const QString &id, qint64 nowMs,
                                                    OperationResult *refusal)
{
    // Every operation: look the instance up, bring its state up to date, and
    // check the per-instance lock before anything else.
    Entry *entry = findFor(region, zone, id, refusal, nowMs);
    if (!entry)
        return nullptr;
    entry->settle(nowMs);
    if (nowMs < entry->lockUntilMs) {
        *refusal = {kRetOperationInProgress, operationInProgressMessage(id)};
        return nullptr;
    }
    return entry;
}

OperationResult SimInstanceStore::begin(Entry &entry, const QString &transient,
                                        const QString &target, qint64 nowMs)
{
    // The listing keeps showing the old state for the acceptance lag; the
    // operation itself (and its lock) is under way from now on.
    entry.previous = entry.fields.value(kState).toString();
    entry.fields.insert(kState, transient);
    entry.transient = transient;
    entry.target = target;
    entry.visibleAtMs = nowMs + m_acceptLagMs;
    entry.doneAtMs = entry.visibleAtMs + m_transitionMs;
    // The lock is held while the operation runs; the TTL only bounds an
    // operation that never finishes (assumption, see docs/SIMULATOR.md).
    entry.lockUntilMs = qMin(nowMs + m_lockMs, entry.doneAtMs);
    entry.settle(nowMs); // a zero delay finishes at once
    return {};
}

OperationResult SimInstanceStore::stop(const QString &region, const QString &zone,
                                       const QString &id, bool force, qint64 nowMs)
{
    OperationResult result;
    Entry *entry = lockable(region, zone, id, nowMs, &result);
    if (!entry)
        return result;
    const QString state = entry->fields.value(kState).toString();
    if (state != kRunning)
        return {kRetStateNotAllowed, stateNotAllowedMessage(id, state, kRunning)};
    if (entry->fields.value(QStringLiteral("CompShareImageStatus")).toString() ==
        QLatin1String("Making"))
        return {kRetImageTaskExists, makingImageMessage(id)};
    if (entry->fields.value(QStringLiteral("ChargeType")).toString() == QLatin1String("Spot") &&
        !force)
        return {kRetSpotNeedsForce, spotNeedsForceMessage(id)};
    if (entry->detachedGpus >= 0) {
        entry->fields.insert(QStringLiteral("GPU"), entry->detachedGpus);
        entry->detachedGpus = -1;
    }
    return begin(*entry, QStringLiteral("Stopping"), kStopped, nowMs);
}

OperationResult SimInstanceStore::start(const QString &region, const QString &zone,
                                        const QString &id, bool withoutGpu, qint64 nowMs)
{
    OperationResult result;
    Entry *entry = lockable(region, zone, id, nowMs, &result);
    if (!entry)
        return result;
    const QString state = entry->fields.value(kState).toString();
    if (state != kStopped)
        return {kRetStateNotAllowed, stateNotAllowedMessage(id, state, kStopped)};
    if (withoutGpu && !entry->fields.value(QStringLiteral("SupportWithoutGpuStart")).toBool())
        return {kRetWithoutGpuNotSupported, withoutGpuNotSupportedMessage(id)};
    if (withoutGpu && !m_ignoreWithoutGpu) {
        // Listed with no GPU until it is stopped again.
        const QString gpu = QStringLiteral("GPU");
        entry->detachedGpus = entry->fields.value(gpu).toInt();
        entry->fields.insert(gpu, 0);
    }
    return begin(*entry, QStringLiteral("Starting"), kRunning, nowMs);
}

OperationResult SimInstanceStore::reboot(const QString &region, const QString &zone,
                                         const QString &id, qint64 nowMs)
{
    OperationResult result;
    Entry *entry = lockable(region, zone, id, nowMs, &result);
    if (!entry)
        return result;
    const QString state = entry->fields.value(kState).toString();
    if (state != kRunning)
        return {kRetStateNotAllowed, stateNotAllowedMessage(id, state, kRunning)};
    return begin(*entry, QStringLiteral("Rebooting"), kRunning, nowMs);
}

bool SimInstanceStore::reclaimSpot(const QString &id, qint64 nowMs)
{
    const auto found = m_index.constFind(id);
    if (found == m_index.constEnd())
        return false;
    Entry &entry = m_entries[found.value()];
    entry.settle(nowMs);
    if (entry.fields.value(QStringLiteral("ChargeType")).toString() != QLatin1String("Spot") ||
        entry.fields.value(kState).toString() != kRunning)
        return false;
    entry.previous.clear();
    entry.transient.clear();
    entry.target.clear();
    entry.fields.insert(kState, kStopped);
    applyFinalState(entry.fields, kStopped, nowMs);
    return true;
}

} // namespace compshare::sim
