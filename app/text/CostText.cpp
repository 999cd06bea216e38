// SPDX-License-Identifier: MIT
#include "text/CostText.h"

#include "base/Bounds.h"
#include "base/SentenceJoin.h"
#include "text/BillText.h"
#include "text/InstanceText.h"

#include <QLocale>
#include <QStringList>

namespace compshare {

QString CostText::money(double yuan, int decimals)
{
    //: An amount of money in yuan, no unit of time
    return tr("¥%1").arg(QLocale().toString(yuan, 'f', decimals));
}

QString CostText::duration(qint64 secs)
{
    const QLocale l;
    if (secs < 60)
        return tr("< 1 min");
    const qint64 minutes = secs / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0) {
        //: days and hours, e.g. "4 d 21 h"
        return tr("%1 d %2 h").arg(l.toString(days), l.toString(hours % 24));
    }
    if (hours > 0) {
        //: hours and minutes, e.g. "3 h 12 min"
        return tr("%1 h %2 min").arg(l.toString(hours), l.toString(minutes % 60));
    }
    return tr("%1 min").arg(l.toString(minutes));
}

QString CostText::shortDate(const QDateTime &at, const QDateTime &now)
{
    const QDate date = at.toLocalTime().date();
    if (date.year() != now.toLocalTime().date().year())
        //: Date format (Qt QDate::toString) with the year, for "expired 21 Sep 2026";
        //: Chinese: yyyy年M月d日
        return QLocale().toString(date, tr("d MMM yyyy"));
    //: Date format (Qt QDate::toString) for "prepaid to 21 Sep"; Chinese: M月d日
    return QLocale().toString(date, tr("d MMM"));
}

QString CostText::expiresField(const Instance &i, const QDateTime &now)
{
    if (BillingRules::kind(i.chargeType) != BillingKind::Prepaid)
        return QStringLiteral("—"); // only prepaid instances expire
    if (BillingRules::isExpired(i, now)) {
        if (i.expires.isValid())
            //: details: a prepaid instance past its expiry date
            return tr("expired %1").arg(shortDate(i.expires, now));
        return tr("expired");
    }
    if (!i.expires.isValid())
        return QStringLiteral("—");
    return QLocale().toString(i.expires.toLocalTime(), QLocale::ShortFormat);
}

QString CostText::autoRenewField(const Instance &i)
{
    if (BillingRules::kind(i.chargeType) != BillingKind::Prepaid)
        return QStringLiteral("—");
    if (!i.autoRenewKnown)
        //: Auto-renew: CompShare did not say (AutoRenew missing or not Yes/No)
        return tr("unknown");
    return i.autoRenew ? tr("Yes") : tr("No");
}

QString CostText::stopSaving(const Instance &i, const PriceCheck &check)
{
    const StopSaving saving = BillingRules::stopSaving(i, check);
    if (saving.kind == StopSaving::Kind::NoPrice)
        //: a running pay-as-you-go instance that came without InstancePrice
        return tr("CompShare sent no price for this instance, so what stopping it saves is not "
                  "known.");
    if (saving.kind != StopSaving::Kind::Compute)
        return {};
    const QString kept = BillText::stoppedCharges(BillingRules::stoppedBill(i, check));
    if (kept.isEmpty())
        //: %1 what stopping saves per hour; the API listed nothing that keeps charging
        return tr("Stopping saves %1; CompShare reports no disk or image price that keeps "
                  "charging.")
            .arg(InstanceText::pricePerHour(saving.perHour));
    //: %1 what stopping saves per hour; %2 the named parts that keep charging, e.g.
    //: "disks ¥0.07/h and image ¥0.10/h"
    return tr("Stopping saves %1; still charged: %2.")
        .arg(InstanceText::pricePerHour(saving.perHour), kept);
}

QString CostText::costNow(const Instance &i, const QDateTime &now, const PriceCheck &check)
{
    const CostNow c = BillingRules::costNow(i, check);
    switch (c.kind) {
    case CostNow::Kind::Running:
        return BillText::perHour(c.figure);
    case CostNow::Kind::StoppedDisks:
        if (!c.figure.isExact())
            return BillText::perHour(c.figure); // "at least ¥0.10/h", or "—"
        if (c.bill.image.knownPerHour > 0)
            //: Cost now of a stopped pay-as-you-go instance: its disks and image per hour
            return tr("%1 disks + image").arg(InstanceText::pricePerHour(c.figure.value));
        //: Cost now of a stopped pay-as-you-go instance: its disks per hour
        return tr("%1 disks").arg(InstanceText::pricePerHour(c.figure.value));
    case CostNow::Kind::StoppedSpot:
        //: A stopped spot instance: not covered by "no charge while stopped"
        return tr("not free when stopped");
    case CostNow::Kind::Prepaid:
        if (BillingRules::isExpired(i, now))
            return expiresField(i, now);
        if (i.expires.isValid())
            return tr("prepaid to %1").arg(shortDate(i.expires, now));
        return tr("prepaid");
    case CostNow::Kind::Unknown:
        break;
    }
    return QStringLiteral("—");
}

QString CostText::uptime(const Instance &i, const QDateTime &now, const PriceCheck &check)
{
    if (BillingRules::costNow(i, check).kind != CostNow::Kind::Running || !i.started.isValid() ||
        i.started > now)
        return {};
    const QString up = duration(i.started.secsTo(now));
    const CostFigure soFar = BillingRules::costSinceStart(i, now, check);
    switch (soFar.certainty) {
    case CostFigure::Certainty::Exact:
        //: running time since StartTime, and what it cost since then
        return tr("Up %1 · %2 so far").arg(up, money(soFar.value));
    case CostFigure::Certainty::AtLeast:
        //: running time since StartTime, and a lower bound of what it cost since then
        return tr("Up %1 · at least %2 so far").arg(up, money(soFar.value));
    case CostFigure::Certainty::None:
        break;
    }
    //: running time since StartTime; what it cost is not known (no price)
    return tr("Up %1").arg(up);
}

namespace {
// " (estimate)" in English, "（估算）" in Chinese: no space before CJK punctuation.
QString estimateNote(bool estimated)
{
    if (!estimated)
        return {};
    //: the reclaim time is worked out from StopTime (12:00 on day 7), as the API sent no
    //: ReleaseTime
    const QString note = CostText::tr("(estimate)");
    return SentenceJoin::isCjkPunctuation(note.front()) ? note : QLatin1Char(' ') + note;
}
} // namespace

QString CostText::reclaim(const Instance &i, const QDateTime &now)
{
    const QString left = reclaimShort(i, now);
    if (left.isEmpty())
        return {};
    QString text;
    if (i.stopped.isValid())
        text = tr("Stopped %1").arg(duration(qMax<qint64>(0, i.stopped.secsTo(now))));
    else
        text = tr("Stopped");
    return text + QStringLiteral(" · ") + left;
}

QString CostText::reclaimShort(const Instance &i, const QDateTime &now)
{
    const ReclaimDeadline d = BillingRules::reclaimDeadline(i);
    if (!d.isValid())
        return {};
    const qint64 left = now.secsTo(d.at);
    QString text;
    if (left > 0)
        //: time left before CompShare reclaims (deletes) the stopped instance
        text = tr("reclaimed in %1").arg(duration(left));
    else
        text = tr("due for reclaim now");
    text += estimateNote(d.estimated);
    return text;
}

QString CostText::dateTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString CostText::spotDataShort(const Instance &i, const QDateTime &now)
{
    const QDateTime until = BillingRules::spotDataKeptUntil(i);
    if (!until.isValid())
        return {};
    const qint64 left = now.secsTo(until);
    if (left <= 0)
        //: a stopped spot instance: the 7 days its data is kept are over
        return tr("data kept until %1").arg(dateTime(until));
    //: a stopped spot instance: how long CompShare still keeps its data
    return tr("data kept %1").arg(duration(left));
}

QString CostText::spotData(const Instance &i, const QDateTime &now)
{
    const QDateTime until = BillingRules::spotDataKeptUntil(i);
    if (!until.isValid())
        return {};
    //: %1 days (7), %2 a date and time, %3 the time left
    // Said of any stopped spot instance: the cause of the stop is the
    // operation owner's to say (a stop of ours, or a reclaim), not this line's.
    return tr("CompShare keeps a stopped spot instance's data for %1 days: until %2 "
              "(%3 left). Start it before then to keep it.")
        .arg(QLocale().toString(bounds::kSpotDataKeptDays), dateTime(until),
             duration(qMax<qint64>(0, now.secsTo(until))));
}

QString CostText::expiry(const Instance &i, const QDateTime &now)
{
    if (BillingRules::kind(i.chargeType) != BillingKind::Prepaid)
        return {};
    const QString kind = InstanceText::charge(i.chargeType, i.rawChargeType);
    QString text;
    if (BillingRules::isExpired(i, now) && i.expires.isValid())
        //: %1 billing type, %2 the expiry date, e.g. "21 Sep 2026"
        text = tr("Prepaid (%1), expired %2").arg(kind, shortDate(i.expires, now));
    else if (BillingRules::isExpired(i, now))
        text = tr("Prepaid (%1), expired").arg(kind);
    else if (i.expires.isValid())
        text = tr("Prepaid (%1) until %2")
                   .arg(kind, QLocale().toString(i.expires.toLocalTime(), QLocale::ShortFormat));
    else
        text = tr("Prepaid (%1)").arg(kind);
    if (i.autoRenewKnown)
        text += QStringLiteral(" · ") +
                (i.autoRenew ? tr("renews automatically") : tr("does not renew automatically"));
    else
        text += QStringLiteral(" · ") + tr("auto-renew unknown");
    if (BillingRules::isExpired(i, now))
        text += QStringLiteral(" · ") +
                tr("renew it, or CompShare reclaims it (its data cannot be recovered)");
    else if (BillingRules::expiryWarning(i, now))
        text += QStringLiteral(" · ") + tr("expires in %1: renew it or it will be reclaimed")
                                            .arg(duration(qMax<qint64>(0, now.secsTo(i.expires))));
    return text;
}

QString CostText::costNowToolTip(const Instance &i, const QDateTime &now, const PriceCheck &check)
{
    const CostNow c = BillingRules::costNow(i, check);
    QStringList lines;
    switch (c.kind) {
    case CostNow::Kind::Running:
        lines << BillText::partLines(c.bill);
        if (i.chargeType == ChargeType::Postpay)
            lines << stopSaving(i, check);
        else
            lines << tr("Spot: not covered by \"no charge while stopped\".");
        lines << uptime(i, now, check);
        break;
    case CostNow::Kind::StoppedDisks:
        lines << tr("Stopped pay as you go: CPU, GPU and memory are not charged.");
        lines << BillText::partLines(c.bill);
        lines << reclaim(i, now);
        if (const ReclaimDeadline d = BillingRules::reclaimDeadline(i); d.estimated)
            //: %1 the day (7), %2 the hour (12), %3 the estimated date and time
            lines << tr("CompShare gave no reclaim time: a pay-as-you-go instance stopped for a "
                        "week is reclaimed at %2:00 (China time) on day %1 after the stop, so "
                        "%3 at the earliest.")
                         .arg(QLocale().toString(bounds::kReclaimDay),
                              QLocale().toString(bounds::kReclaimHour), dateTime(d.at));
        break;
    case CostNow::Kind::StoppedSpot:
        lines << tr("Spot instances are not covered by \"no charge while stopped\", and "
                    "CompShare reports no price for a stopped one. Release (delete) it to stop "
                    "paying.");
        if (const QString data = spotData(i, now); !data.isEmpty())
            lines << data;
        break;
    case CostNow::Kind::Prepaid:
        lines << expiry(i, now);
        // The price with its period and where it came from; unverified when
        // the price action did not confirm it.
        lines << BillText::instancePriceSource(i, check);
        lines << tr("Paid in advance: stopping saves nothing; not counted in the hourly burn.");
        break;
    case CostNow::Kind::Unknown:
        lines << tr("The billing type or state is not known: no cost is claimed, and it is "
                    "left out of every total.");
        break;
    }
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

double CostText::gpuAverage(const Instance &i)
{
    // Live or nothing: a stopped or transitional instance's MonitorMessages
    // are the last reading before it stopped, not its use now.
    if (i.state != InstanceState::Running || !i.monitor.hasGpuData())
        return -1;
    double sum = 0;
    int n = 0;
    for (const GpuUsage &g : i.monitor.gpus) {
        if (g.usageRate >= 0) {
            sum += g.usageRate;
            ++n;
        }
    }
    return n > 0 ? sum / n : -1;
}

double CostText::gpuMax(const Instance &i)
{
    if (gpuAverage(i) < 0)
        return -1;
    double max = -1;
    for (const GpuUsage &g : i.monitor.gpus)
        max = qMax(max, g.usageRate);
    return i.monitor.hasGpuData() ? max : -1;
}

QString CostText::gpuUtil(const Instance &i)
{
    const double avg = gpuAverage(i);
    if (avg < 0)
        return QStringLiteral("—");
    //: GPU utilisation in percent
    return tr("%1 %").arg(QLocale().toString(avg, 'f', 0));
}

QString CostText::gpuUtilToolTip(const Instance &i)
{
    if (i.state != InstanceState::Running)
        //: GPU use of an instance that is not running: no live figure
        return tr("Not running: no live GPU use, and no idleness is claimed.");
    if (gpuAverage(i) < 0)
        return tr("CompShare sent no GPU utilisation for this instance: no idleness is "
                  "claimed.");
    const QLocale l;
    QStringList lines;
    lines << tr("Average %1 %, maximum %2 %")
                 .arg(l.toString(gpuAverage(i), 'f', 0), l.toString(gpuMax(i), 'f', 0));
    for (const GpuUsage &g : i.monitor.gpus) {
        const QString rate =
            g.usageRate < 0 ? QStringLiteral("—") : tr("%1 %").arg(l.toString(g.usageRate, 'f', 0));
        const QString mem = g.memoryRate < 0 ? QStringLiteral("—")
                                             : tr("%1 %").arg(l.toString(g.memoryRate, 'f', 0));
        //: one GPU: its index, utilisation and memory use
        lines << tr("GPU %1: %2, memory %3").arg(g.gpu, rate, mem);
    }
    return lines.join(QLatin1Char('\n'));
}

QString CostText::idleBadge(const QDateTime &since, const QDateTime &now)
{
    //: badge on an instance whose GPUs have been idle for a while
    return tr("Idle %1").arg(duration(since.secsTo(now)));
}

QString CostText::burn(const BurnTotals &t)
{
    const CostFigure all = t.figure();
    if (!all.hasValue())
        //: status bar: nothing has a known hourly cost, but some instances' cost is unknown
        return tr("Paying —");
    if (all.isExact() && t.stoppedCount > 0)
        //: status bar: the hourly cost of everything pay-as-you-go, and the part for stopped
        //: instances' disks
        return tr("Paying %1 (%2 for stopped instances)")
            .arg(InstanceText::pricePerHour(t.perHour),
                 InstanceText::pricePerHour(t.stoppedPerHour));
    if (all.isExact())
        return tr("Paying %1").arg(InstanceText::pricePerHour(t.perHour));
    if (t.stoppedCount > 0)
        //: status bar: a lower bound (some prices are not given); %2 the part for stopped
        //: instances, e.g. "¥0.12/h" or "at least ¥0.12/h"
        return tr("Paying at least %1 (%2 for stopped instances)")
            .arg(InstanceText::pricePerHour(t.perHour), BillText::perHour(t.stoppedFigure()));
    //: status bar: a lower bound of the hourly cost (some prices are not given)
    return tr("Paying at least %1").arg(InstanceText::pricePerHour(t.perHour));
}

QString CostText::perDay(const BurnTotals &t)
{
    const CostFigure all = t.figure();
    if (!all.hasValue())
        return tr("≈ —/day");
    if (!all.isExact())
        //: the hourly lower bound projected over 24 hours
        return tr("at least %1/day").arg(money(t.perDay()));
    //: the hourly burn projected over 24 hours
    return tr("≈ %1/day").arg(money(t.perDay()));
}

QString CostText::prepaid(const BurnTotals &t)
{
    if (t.prepaidCount == 0)
        return {};
    QStringList flags;
    if (t.prepaidExpired > 0)
        //: status bar, in "5 prepaid (1 expired, 2 expiring)"
        flags << tr("%1 expired").arg(QLocale().toString(t.prepaidExpired));
    if (t.prepaidExpiring > 0)
        //: status bar, in "5 prepaid (1 expired, 2 expiring)": expire soon without auto-renew
        flags << tr("%1 expiring").arg(QLocale().toString(t.prepaidExpiring));
    if (!flags.isEmpty())
        //: %Ln prepaid instances; %1 "1 expired, 2 expiring"
        return tr("%Ln prepaid (%1)", nullptr, t.prepaidCount)
            .arg(flags.join(tr(", ", "list separator")));
    return tr("%Ln prepaid", nullptr, t.prepaidCount);
}

QString CostText::leftOutShort(const BurnTotals &t)
{
    const int reasons = (t.partialCount > 0) + (t.noPriceCount > 0) + (t.stoppedSpotCount > 0) +
                        (t.unknownCount > 0);
    if (reasons <= 1)
        return leftOut(t); // one reason: said in full
    QStringList parts;
    if (t.leftOut() > 0)
        //: status bar, short: instances left out of the figures (the tooltip says why)
        parts << tr("%Ln instance(s) not counted", nullptr, t.leftOut());
    if (t.partialCount > 0)
        //: status bar, short: instances whose known prices only are in the figures
        parts << tr("%Ln instance(s) counted in part", nullptr, t.partialCount);
    return parts.join(tr(", ", "list separator"));
}

QString CostText::leftOut(const BurnTotals &t)
{
    QStringList parts;
    if (t.partialCount > 0)
        //: status bar: instances whose bill has a part CompShare did not give (a disk or
        //: image price); their known parts are in the figures
        parts << tr("%Ln instance(s) counted in part (a price not given)", nullptr, t.partialCount);
    if (t.noPriceCount > 0)
        //: status bar: instances paying by the hour whose price CompShare did not give
        parts << tr("%Ln instance(s) without a price, not counted", nullptr, t.noPriceCount);
    if (t.stoppedSpotCount > 0)
        //: status bar: stopped spot instances are not free, and CompShare reports no price
        parts << tr("%Ln stopped spot instance(s) without a price, not counted", nullptr,
                    t.stoppedSpotCount);
    if (t.unknownCount > 0)
        //: status bar: instances whose billing type or state is not known
        parts << tr("%Ln instance(s) with unknown billing, not counted", nullptr, t.unknownCount);
    return parts.join(tr(", ", "list separator"));
}

QString CostText::burnToolTip(const BurnTotals &t)
{
    QStringList lines;
    // A sum over no instance is not shown: with billing unknown, "¥0.00" would be a claim.
    if (t.runningCount > 0)
        lines << tr("Running pay as you go and spot: %1 (%Ln instance(s))", nullptr, t.runningCount)
                     .arg(InstanceText::pricePerHour(t.runningPerHour));
    if (t.stoppedCount > 0)
        lines << tr("Stopped pay as you go, disks and images: %1 (%Ln instance(s))", nullptr,
                    t.stoppedCount)
                     .arg(InstanceText::pricePerHour(t.stoppedPerHour));
    const CostFigure all = t.figure();
    if (all.isExact())
        lines << tr("Total %1, about %2 per day at this rate")
                     .arg(InstanceText::pricePerHour(t.perHour), money(t.perDay()));
    else if (all.hasValue())
        //: the total is a lower bound: some prices are not given or instances are left out
        lines << tr("Total at least %1, at least %2 per day at this rate")
                     .arg(InstanceText::pricePerHour(t.perHour), money(t.perDay()));
    if (t.prepaidCount > 0)
        lines << tr("Prepaid (hourly, daily, monthly, yearly): %Ln instance(s), already paid, "
                    "not in the hourly figure",
                    nullptr, t.prepaidCount);
    if (t.prepaidExpired > 0)
        lines << tr("%Ln prepaid instance(s) expired: renew them or CompShare reclaims them",
                    nullptr, t.prepaidExpired);
    if (t.prepaidExpiring > 0)
        lines << tr("%Ln prepaid instance(s) expire within 3 days without auto-renew", nullptr,
                    t.prepaidExpiring);
    if (t.partialCount > 0)
        lines << tr("%Ln instance(s) counted in part: a disk or image price is not given, so "
                    "only the prices CompShare gave are added",
                    nullptr, t.partialCount);
    if (t.noPriceCount > 0)
        lines << tr("%Ln instance(s) paying by the hour without a price: not counted", nullptr,
                    t.noPriceCount);
    if (t.stoppedSpotCount > 0)
        lines << tr("%Ln stopped spot instance(s): not free while stopped, no price reported",
                    nullptr, t.stoppedSpotCount);
    if (t.unknownCount > 0)
        lines << tr("%Ln instance(s) with unknown billing, not counted", nullptr, t.unknownCount);
    return lines.join(QLatin1Char('\n'));
}

QString CostText::idleNotification(const Instance &i, const QDateTime &since, const QDateTime &now,
                                   const PriceCheck &check)
{
    const CostFigure figure = BillingRules::runningBill(i, check).figure();
    if (!figure.hasValue())
        //: idle notification: name, how long the GPUs were idle (no price known)
        return tr("%1: GPU idle %2 — Stop…").arg(displayName(i), duration(since.secsTo(now)));
    //: idle notification: name, how long the GPUs were idle, what it costs per hour
    return tr("%1: GPU idle %2, %3 — Stop…")
        .arg(displayName(i), duration(since.secsTo(now)), BillText::perHour(figure));
}

QString CostText::reclaimNotificationTitle()
{
    return tr("Stopped instance about to be reclaimed");
}

QString CostText::reclaimNotification(const Instance &i, const QDateTime &now)
{
    const ReclaimDeadline d = BillingRules::reclaimDeadline(i);
    const QString left = duration(qMax<qint64>(0, now.secsTo(d.at)));
    //: %1 instance name, %2 time left; reclaimed = deleted by CompShare for good
    //: %1 instance name, %2 time left, %3 " (estimate)" or nothing
    return tr("%1 has been stopped for almost a week: CompShare reclaims it in %2%3, and it "
              "cannot be recovered. Start it to keep it.")
        .arg(displayName(i), left, estimateNote(d.estimated));
}

} // namespace compshare
