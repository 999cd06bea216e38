// SPDX-License-Identifier: MIT
#include "state/GpuIdleTracker.h"

#include <QSet>

namespace compshare {

namespace {
// The busiest GPU of a sample, or -1 when there is nothing to judge on.
double maxGpuRate(const Instance &i)
{
    if (i.state != InstanceState::Running || !i.monitor.hasGpuData())
        return -1;
    double max = -1;
    for (const GpuUsage &g : i.monitor.gpus) {
        // One GPU without a reading makes the whole sample unusable: "all
        // GPUs below" cannot be claimed for a GPU we know nothing about.
        if (g.usageRate < 0)
            return -1;
        max = qMax(max, g.usageRate);
    }
    return max;
}
} // namespace

GpuIdleTracker::GpuIdleTracker(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

void GpuIdleTracker::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void GpuIdleTracker::setThresholdPercent(double percent)
{
    const double clamped = qBound(0.0, percent, 100.0);
    if (qFuzzyCompare(1 + clamped, 1 + m_threshold))
        return;
    m_threshold = clamped;
    const QDateTime now = m_now();
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        recompute(it.key(), it.value());
        evaluate(it.key(), it.value(), now);
    }
}

void GpuIdleTracker::setWindowSeconds(int seconds)
{
    const int clamped = qMax(kMinWindowSeconds, seconds);
    if (clamped == m_windowSecs)
        return;
    m_windowSecs = clamped;
    const QDateTime now = m_now();
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it)
        evaluate(it.key(), it.value(), now);
}

void GpuIdleTracker::observe(const QList<Instance> &instances, bool fullList)
{
    const QDateTime now = m_now();
    QSet<QString> seen;
    for (const Instance &i : instances) {
        seen.insert(i.id);
        addSample(i.id, {now, maxGpuRate(i)});
        evaluate(i.id, m_tracks[i.id], now);
    }
    if (!fullList)
        return;
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        const QString id = it.key();
        const bool wasIdle = it->idle;
        it = m_tracks.erase(it);
        if (wasIdle)
            emit stoppedBeingIdle(id);
    }
}

void GpuIdleTracker::clear()
{
    const QList<QString> idle = idleIds();
    m_tracks.clear();
    for (const QString &id : idle)
        emit stoppedBeingIdle(id);
}

void GpuIdleTracker::restore(const QString &id, const QDateTime &at, double maxGpuRate)
{
    const Track &track = m_tracks[id];
    if (!track.samples.isEmpty() && at <= track.samples.last().at)
        return; // only ever forward in time
    addSample(id, {at, maxGpuRate < 0 ? -1 : maxGpuRate});
}

void GpuIdleTracker::addSample(const QString &id, const Sample &sample)
{
    Track &track = m_tracks[id];
    const qint64 stretchSecs = qMax(1, m_windowSecs / kBucketsPerWindow);
    if (!track.samples.isEmpty() && track.samples.last().at.secsTo(sample.at) < stretchSecs) {
        Sample &last = track.samples.last();
        last.maxGpuRate = last.maxGpuRate < 0 || sample.maxGpuRate < 0
                              ? -1
                              : qMax(last.maxGpuRate, sample.maxGpuRate);
    } else {
        track.samples.append(sample);
    }
    const bool low = sample.maxGpuRate >= 0 && sample.maxGpuRate < m_threshold;
    if (!low)
        track.runStart = {};
    else if (!track.runStart.isValid())
        track.runStart = sample.at;
    // Keep the window's samples plus the one just before it, so a settings
    // change can be recomputed; the run start itself may be older.
    const QDateTime horizon = sample.at.addSecs(-qint64(m_windowSecs));
    while (track.samples.size() > 1 && track.samples.at(1).at <= horizon)
        track.samples.removeFirst();
}

void GpuIdleTracker::recompute(const QString &, Track &track)
{
    // After a threshold change: the run is the trailing stretch of low
    // samples still held (older history is gone, so it may only shorten).
    QDateTime start;
    for (const Sample &s : track.samples) {
        const bool low = s.maxGpuRate >= 0 && s.maxGpuRate < m_threshold;
        if (!low)
            start = {};
        else if (!start.isValid())
            start = s.at;
    }
    if (start.isValid() && track.runStart.isValid() && track.runStart < start &&
        !track.samples.isEmpty() && track.samples.first().at == start)
        start = track.runStart; // the whole held history is low: keep the older start
    track.runStart = start;
}

void GpuIdleTracker::evaluate(const QString &id, Track &track, const QDateTime &now)
{
    const bool idle =
        track.runStart.isValid() && track.runStart.secsTo(now) >= qint64(m_windowSecs);
    if (idle == track.idle)
        return;
    track.idle = idle;
    if (idle)
        emit becameIdle(id, track.runStart);
    else
        emit stoppedBeingIdle(id);
}

bool GpuIdleTracker::isIdle(const QString &id) const
{
    const auto it = m_tracks.constFind(id);
    return it != m_tracks.constEnd() && it->idle;
}

QDateTime GpuIdleTracker::idleSince(const QString &id) const
{
    const auto it = m_tracks.constFind(id);
    return it != m_tracks.constEnd() && it->idle ? it->runStart : QDateTime();
}

int GpuIdleTracker::heldSamples(const QString &id) const
{
    const auto it = m_tracks.constFind(id);
    return it == m_tracks.constEnd() ? 0 : int(it->samples.size());
}

QList<QString> GpuIdleTracker::idleIds() const
{
    QList<QString> ids;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
        if (it->idle)
            ids.append(it.key());
    }
    return ids;
}

QDateTime GpuIdleTracker::warnedAt(IdleWarning kind, const QString &id) const
{
    const QDateTime since = idleSince(id);
    if (!m_warnings || !since.isValid())
        return {};
    return m_warnings->warnedAt(kind, id, since);
}

void GpuIdleTracker::noteWarned(IdleWarning kind, const QString &id)
{
    const QDateTime since = idleSince(id);
    if (m_warnings && since.isValid())
        m_warnings->noteWarned(kind, id, since, m_now());
}

void GpuIdleTracker::forgetWarning(IdleWarning kind, const QString &id)
{
    if (m_warnings)
        m_warnings->forget(kind, id);
}

} // namespace compshare
