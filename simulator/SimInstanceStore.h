// SPDX-License-Identifier: MIT
// The simulator's instances and their state machines. States move on
// timestamps compared with the simulator clock (no timers), so advancing a
// manual clock past a delay makes the next read see the new state.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace compshare::sim {

struct OperationResult
{
    int retCode = 0;
    QString message;
};

struct ZoneInfo
{
    QString region;
    QString zone;
    QString describe; // display name, e.g. 华东(上海)
};

struct DescribeQuery
{
    QString region;    // empty: every region
    QString zone;      // empty: every zone
    QSet<QString> ids; // empty: every instance
    int offset = 0;
    int limit = 20;
};

class SimInstanceStore final
{
public:
    void clear();
    void setTransitionDelayMs(qint64 ms) { m_transitionMs = ms; }
    void setOperationLockMs(qint64 ms) { m_lockMs = ms; }
    // Eventual consistency: an accepted operation keeps showing the old state
    // this long in listings, then the transitional one, then the final one.
    void setAcceptLagMs(qint64 ms) { m_acceptLagMs = ms; }
    // Records carry `Region` (as the official CLI expects) unless stripped.
    void setStripRegion(bool strip) { m_stripRegion = strip; }
    // A gateway that takes a GPU-less start and boots the GPUs anyway (the
    // case the console must notice): off by default.
    void setIgnoreWithoutGpu(bool ignore) { m_ignoreWithoutGpu = ignore; }
    qint64 transitionDelayMs() const { return m_transitionMs; }
    qint64 operationLockMs() const { return m_lockMs; }
    qint64 acceptLagMs() const { return m_acceptLagMs; }
    bool stripRegion() const { return m_stripRegion; }
    // A gateway that brings at most this many rows a page, whatever Limit
    // says (the documented maximum is 100).
    void setMaxPageSize(int rows) { m_maxPageSize = qBound(1, rows, 100); }
    int maxPageSize() const { return m_maxPageSize; }

    void setZones(const QList<ZoneInfo> &zones) { m_zones = zones; }
    const QList<ZoneInfo> &zones() const { return m_zones; }
    QString regionOfZone(const QString &zone) const;

    // instance: a completed UHostSet object; region: its region (empty:
    // derived from its zone). Replaces an instance with the same id.
    void add(const QJsonObject &instance, const QString &region = {});
    bool remove(const QString &id);
    bool contains(const QString &id) const { return m_index.contains(id); }
    int size() const { return int(m_entries.size()); }

    QJsonObject view(const QString &id, qint64 nowMs) const;
    QList<QJsonObject> all(qint64 nowMs) const;
    QList<QJsonObject> describe(const DescribeQuery &query, qint64 nowMs, int *totalCount) const;
    QString state(const QString &id, qint64 nowMs) const;
    bool setField(const QString &id, const QString &field, const QJsonValue &value, qint64 nowMs);

    OperationResult stop(const QString &region, const QString &zone, const QString &id, bool force,
                         qint64 nowMs);
    OperationResult start(const QString &region, const QString &zone, const QString &id,
                          bool withoutGpu, qint64 nowMs);
    OperationResult reboot(const QString &region, const QString &zone, const QString &id,
                           qint64 nowMs);
    // TerminateCompShareInstance: Stopped only, under the lock. The instance
    // leaves every listing after the acceptance lag (SimRelease.cpp).
    OperationResult terminate(const QString &region, const QString &zone, const QString &id,
                              bool releaseDataDisks, qint64 nowMs);
    // Released instances and whether their data disks went too (ReleaseUDisk).
    QHash<QString, bool> released() const { return m_released; }
    // The answer's InRecycle: "Yes" (default, as the API page's example) or "No".
    void setReleaseToRecycleBin(bool yes) { m_toRecycleBin = yes; }
    bool releaseToRecycleBin() const { return m_toRecycleBin; }
    // GetCompShareInstanceMonitor (SimMonitor.cpp). A busy GPU's use moves
    // with the simulator clock when `varies` (the demo), so a sparkline and a
    // chart have something to show; idle GPUs stay idle. Off by default.
    void setGpuUseVaries(bool varies) { m_gpuUseVaries = varies; }
    bool gpuUseVaries() const { return m_gpuUseVaries; }
    // Refuse the monitor action with this RetCode (210 or 230, as the
    // official CLI saw production do); 0 answers it.
    void setMonitorRefusal(int retCode) { m_monitorRefusal = retCode; }
    int monitorRefusal() const { return m_monitorRefusal; }
    // The record as stored (before the state machine and the variation).
    QJsonObject stored(const QString &id) const;
    // The first record as stored whose string `field` is `value` (empty: none).
    QJsonObject storedWith(const QString &field, const QString &value) const;
    // ModifyCompShareInstanceName (the name is checked by the caller).
    OperationResult rename(const QString &region, const QString &id, const QString &name,
                           qint64 nowMs);
    bool reclaimSpot(const QString &id, qint64 nowMs);

    // Scheduled stop (SimStopSchedule.cpp). unixSecs is SchedulerStopTime.
    OperationResult scheduleStop(const QString &region, const QString &zone, const QString &id,
                                 qint64 unixSecs, qint64 nowMs);
    OperationResult cancelStop(const QString &region, const QString &id, qint64 nowMs);
    // Starts the stops whose time has come (call before every read).
    void fireDueStops(qint64 nowMs);

private:
    struct Entry
    {
        QJsonObject fields;
        QString id;
        QString region;
        qint64 createTime = 0;
        QString previous;  // shown until visibleAtMs (the acceptance lag)
        QString transient; // Stopping / Starting / Rebooting while a transition runs
        QString target;    // the state after doneAtMs; empty: no transition
        qint64 visibleAtMs = 0;
        qint64 doneAtMs = 0;
        qint64 lockUntilMs = 0;
        qint64 stopAtMs = 0;   // scheduled stop (simulator clock), 0 = none
        int detachedGpus = -1; // started without GPU: the GPU count to give back at stop
        qint64 goneAtMs = 0;   // released: listed no more from here on, 0 = not released

        bool goneAt(qint64 nowMs) const { return goneAtMs > 0 && nowMs >= goneAtMs; }

        QString stateAt(qint64 nowMs) const;
        void settle(qint64 nowMs);
    };

    Entry *lockable(const QString &region, const QString &zone, const QString &id, qint64 nowMs,
                    OperationResult *refusal);
    Entry *findFor(const QString &region, const QString &zone, const QString &id,
                   OperationResult *notFound, qint64 nowMs);
    OperationResult begin(Entry &entry, const QString &transient, const QString &target,
                          qint64 nowMs);
    void reindexFrom(qsizetype position);
    QJsonObject listed(const Entry &entry, qint64 nowMs) const;

    QList<Entry> m_entries; // ordered by creation time, then id
    QHash<QString, qsizetype> m_index;
    QSet<QString> m_scheduled; // ids with a scheduled stop
    QList<ZoneInfo> m_zones;
    qint64 m_transitionMs = 3000;
    qint64 m_lockMs = qint64(10) * 60 * 1000;
    qint64 m_acceptLagMs = 0;
    bool m_stripRegion = false;
    int m_maxPageSize = 100;
    bool m_ignoreWithoutGpu = false;
    bool m_toRecycleBin = true;
    bool m_gpuUseVaries = false;
    int m_monitorRefusal = 0;
    QHash<QString, bool> m_released; // id -> ReleaseUDisk
};

} // namespace compshare::sim
