// SPDX-License-Identifier: MIT
// What stopping an instance means for the bill, in plain sentences, per kind
// of instance (facts from the CompShare billing, spot and reclaim pages).
// Pure text: the stop dialogs show it, the tests check it.
#pragma once

#include "domain/BillingRules.h"
#include "domain/Instance.h"

#include <QCoreApplication>
#include <QString>

namespace compshare {

class StopConsequences final
{
    Q_DECLARE_TR_FUNCTIONS(StopConsequences)

public:
    // One or two sentences on what stopping does (and does not do) to the bill,
    // following BillingRules: only Postpay saves; Dynamic is hourly prepaid.
    static QString billingText(ChargeType type);
    // The same, plus the figures for a running pay-as-you-go instance
    // ("Stopping saves ¥2.96/h; still charged: disks ¥0.07/h and image ¥0.10/h.").
    static QString billingText(const Instance &instance);

    // "Spot", "Pay as you go", "Monthly", ... for lists in dialogs.
    static QString chargeTypeName(ChargeType type, const QString &raw = {});
    // "RTX 4090 × 2", or "No GPU".
    static QString gpuText(const Instance &instance);
    // "¥2.50/h" in the current locale's number format.
    static QString priceText(double pricePerHour);
    // What stopping several instances saves, in whole sentences: "Stopping
    // them saves ¥5.92/h.", or "Stopping them saves at least ¥2.96/h." with
    // one sentence per kind of instance the figure leaves out, and why;
    // never ¥0.00 for a saving that is not known (BillingRules::stopSavings).
    static QString savingText(const SavingTotal &total);
    // "name (uhost-xxx) · RTX 4090 × 2 · ¥2.50/h" (the price with its period,
    // "¥1,068.00/month" for a monthly one): one line naming an instance.
    static QString summary(const Instance &instance);
};

} // namespace compshare
