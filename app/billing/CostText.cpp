// SPDX-License-Identifier: MIT
#include "billing/CostText.h"

#include "core/Bounds.h"
#include "core/SentenceJoin.h"
#include "model/InstanceText.h"

#include <QLocale>
#include <QStringList>

namespace compshare {

QString CostText::money(double yuan)
{
    //: An amount of money in yuan, no unit of time
    return tr("¥%1").arg(QLocale().toString(yuan, 'f', 2));
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

QString CostText::periodicAmount(const PricedResource &r)
{
    switch (chargeTypeFromApi(r.chargeType)) {
    case ChargeType::Day:
        //: a disk billed by the day, e.g. "¥1.20/day"
        return tr("%1/day").arg(money(r.price));
    case ChargeType::Month:
        //: a disk billed by the month, e.g. "¥30.00/month"
        return tr("%1/month").arg(money(r.price));
    case ChargeType::Year:
        //: a disk billed by the year, e.g. "¥300.00/year"
        return tr("%1/year").arg(money(r.price));
    default:
        break;
    }
    //: a price the API gives without a unit; %2 is its billing type as sent
    return tr("%1 (billed %2; the API gives no unit)").arg(money(r.price), r.chargeType.left(20));
}

QString CostText::stoppedCharges(const Bill &b)
{
    QStringList parts;
    if (b.disksPerHour > 0)
        //: what keeps charging while stopped: the disks, per hour
        parts << tr("disks %1").arg(InstanceText::pricePerHour(b.disksPerHour));
    for (const PricedResource &r : b.periodicDisks)
        //: what keeps charging while stopped: a disk billed by day, month or year
        parts << tr("a disk %1").arg(periodicAmount(r));
    if (b.imagePerHour > 0)
        //: what keeps charging while stopped: the paid image, per hour
        parts << tr("image %1").arg(InstanceText::pricePerHour(b.imagePerHour));
    return QLocale().createSeparatedList(parts);
}

QString CostText::stopSaving(const Instance &i)
{
    const double saving = BillingRules::stopSavingPerHour(i);
    if (saving <= 0)
        return {};
    const QString kept = stoppedCharges(BillingRules::stoppedBill(i));
    if (kept.isEmpty())
        //: %1 what stopping saves per hour; the API listed nothing that keeps charging
        return tr("Stopping saves %1; CompShare reports no disk or image price that keeps "
                  "charging.")
            .arg(InstanceText::pricePerHour(saving));
    //: %1 what stopping saves per hour; %2 the named parts that keep charging, e.g.
    //: "disks ¥0.07/h and image ¥0.10/h"
    return tr("Stopping saves %1; still charged: %2.")
        .arg(InstanceText::pricePerHour(saving), kept);
}

QStringList CostText::billLines(const Bill &b)
{
    QStringList lines;
    if (b.computePerHour > 0)
        lines << tr("Compute %1 (the instance price)")
                     .arg(InstanceText::pricePerHour(b.computePerHour));
    if (b.disksPerHour > 0)
        lines << (b.disksFromPowerOff ? tr("Disks %1 (the price while powered off)")
                                      : tr("Disks %1 (the disks' hourly prices)"))
                     .arg(InstanceText::pricePerHour(b.disksPerHour));
    for (const PricedResource &r : b.periodicDisks)
        lines << tr("Disk %1, not part of the hourly figure").arg(periodicAmount(r));
    if (b.imagePerHour > 0)
        lines << tr("Image %1 (the image price, read as per hour)")
                     .arg(InstanceText::pricePerHour(b.imagePerHour));
    return lines;
}

QString CostText::costNow(const Instance &i, const QDateTime &now)
{
    const CostNow c = BillingRules::costNow(i);
    switch (c.kind) {
    case CostNow::Kind::Running:
        return InstanceText::pricePerHour(c.perHour);
    case CostNow::Kind::StoppedDisks:
        if (c.imagePerHour > 0)
            //: Cost now of a stopped pay-as-you-go instance: its disks and image per hour
            return tr("%1 disks + image").arg(InstanceText::pricePerHour(c.perHour));
        //: Cost now of a stopped pay-as-you-go instance: its disks per hour
        return tr("%1 disks").arg(InstanceText::pricePerHour(c.perHour));
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

QString CostText::uptime(const Instance &i, const QDateTime &now)
{
    const double soFar = BillingRules::costSinceStart(i, now);
    if (soFar < 0)
        return {};
    //: running time since StartTime, and what it cost since then
    return tr("Up %1 · %2 so far").arg(duration(i.started.secsTo(now)), money(soFar));
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

QString CostText::costNowToolTip(const Instance &i, const QDateTime &now)
{
    const CostNow c = BillingRules::costNow(i);
    QStringList lines;
    switch (c.kind) {
    case CostNow::Kind::Running:
        lines << billLines(c.bill);
        if (i.chargeType == ChargeType::Postpay)
            lines << stopSaving(i);
        else
            lines << tr("Spot: not covered by \"no charge while stopped\".");
        if (const QString up = uptime(i, now); !up.isEmpty())
            lines << up;
        break;
    case CostNow::Kind::StoppedDisks:
        lines << tr("Stopped pay as you go: CPU, GPU and memory are not charged.");
        lines << billLines(c.bill);
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
        lines << tr("Paid in advance: stopping saves nothing; not counted in the hourly burn.");
        break;
    case CostNow::Kind::Unknown:
        if (c.priceMissing)
            lines << tr("CompShare sent no price for this instance: no cost is "
                        "claimed, and it is left out of every total.");
        else
            lines << tr("The billing type or state is not known: no cost is claimed, and it is "
                        "left out of every total.");
        break;
    }
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
    if (t.figuresUnknown())
        //: status bar: nothing has a known hourly cost, but some instances' billing is unknown
        return tr("Paying —");
    if (t.stoppedCount > 0)
        //: status bar: the hourly cost of everything pay-as-you-go, and the part for stopped
        //: instances' disks
        return tr("Paying %1 (%2 for stopped instances)")
            .arg(InstanceText::pricePerHour(t.perHour),
                 InstanceText::pricePerHour(t.stoppedPerHour));
    return tr("Paying %1").arg(InstanceText::pricePerHour(t.perHour));
}

QString CostText::perDay(const BurnTotals &t)
{
    if (t.figuresUnknown())
        return tr("≈ —/day");
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

QString CostText::unknownBilling(const BurnTotals &t)
{
    if (t.unknownCount == 0)
        return {};
    //: status bar: instances whose billing type, state or price is not known
    return tr("%Ln instance(s) with unknown billing, not counted", nullptr, t.unknownCount);
}

QString CostText::burnToolTip(const BurnTotals &t)
{
    const QLocale l;
    QStringList lines;
    // A sum over no instance is not shown: with billing unknown, "¥0.00" would be a claim.
    if (t.runningCount > 0)
        lines << tr("Running pay as you go and spot: %1 (%Ln instance(s))", nullptr, t.runningCount)
                     .arg(InstanceText::pricePerHour(t.runningPerHour));
    if (t.stoppedCount > 0)
        lines << tr("Stopped pay as you go, disks and images: %1 (%Ln instance(s))", nullptr,
                    t.stoppedCount)
                     .arg(InstanceText::pricePerHour(t.stoppedPerHour));
    if (!t.figuresUnknown())
        lines << tr("Total %1, about %2 per day at this rate")
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
    if (t.stoppedSpotCount > 0)
        lines << tr("%Ln stopped spot instance(s): not free while stopped, no price reported",
                    nullptr, t.stoppedSpotCount);
    if (t.unknownCount > 0)
        lines << unknownBilling(t);
    Q_UNUSED(l)
    return lines.join(QLatin1Char('\n'));
}

QString CostText::idleNotification(const Instance &i, const QDateTime &since, const QDateTime &now)
{
    //: idle notification: name, how long the GPUs were idle, what it costs per hour
    return tr("%1: GPU idle %2, %3 — Stop…")
        .arg(displayName(i), duration(since.secsTo(now)),
             InstanceText::pricePerHour(BillingRules::runningPerHour(i)));
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
