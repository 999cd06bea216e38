// SPDX-License-Identifier: MIT
#include "model/AutoStopText.h"

#include "billing/CostText.h"
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
    if (role == Qt::AccessibleTextRole && !instance.scheduledStop.isValid())
        //: what a screen reader says for an empty Auto-stop cell
        return tr("no scheduled stop");
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
