// SPDX-License-Identifier: MIT
// The texts of the "Auto-stop" column: a countdown to the scheduled stop
// ("in 1 h 20 m"), stop when idle ("idle-stop · 30 min"; both set: "in 1 h
// 20 min · idle 30 min"), nothing when neither is set, "—" for spot
// instances (which can have neither) with a tooltip saying why. The whole
// text is in the tooltip and the accessible text. Kept out of
// InstanceTableModel.
#pragma once

#include "domain/Instance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace compshare {

class AutoStopText
{
    Q_DECLARE_TR_FUNCTIONS(AutoStopText)

public:
    // What the cell shows: the countdown, stop when idle, or both.
    static QString cellText(const Instance &instance, const QDateTime &now, int idleStopMinutes);
    // "Stop when idle: stops it after its GPUs have been idle for 30 min…"
    static QString idleStopSentence(int idleStopMinutes);

    static QString title();
    static QString columnToolTip();
    // "in 1 h 20 m", "in 45 m", "in 2 d 3 h", "in < 1 m", "due"; "" unset; "—" spot.
    static QString countdown(const Instance &instance, const QDateTime &now);
    // A duration alone, rounded down: "1 h 20 min" (CostText::duration).
    static QString duration(qint64 secs);
    static QString toolTip(const Instance &instance, const QDateTime &now, int idleStopMinutes = 0);
    static QString accessibleText(const Instance &instance, const QDateTime &now,
                                  int idleStopMinutes);
    // Seconds left (sorting): then stop when idle alone, then unset, spot last.
    static QVariant sortValue(const Instance &instance, const QDateTime &now,
                              int idleStopMinutes = 0);
    // "18:00", or "Mon 18:00" when not today, in local time.
    static QString clockTime(const QDateTime &at, const QDateTime &now);
};

} // namespace compshare
