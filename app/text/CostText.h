// SPDX-License-Identifier: MIT
// Every user-visible text about cost, reclaim, expiry and GPU use, built from
// BillingRules and GpuIdleTracker verdicts, so the Cost now column, the
// details pane, the status bar, the summary and the notifications agree.
#pragma once

#include "domain/BillingRules.h"
#include "domain/Instance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace compshare {

class CostText final
{
    Q_DECLARE_TR_FUNCTIONS(CostText)

public:
    // "¥2.18" (an amount, no unit); "¥0.0125" with 4 decimals.
    static QString money(double yuan, int decimals = 2);
    // "4 d 21 h", "3 h 12 min", "45 min", "< 1 min".
    static QString duration(qint64 secs);
    // "21 Sep", or "21 Sep 2026" when it is not in now's year (translatable formats).
    static QString shortDate(const QDateTime &at, const QDateTime &now);

    // Running pay as you go: "Stopping saves ¥2.96/h; still charged: disks
    // ¥0.07/h and image ¥0.10/h."; without an InstancePrice, that the saving
    // is not known; empty for any other instance.
    // Each text about one instance's money reads its bill with the price
    // action's word on it (PriceCheck; none: the listing alone).
    static QString stopSaving(const Instance &i, const PriceCheck &check = {});

    // The Cost now column: "¥2.18/h", "at least ¥0.10/h", "¥0.07/h disks",
    // "prepaid to 21 Sep", "expired 21 Sep 2026", "—", ...
    static QString costNow(const Instance &i, const QDateTime &now, const PriceCheck &check = {});
    // The Expires and Auto-renew details: "—" unless prepaid; "unknown" when
    // AutoRenew was not sent.
    static QString expiresField(const Instance &i, const QDateTime &now);
    static QString autoRenewField(const Instance &i);
    // Its tooltip: what the figure is made of and where each part came from,
    // uptime, reclaim, expiry; the listing's figures marked unverified when
    // the price action did not confirm them.
    static QString costNowToolTip(const Instance &i, const QDateTime &now,
                                  const PriceCheck &check = {});
    // Running pay as you go / spot: "Up 3 h 12 min · ¥6.98 so far" (or "at
    // least ¥6.00 so far", or only the time without a figure); empty otherwise.
    static QString uptime(const Instance &i, const QDateTime &now, const PriceCheck &check = {});
    // Stopped pay as you go: "Stopped 2 d · reclaimed in 4 d 21 h" (+ "(estimate)").
    static QString reclaim(const Instance &i, const QDateTime &now);
    // The same, short, for the Cost now cell: "reclaimed in 4 d 21 h" (+ "(estimate)").
    static QString reclaimShort(const Instance &i, const QDateTime &now);
    // Stopped spot: "data kept 6 d 3 h" (a reclaimed spot instance's data is kept
    // 7 days from its StopTime); empty otherwise.
    static QString spotDataShort(const Instance &i, const QDateTime &now);
    // The whole sentence, for tooltips and details.
    static QString spotData(const Instance &i, const QDateTime &now);
    // "21 Sep 12:00" in local time.
    static QString dateTime(const QDateTime &at);
    // Prepaid: "Prepaid (Monthly) until 21 Sep 2026, renews automatically" etc.
    static QString expiry(const Instance &i, const QDateTime &now);

    // GPU utilisation: "37 %" (average of all GPUs); "—" without data and
    // whenever the instance is not Running (live or nothing).
    static QString gpuUtil(const Instance &i);
    static QString gpuUtilToolTip(const Instance &i);
    // Average over GPUs with a reading; -1 without data.
    static double gpuAverage(const Instance &i);
    static double gpuMax(const Instance &i);
    // "Idle 45 min".
    static QString idleBadge(const QDateTime &since, const QDateTime &now);

    // Status bar.
    // "Paying ¥41.20/h (¥0.84/h for stopped instances)", "Paying at least ¥41.20/h", "Paying —"
    static QString burn(const BurnTotals &t);
    static QString perDay(const BurnTotals &t);  // "≈ ¥988.80/day", "at least ¥988.80/day"
    static QString prepaid(const BurnTotals &t); // "2 prepaid (1 expiring)"
    // What the figures leave out or count in part, and why: "1 instance counted
    // in part (a price not given), 2 stopped spot instances without a price,
    // not counted"; empty when the figures are whole.
    static QString leftOut(const BurnTotals &t);
    // The same for the status bar: in full for one reason, else only the
    // counts ("2 instances not counted, 3 counted in part"); leftOut in its tooltip.
    static QString leftOutShort(const BurnTotals &t);
    static QString burnToolTip(const BurnTotals &t);

    // Notifications.
    static QString idleNotification(const Instance &i, const QDateTime &since, const QDateTime &now,
                                    const PriceCheck &check = {});
    static QString reclaimNotificationTitle();
    static QString reclaimNotification(const Instance &i, const QDateTime &now);

    static QString displayName(const Instance &i) { return i.name.isEmpty() ? i.id : i.name; }
};

} // namespace compshare
