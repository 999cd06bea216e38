// SPDX-License-Identifier: MIT
// GPU use and memory per instance over time, at one-minute resolution: the
// sparkline of the GPU use cell (the last 30 minutes, held in memory for
// every row), the 24-hour chart of the selected instance (read from the
// archive on demand), and the idle history a restart must not forget.
//
// Fed by the same listings as GpuIdleTracker (ConsoleSession hands every
// refresh to both). Several listings within one minute merge into that
// minute: per GPU the highest use and the highest memory seen (a short
// burst is not averaged away, and "below the threshold in every listing"
// holds for the minute exactly when it holds for its highest value, the
// rule GpuIdleTracker merges by); one listing without usable data (no
// MonitorMessages, not Running, a GPU without a reading) makes the whole
// minute a gap, because no data breaks an idle run. A minute is written to
// the archive when it closes (the first listing of a later minute, a full
// list without the instance, flush(), or the destructor), with the time of
// its first listing.
//
// Memory: one byte per instance and minute for the last 30 minutes (the
// average use over its GPUs, as the cell's text), plus the open minute.
// The archive is bounded to 7 days (pruned at most once an hour).
#pragma once

#include "domain/Instance.h"
#include "state/GpuSeries.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <functional>

namespace compshare {

class GpuIdleTracker;
class GpuSampleArchive;

class GpuHistory final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSparklineMinutes = 30;
    static constexpr int kChartMinutes = 24 * 60;
    static constexpr int kArchiveDays = 7;
    // Stored samples further apart than this (a console that was not
    // running) count as "no data" between them when idle time is restored.
    static constexpr int kMaxSilentGapSecs = 5 * 60;

    explicit GpuHistory(QObject *parent = nullptr);
    // Writes the open minutes to the archive, if one is still set.
    ~GpuHistory() override;

    void setClock(std::function<QDateTime()> now);
    QDateTime now() const { return m_now(); }
    // Where minutes are written and read back (not owned; it must outlive
    // this history or be unset first). Setting one prunes it and reads the
    // last 30 minutes back, so sparklines continue after a restart.
    void setArchive(GpuSampleArchive *archive);
    GpuSampleArchive *archive() const { return m_archive; }

    // One listing, as GpuIdleTracker::observe.
    void observe(const QList<Instance> &instances, bool fullList);
    // Writes every open minute (e.g. before quitting).
    void flush();
    // Forget everything held in memory (another account); the archive keeps its rows.
    void clear();

    // The last kSparklineMinutes closed minutes, oldest first: the average
    // use over the instance's GPUs, -1 for a gap. A single unobserved minute
    // between two known ones (a listing that came late) is bridged; "no
    // data" never is. Empty when nothing is known about `id`.
    QList<double> sparkline(const QString &id) const;
    // The last 24 hours of `id` from the archive plus the open minute; an
    // empty series (source None) without an archive and without samples.
    GpuSeries lastDay(const QString &id) const;

    // Seeds `tracker` from the archive's samples of its window, so an
    // instance idle before a restart stays idle since then (a "no data"
    // minute, or a silence longer than kMaxSilentGapSecs, breaks the run as
    // it would have). Call once, after setArchive and before the first listing.
    void restoreIdle(GpuIdleTracker *tracker) const;

signals:
    // A minute closed: sparklines moved on.
    void sparklinesChanged();

private:
    static constexpr char kGap = char(0xff);    // no data in that minute
    static constexpr char kUnseen = char(0xfe); // no listing in that minute
    struct OpenMinute
    {
        qint64 minute = -1; // -1: none open
        QDateTime at;       // its first listing
        bool noData = false;
        QList<double> usage; // per GPU index
        QList<double> memory;
    };
    struct Track
    {
        qint64 lastMinute = -1; // the minute of values.back()
        QByteArray values;      // closed minutes, one byte each: use 0..100, kGap, kUnseen
        OpenMinute open;
    };
    void add(Track &track, const Instance &i, const QDateTime &now);
    void close(const QString &id, Track &track);
    void push(Track &track, qint64 minute, char value) const;
    void closeMinutesBefore(qint64 minute);
    void pruneArchive(const QDateTime &now);
    void readBack();

    QHash<QString, Track> m_tracks;
    QList<GpuSampleRow> m_pending; // closed minutes not yet written
    GpuSampleArchive *m_archive = nullptr;
    std::function<QDateTime()> m_now;
    qint64 m_sweptMinute = -1;
    QDateTime m_prunedAt;
};

} // namespace compshare
