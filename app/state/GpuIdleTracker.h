// SPDX-License-Identifier: MIT
// Which running instances have idle GPUs, from the MonitorMessages of each
// listing. One shared tracker per session: the Idle badge, the idle
// notification and "stop when idle" all ask it, so they agree.
//
// The rule: an instance is idle when, in every sample of the last `window`,
// it was Running and ALL its GPUs were below `threshold` percent. A sample
// without GPU data (MonitorMessages absent or empty) breaks the run: no
// data, no claim. idleSince() is when the current below-threshold run began,
// so "Idle 45 min" means 45 minutes of low samples, never less than window.
//
// API (kept small and stable; other features build on it):
//   observe(instances, fullList)  feed one listing (a full refresh or a poll)
//   restore(id, at, rate)         a stored sample from before a restart (GpuHistory)
//   isIdle(id) / idleSince(id)    the current verdict
//   becameIdle / stoppedBeingIdle emitted once per transition, from observe()
//   setThresholdPercent / setWindowSeconds / setClock / now
// Verdicts change only in observe() (and on a settings change), at listing
// time, so they never flip between two refreshes.
#pragma once

#include "domain/Instance.h"
#include "state/IdleWarningLog.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>

namespace compshare {

class GpuIdleTracker final : public QObject
{
    Q_OBJECT

public:
    static constexpr double kDefaultThresholdPercent = 5.0;
    static constexpr int kDefaultWindowSeconds = 30 * 60;
    static constexpr int kMinWindowSeconds = 60;

    explicit GpuIdleTracker(QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> now);
    // The tracker's clock, so texts about an idle period ("idle 30 min") use it too.
    QDateTime now() const { return m_now(); }
    // A GPU below this (in %, exclusive) counts as idle. Clamped to [0, 100].
    void setThresholdPercent(double percent);
    double thresholdPercent() const { return m_threshold; }
    // How long every sample must be idle. At least kMinWindowSeconds.
    void setWindowSeconds(int seconds);
    int windowSeconds() const { return m_windowSecs; }

    // One listing. A poll (fullList false) holds only some instances: the
    // others keep their history. A full list forgets instances not in it.
    void observe(const QList<Instance> &instances, bool fullList);
    // Forget everything (e.g. another account).
    void clear();
    // A sample from before this session (GpuHistory::restoreIdle), oldest
    // first and before the first listing: `maxGpuRate` is the busiest GPU,
    // -1 for no data. Verdicts follow at the next observe().
    void restore(const QString &id, const QDateTime &at, double maxGpuRate);

    bool isIdle(const QString &id) const;
    // When the current idle run began; invalid when the instance is not idle.
    QDateTime idleSince(const QString &id) const;
    // Ids idle right now.
    QList<QString> idleIds() const;
    // Stretches of history held for `id` (bounded; for tests and diagnostics).
    int heldSamples(const QString &id) const;

    // Where warnings about idle runs are remembered across restarts (not
    // owned; null: nothing is remembered beyond what the warners hold).
    void setWarningLog(IdleWarningLog *log) { m_warnings = log; }
    // When `kind` was given for the current idle run of `id`; invalid when
    // the instance is not idle or was not warned about this run.
    QDateTime warnedAt(IdleWarning kind, const QString &id) const;
    // `kind` was given now (the tracker's clock) for the current idle run of `id`.
    void noteWarned(IdleWarning kind, const QString &id);
    void forgetWarning(IdleWarning kind, const QString &id);

signals:
    void becameIdle(const QString &id, const QDateTime &since);
    void stoppedBeingIdle(const QString &id);

private:
    // One stretch of listings (at most window / kBucketsPerWindow long): the
    // busiest GPU over all of them, or -1 when any had no data. "Every
    // listing below the threshold" holds for a stretch exactly when it holds
    // for its max, whatever the threshold, so merging loses nothing a
    // settings change needs, and a track holds at most kBucketsPerWindow + 1
    // stretches however often the list is read (memory stays flat).
    struct Sample
    {
        QDateTime at;           // the stretch's first listing
        double maxGpuRate = -1; // -1: no data or not running
    };
    static constexpr int kBucketsPerWindow = 30;
    struct Track
    {
        QList<Sample> samples; // within the window (and the first one before it)
        QDateTime runStart;    // first sample of the current low run, or invalid
        bool idle = false;
    };
    void addSample(const QString &id, const Sample &sample);
    void recompute(const QString &id, Track &track);
    void evaluate(const QString &id, Track &track, const QDateTime &now);

    QHash<QString, Track> m_tracks;
    std::function<QDateTime()> m_now;
    double m_threshold = kDefaultThresholdPercent;
    int m_windowSecs = kDefaultWindowSeconds;
    IdleWarningLog *m_warnings = nullptr;
};

} // namespace compshare
