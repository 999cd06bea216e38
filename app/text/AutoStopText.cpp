// SPDX-License-Identifier: MIT
#include "text/AutoStopText.h"

#include "text/CostText.h"

#include <QLocale>

namespace compshare {

QString AutoStopText::cellText(const Instance &instance, const QDateTime &now, int idleStopMinutes)
{
    const QString scheduled = countdown(instance, now);
    if (idleStopMinutes <= 0 || instance.isSpot())
        return scheduled;
    const QString idle = duration(qint64(idleStopMinutes) * 60);
    if (scheduled.isEmpty())
        //: Auto-stop column: stop when idle is on; %1 the idle time, e.g. "30 min"
        return tr("idle-stop · %1").arg(idle);
    //: Auto-stop column, both set: %1 the countdown ("in 1 h 20 min"), %2 the idle
    //: time of stop when idle ("30 min"). Keep it short: the column is narrow.
    return tr("%1 · idle %2").arg(scheduled, idle);
}

QString AutoStopText::idleStopSentence(int idleStopMinutes)
{
    //: %1 an idle time, e.g. "30 min"
    return tr("Stop when idle: stops it after its GPUs have been idle for %1, while the console "
              "runs (Instance ▸ Stop when idle…, Ctrl+Shift+I).")
        .arg(duration(qint64(idleStopMinutes) * 60));
}

QString AutoStopText::accessibleText(const Instance &instance, const QDateTime &now,
                                     int idleStopMinutes)
{
    if (instance.isSpot())
        return tr("not available for spot instances");
    const bool scheduled = instance.scheduledStop.isValid();
    if (idleStopMinutes <= 0)
        //: what a screen reader says for an empty Auto-stop cell
        return scheduled ? countdown(instance, now) : tr("no scheduled stop");
    const QString idle = duration(qint64(idleStopMinutes) * 60);
    if (!scheduled)
        //: screen reader, Auto-stop cell: %1 an idle time, e.g. "30 min"
        return tr("no scheduled stop; stops when idle for %1").arg(idle);
    //: screen reader, Auto-stop cell: %1 the countdown ("in 1 h 20 min"), %2 an idle time
    return tr("scheduled stop %1; stops when idle for %2").arg(countdown(instance, now), idle);
}

QString AutoStopText::title()
{
    //: Column title: when the server-side scheduled stop happens
    return tr("Auto-stop");
}

QString AutoStopText::columnToolTip()
{
    return tr("Time left until CompShare stops the instance by its schedule (works while the "
              "console is closed)");
}

QString AutoStopText::duration(qint64 secs)
{
    // One way to write a duration in the whole console (CostText's), and
    // rounded down: a countdown never says more time is left than there is.
    return CostText::duration(secs);
}

QString AutoStopText::countdown(const Instance &instance, const QDateTime &now)
{
    if (instance.isSpot())
        return QStringLiteral("—");
    if (!instance.scheduledStop.isValid())
        return {};
    const qint64 secs = now.secsTo(instance.scheduledStop);
    if (secs <= 0)
        //: Auto-stop column: the scheduled time has come, the stop is under way
        return tr("due");
    //: Countdown to the scheduled stop; %1 is e.g. "1 h 20 min" or "< 1 min"
    return tr("in %1").arg(duration(secs));
}

QString AutoStopText::clockTime(const QDateTime &at, const QDateTime &now)
{
    const QDateTime local = at.toLocalTime();
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == now.toLocalTime().date())
        return time;
    return QLocale().toString(local.date(), QStringLiteral("ddd d MMM")) + QLatin1Char(' ') + time;
}

QString AutoStopText::toolTip(const Instance &instance, const QDateTime &now, int idleStopMinutes)
{
    if (instance.isSpot())
        return tr("Spot instances cannot have a scheduled stop: the platform may reclaim them at "
                  "any time, and CompShare refuses a schedule for them.");
    const QString scheduled =
        !instance.scheduledStop.isValid()
            ? tr("No scheduled stop. Schedule one with Instance ▸ Schedule stop… (Ctrl+Shift+T).")
            //: %1 is a time like 18:00 or Mon 1 Dec 18:00
            : tr("CompShare stops this instance at %1, even when the console is closed.")
                  .arg(clockTime(instance.scheduledStop, now));
    if (idleStopMinutes <= 0)
        return scheduled;
    return idleStopSentence(idleStopMinutes) + QLatin1Char('\n') + scheduled;
}

QVariant AutoStopText::sortValue(const Instance &instance, const QDateTime &now,
                                 int idleStopMinutes)
{
    constexpr qint64 kUnset = qint64(1) << 40;
    if (instance.isSpot())
        return kUnset + 1;
    if (!instance.scheduledStop.isValid())
        return idleStopMinutes > 0 ? kUnset - 1 : kUnset;
    return now.secsTo(instance.scheduledStop);
}

} // namespace compshare
