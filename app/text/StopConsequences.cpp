// SPDX-License-Identifier: MIT
#include "text/StopConsequences.h"

#include "base/Bounds.h"
#include "base/SentenceJoin.h"
#include "domain/BillingRules.h"
#include "text/BillText.h"
#include "text/CostText.h"
#include "text/InstanceText.h"

#include <QLocale>

namespace compshare {

QString StopConsequences::billingText(ChargeType type)
{
    switch (type) {
    case ChargeType::Postpay:
        //: %1 the day (7), %2 the hour (12)
        return tr("Stopping ends the CPU, GPU and memory charges; disks and images are kept "
                  "and keep charging. An instance left stopped is reclaimed at %2:00 (China "
                  "time) on day %1 after the stop, and cannot be recovered.")
            .arg(QLocale().toString(bounds::kReclaimDay), QLocale().toString(bounds::kReclaimHour));
    case ChargeType::Dynamic:
        // Dynamic is hourly PREPAID (按小时预付费), not pay as you go.
        return tr("This instance is prepaid by the hour: its time is paid in advance, so "
                  "stopping it saves nothing.");
    case ChargeType::Year:
    case ChargeType::Month:
    case ChargeType::Day:
        return tr("This instance is prepaid for its period: stopping it saves nothing. Only "
                  "deleting it refunds part of the remaining time.");
    case ChargeType::Spot:
        //: "release" = delete the instance; CompShare's docs call it releasing.
        return tr("CompShare stops a spot instance only as a forced stop, and spot instances "
                  "are not covered by \"no charge while stopped\": releasing (deleting) it is "
                  "how to stop paying. A stopped spot instance can be started again; if CompShare "
                  "reclaimed it, its data is kept for %1 days.")
            .arg(QLocale().toString(bounds::kSpotDataKeptDays));
    case ChargeType::Unknown:
        break;
    }
    return tr("The billing type of this instance is not known, so the console cannot say what "
              "stopping it changes on your bill.");
}

QString StopConsequences::billingText(const Instance &instance)
{
    QString text = billingText(instance.chargeType);
    if (instance.state == InstanceState::Running) {
        if (const QString saving = CostText::stopSaving(instance); !saving.isEmpty()) {
            // No ASCII space after a CJK full stop.
            if (!text.endsWith(QChar(0x3002)))
                text += QLatin1Char(' ');
            text += saving;
        }
    }
    return text;
}

QString StopConsequences::chargeTypeName(ChargeType type, const QString &raw)
{
    QString name = InstanceText::charge(type, raw);
    // "Hourly prepaid" (Dynamic) says so already.
    if (BillingRules::kind(type) == BillingKind::Prepaid && type != ChargeType::Dynamic) {
        //: %1 is a billing type such as "Monthly"; prepaid means paid in advance
        return tr("%1 (prepaid)").arg(name);
    }
    return name;
}

QString StopConsequences::gpuText(const Instance &instance)
{
    if (instance.gpuCount <= 0)
        return tr("No GPU");
    const QString type = instance.gpuType.isEmpty() ? tr("GPU") : instance.gpuType;
    //: GPU model times count, e.g. "RTX 4090 × 2"
    return tr("%1 × %2").arg(type, QLocale().toString(instance.gpuCount));
}

QString StopConsequences::priceText(double pricePerHour)
{
    return InstanceText::pricePerHour(pricePerHour);
}

QString StopConsequences::savingText(const SavingTotal &t)
{
    QStringList sentences;
    const CostFigure figure = t.figure();
    if (figure.isExact() && t.perHour > 0)
        //: batch stop: what stopping the chosen instances saves, e.g. "¥5.92/h"
        sentences << tr("Stopping them saves %1.").arg(InstanceText::pricePerHour(t.perHour));
    else if (figure.isExact() && t.prepaid > 0)
        sentences << tr("Stopping them saves nothing: prepaid instances are paid in advance.");
    else if (figure.hasValue())
        //: batch stop: a lower bound, as some instances have no figure (the reasons follow)
        sentences
            << tr("Stopping them saves at least %1.").arg(InstanceText::pricePerHour(t.perHour));
    else if (t.withoutFigure() > 0)
        sentences << tr("What stopping them saves is not known.");
    if (t.withoutFigure() == 0)
        return SentenceJoin::join(sentences);
    if (t.spot > 0)
        //: %n spot instances in the batch; CompShare gives no stopped price for them
        sentences << tr("CompShare reports no price for a stopped spot instance, so there is no "
                        "figure for %n spot instance(s).",
                        nullptr, t.spot);
    if (t.noPrice > 0)
        sentences << tr("%n pay-as-you-go instance(s) came without a price.", nullptr, t.noPrice);
    if (t.unknown > 0)
        sentences << tr("The billing type of %n instance(s) is not known.", nullptr, t.unknown);
    if (t.prepaid > 0)
        sentences << tr("%n prepaid instance(s) save nothing.", nullptr, t.prepaid);
    return SentenceJoin::join(sentences);
}

QString StopConsequences::summary(const Instance &instance)
{
    const QString name = instance.name.isEmpty() ? tr("(unnamed)") : instance.name;
    //: name (id) · GPU · price per hour
    return tr("%1 (%2) · %3 · %4")
        .arg(name, instance.id, gpuText(instance), BillText::instancePrice(instance));
}

} // namespace compshare
