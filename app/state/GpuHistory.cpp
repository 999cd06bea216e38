// SPDX-License-Identifier: MIT
#include "state/GpuHistory.h"

#include "state/GpuIdleTracker.h"
#include "state/GpuSampleArchive.h"

#include <QSet>
#include <cmath>

namespace compshare {

namespace {
bool usable(const Instance &i)
{
    return i.state == InstanceState::Running && i.monitor.hasGpuData();
}

// The byte a minute keeps in memory: the average known use, or a gap.
char byteOf(bool noData, const QList<double> &usage, char gap)
{
    if (noData)
        return gap;
    double sum = 0;
    int n = 0;
    for (double u : usage) {
        if (u >= 0) {
            sum += u;
            ++n;
        }
    }
    if (n == 0)
        return gap;
    return char(qBound(0, int(std::lround(sum / n)), 100));
}
} // namespace

GpuHistory::GpuHistory(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

GpuHistory::~GpuHistory()
{
    flush();
}

void GpuHistory::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void GpuHistory::setArchive(GpuSampleArchive *archive)
{
    if (archive == m_archive)
        return;
    flush();
    m_archive = archive;
    if (!m_archive)
        return;
    m_prunedAt = {};
    pruneArchive(m_now());
    readBack();
}

void GpuHistory::observe(const QList<Instance> &instances, bool fullList)
{
    const QDateTime now = m_now();
    const qint64 minute = GpuSeries::minuteOf(now);
    const bool newMinute = minute != m_sweptMinute;
    if (newMinute)
        closeMinutesBefore(minute);
    QSet<QString> seen;
    for (const Instance &i : instances) {
        if (fullList)
            seen.insert(i.id);
        add(m_tracks[i.id], i, now);
    }
    if (fullList) {
        for (auto it = m_tracks.begin(); it != m_tracks.end();) {
            if (seen.contains(it.key())) {
                ++it;
                continue;
            }
            close(it.key(), it.value());
            it = m_tracks.erase(it);
        }
    }
    if (m_archive && !m_pending.isEmpty()) {
        m_archive->append(m_pending);
        pruneArchive(now);
    }
    m_pending.clear();
    if (newMinute)
        emit sparklinesChanged();
}

void GpuHistory::closeMinutesBefore(qint64 minute)
{
    m_sweptMinute = minute;
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        if (it->open.minute >= 0 && it->open.minute < minute)
            close(it.key(), it.value());
    }
}

void GpuHistory::add(Track &track, const Instance &i, const QDateTime &now)
{
    const qint64 minute = GpuSeries::minuteOf(now);
    OpenMinute &open = track.open;
    if (open.minute != minute) {
        close(i.id, track);
        open.minute = minute;
        open.at = now;
    }
    if (!usable(i)) {
        open.noData = true;
        return;
    }
    const QList<GpuUsage> &gpus = i.monitor.gpus;
    const bool first = open.usage.isEmpty();
    for (int g = 0; g < gpus.size(); ++g) {
        if (g >= open.usage.size()) {
            // A GPU the minute has not seen yet: if the minute had listings
            // before, that GPU is unknown in them.
            open.usage.append(first ? gpus.at(g).usageRate : -1);
            open.memory.append(first ? gpus.at(g).memoryRate : -1);
            continue;
        }
        open.usage[g] = GpuSeries::merged(open.usage.at(g), gpus.at(g).usageRate);
        open.memory[g] = GpuSeries::merged(open.memory.at(g), gpus.at(g).memoryRate);
    }
    for (qsizetype g = gpus.size(); g < open.usage.size(); ++g) {
        open.usage[g] = -1; // listed before in this minute, missing now
        open.memory[g] = -1;
    }
}

void GpuHistory::close(const QString &id, Track &track)
{
    OpenMinute &open = track.open;
    if (open.minute < 0)
        return;
    const bool noData = open.noData || open.usage.isEmpty();
    if (noData) {
        m_pending.append({id, open.at, -1, -1, -1});
    } else {
        for (int g = 0; g < open.usage.size(); ++g)
            m_pending.append({id, open.at, g, open.usage.at(g), open.memory.at(g)});
    }
    push(track, open.minute, byteOf(noData, open.usage, kGap));
    open = OpenMinute();
}

void GpuHistory::push(Track &track, qint64 minute, char value) const
{
    if (track.lastMinute >= 0 && minute <= track.lastMinute) {
        if (minute == track.lastMinute && !track.values.isEmpty())
            track.values.back() = value;
        return;
    }
    const qint64 missing = track.lastMinute < 0 ? 0 : minute - track.lastMinute - 1;
    if (missing >= kSparklineMinutes)
        track.values.clear();
    else
        track.values.append(QByteArray(int(missing), kUnseen));
    track.values.append(value);
    if (track.values.size() > kSparklineMinutes)
        track.values.remove(0, track.values.size() - kSparklineMinutes);
    track.lastMinute = minute;
}

void GpuHistory::flush()
{
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it)
        close(it.key(), it.value());
    if (m_archive && !m_pending.isEmpty())
        m_archive->append(m_pending);
    m_pending.clear();
}

void GpuHistory::clear()
{
    flush();
    m_tracks.clear();
    emit sparklinesChanged();
}

QList<double> GpuHistory::sparkline(const QString &id) const
{
    const auto it = m_tracks.constFind(id);
    if (it == m_tracks.constEnd() || it->lastMinute < 0)
        return {};
    // The closed minutes up to the one before the clock's.
    const qint64 last = GpuSeries::minuteOf(m_now()) - 1;
    QList<double> out(kSparklineMinutes, -1);
    QList<bool> unseen(kSparklineMinutes, true);
    for (int k = 0; k < it->values.size(); ++k) {
        const qint64 minute = it->lastMinute - (it->values.size() - 1 - k);
        const qint64 slot = minute - (last - kSparklineMinutes + 1);
        if (slot < 0 || slot >= kSparklineMinutes)
            continue;
        const char v = it->values.at(k);
        unseen[slot] = v == kUnseen;
        if (v != kGap && v != kUnseen)
            out[slot] = double(quint8(v));
    }
    // Bridge one unobserved minute between two known ones.
    for (int s = 1; s + 1 < kSparklineMinutes; ++s) {
        if (unseen[s] && out[s - 1] >= 0 && out[s + 1] >= 0)
            out[s] = (out[s - 1] + out[s + 1]) / 2;
    }
    return out;
}

GpuSeries GpuHistory::lastDay(const QString &id) const
{
    const QDateTime now = m_now();
    const qint64 current = GpuSeries::minuteOf(now);
    const QDateTime from = GpuSeries::minuteStart(current - kChartMinutes + 1);
    QList<GpuSampleRow> rows;
    if (m_archive)
        rows = m_archive->rows(id, from, now.addSecs(1));
    const auto it = m_tracks.constFind(id);
    if (it != m_tracks.constEnd() && it->open.minute >= 0) {
        const OpenMinute &open = it->open;
        if (open.noData || open.usage.isEmpty())
            rows.append({id, open.at, -1, -1, -1});
        for (int g = 0; g < open.usage.size() && !open.noData; ++g)
            rows.append({id, open.at, g, open.usage.at(g), open.memory.at(g)});
    }
    if (rows.isEmpty() && !m_archive)
        return {};
    return GpuSeries::fromRows(rows, from, kChartMinutes);
}

void GpuHistory::restoreIdle(GpuIdleTracker *tracker) const
{
    if (!m_archive || !tracker)
        return;
    // The warnings about an idle run carry over with the run itself.
    tracker->setWarningLog(m_archive->idleWarnings());
    const QDateTime now = m_now();
    const qint64 span = qMax<qint64>(tracker->windowSeconds(), kSparklineMinutes * 60);
    const QList<GpuSampleRow> rows =
        m_archive->rows({}, now.addSecs(-span - kMaxSilentGapSecs), now.addSecs(1));
    // Rows come ordered by (instance, time, GPU): one sample per (instance, time).
    QString id;
    QDateTime at;
    double rate = -1;
    QDateTime lastAt;
    const auto emitSample = [&] {
        if (id.isEmpty() || !at.isValid())
            return;
        if (lastAt.isValid() && lastAt.secsTo(at) > kMaxSilentGapSecs)
            tracker->restore(id, lastAt.addSecs(60), -1);
        tracker->restore(id, at, rate);
        lastAt = at;
    };
    const auto endInstance = [&] {
        if (lastAt.isValid() && lastAt.secsTo(now) > kMaxSilentGapSecs)
            tracker->restore(id, lastAt.addSecs(60), -1);
        lastAt = {};
    };
    for (const GpuSampleRow &row : rows) {
        if (row.instanceId != id || row.at != at) {
            emitSample();
            if (row.instanceId != id && !id.isEmpty())
                endInstance();
            id = row.instanceId;
            at = row.at;
            rate = row.gpuIndex < 0 ? -1 : row.usagePercent;
            continue;
        }
        rate = row.gpuIndex < 0 || row.usagePercent < 0 || rate < 0 ? -1
                                                                    : qMax(rate, row.usagePercent);
    }
    emitSample();
    if (!id.isEmpty())
        endInstance();
}

void GpuHistory::pruneArchive(const QDateTime &now)
{
    if (!m_archive || (m_prunedAt.isValid() && m_prunedAt.secsTo(now) < 3600))
        return;
    m_prunedAt = now;
    m_archive->pruneBefore(now.addDays(-kArchiveDays));
}

void GpuHistory::readBack()
{
    const QDateTime now = m_now();
    const qint64 current = GpuSeries::minuteOf(now);
    const QDateTime from = GpuSeries::minuteStart(current - kSparklineMinutes);
    const QList<GpuSampleRow> rows = m_archive->rows({}, from, GpuSeries::minuteStart(current));
    qsizetype begin = 0;
    while (begin < rows.size()) {
        const QString id = rows.at(begin).instanceId;
        qsizetype end = begin;
        while (end < rows.size() && rows.at(end).instanceId == id)
            ++end;
        const QList<GpuSampleRow> own = rows.mid(begin, end - begin);
        const GpuSeries s = GpuSeries::fromRows(own, from, kSparklineMinutes);
        QSet<qint64> seenMinutes;
        for (const GpuSampleRow &row : own)
            seenMinutes.insert(GpuSeries::minuteOf(row.at));
        Track &track = m_tracks[id];
        if (track.lastMinute < 0) {
            for (int m = 0; m < s.minutes; ++m) {
                const qint64 minute = GpuSeries::minuteOf(s.minuteAt(m));
                if (!seenMinutes.contains(minute))
                    continue;
                QList<double> usage;
                for (int g = 0; g < s.gpuCount(); ++g)
                    usage.append(s.usage.at(g).at(m));
                push(track, minute, byteOf(false, usage, kGap));
            }
        }
        begin = end;
    }
}

} // namespace compshare
