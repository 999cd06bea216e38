// SPDX-License-Identifier: MIT
#include "model/AutoStopText.h"

#include "model/InstanceTableModel.h"

#include <QLocale>

namespace compshare {

bool AutoStopText::hasRole(int role)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole ||
           role == InstanceTableModel::RawValueRole;
}

QVariant AutoStopText::data(const Instance &instance, int role, const QDateTime &now)
{
    if (role == Qt::ToolTipRole)
        return toolTip(instance, now);
    if (role == InstanceTableModel::RawValueRole)
        return sortValue(instance, now);
    if (role == Qt::AccessibleTextRole && instance.isSpot())
        return tr("not available for spot instances");
    return countdown(instance, now);
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
    const qint64 minutes = (secs + 59) / 60; // round up: "in 1 m" until it is due
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        //: Countdown: days and hours, e.g. "2 d 3 h"
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        //: Countdown: hours and minutes, e.g. "1 h 20 m"
        return tr("%1 h %2 m").arg(hours).arg(mins);
    //: Countdown: minutes, e.g. "45 m"
    return tr("%1 m").arg(mins);
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
    if (secs < 60)
        return tr("in < 1 m");
    //: Countdown to the scheduled stop; %1 is e.g. "1 h 20 m"
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

QString AutoStopText::toolTip(const Instance &instance, const QDateTime &now)
{
    if (instance.isSpot())
        return tr("Spot instances cannot have a scheduled stop: the platform may reclaim them at "
                  "any time, and CompShare refuses a schedule for them.");
    if (!instance.scheduledStop.isValid())
        return tr("No scheduled stop. Schedule one with Instance ▸ Schedule stop… (Ctrl+Shift+T).");
    //: %1 is a time like 18:00 or Mon 1 Dec 18:00
    return tr("CompShare stops this instance at %1, even when the console is closed.")
        .arg(clockTime(instance.scheduledStop, now));
}

QVariant AutoStopText::sortValue(const Instance &instance, const QDateTime &now)
{
    constexpr qint64 kUnset = qint64(1) << 40;
    if (instance.isSpot())
        return kUnset + 1;
    if (!instance.scheduledStop.isValid())
        return kUnset;
    return now.secsTo(instance.scheduledStop);
}

} // namespace compshare
