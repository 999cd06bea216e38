// SPDX-License-Identifier: MIT
// The texts of the "Auto-stop" column: a countdown to the scheduled stop
// ("in 1 h 20 m"), nothing when none is set, "—" for spot instances (which
// cannot have one) with a tooltip saying why. Kept out of InstanceTableModel.
#pragma once

#include "api/Instance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace compshare {

class AutoStopText
{
    Q_DECLARE_TR_FUNCTIONS(AutoStopText)

public:
    // The Auto-stop column's cell data for the roles it answers itself.
    static bool hasRole(int role);
    static QVariant data(const Instance &instance, int role, const QDateTime &now);

    static QString title();
    static QString columnToolTip();
    // "in 1 h 20 m", "in 45 m", "in 2 d 3 h", "in < 1 m", "due"; "" unset; "—" spot.
    static QString countdown(const Instance &instance, const QDateTime &now);
    // A duration alone, rounded down: "1 h 20 min" (CostText::duration).
    static QString duration(qint64 secs);
    static QString toolTip(const Instance &instance, const QDateTime &now);
    // Seconds left (sorting): unset sorts after every set one, spot last.
    static QVariant sortValue(const Instance &instance, const QDateTime &now);
    // "18:00", or "Mon 18:00" when not today, in local time.
    static QString clockTime(const QDateTime &at, const QDateTime &now);
};

} // namespace compshare
