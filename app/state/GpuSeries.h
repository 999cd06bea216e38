// SPDX-License-Identifier: MIT
// GPU use and memory per GPU over a stretch of whole minutes, as a chart
// draws it: one value per GPU per minute, -1 where nothing is known (no
// data, not running, not observed). A gap is a gap, never a 0.
#pragma once

#include "state/GpuSampleArchive.h"

#include <QDateTime>
#include <QList>

namespace compshare {

struct GpuSeries
{
    enum class Source
    {
        None,         // nothing known yet
        ThisComputer, // the samples this console stored (GpuHistory)
        CompShare,    // GetCompShareInstanceMonitor answered
    };

    QDateTime from;              // UTC, on a whole minute: the first minute
    int minutes = 0;             // how many minutes from `from`
    QList<QList<double>> usage;  // [gpu][minute], percent, -1: gap
    QList<QList<double>> memory; // [gpu][minute], percent, -1: gap
    Source source = Source::None;

    int gpuCount() const { return int(usage.size()); }
    QDateTime minuteAt(int m) const { return from.addSecs(60 * qint64(m)); }
    bool hasData() const;
    // Over every known use value of every GPU; -1 when there is none.
    double averageUsage() const;
    double highestUsage() const;

    // A series of `minutes` minutes from `from` (floored to the minute) out
    // of archive rows (one instance). Several rows in one minute merge as in
    // GpuHistory: the highest value, and "unknown" wins over a value.
    static GpuSeries fromRows(const QList<GpuSampleRow> &rows, const QDateTime &from, int minutes);
    // The minute a time falls in, as seconds since the epoch / 60.
    static qint64 minuteOf(const QDateTime &at) { return at.toSecsSinceEpoch() / 60; }
    static QDateTime minuteStart(qint64 minute)
    {
        return QDateTime::fromSecsSinceEpoch(minute * 60, Qt::UTC);
    }
    // Merge rule of two readings of one GPU in one minute.
    static double merged(double a, double b) { return a < 0 || b < 0 ? -1 : qMax(a, b); }
};

} // namespace compshare
