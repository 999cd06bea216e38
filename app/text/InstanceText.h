// SPDX-License-Identifier: MIT
// Every user-visible text about an instance, in one translatable place, so
// the model, the delegates and the dialogs say the same thing.
#pragma once

#include "domain/Instance.h"

#include <QCoreApplication>
#include <QString>

namespace compshare {

class InstanceText
{
    Q_DECLARE_TR_FUNCTIONS(InstanceText)

public:
    static QString state(InstanceState state, const QString &raw = {});
    static QString charge(ChargeType type, const QString &raw = {});
    static QString gpu(const Instance &i);
    static QString cpuMemory(const Instance &i);
    // "¥1.50/h" (en) or "¥1.50/小时" (zh_CN), through QLocale.
    static QString pricePerHour(double price);
    // The instance's InstancePrice with its period ("¥2.18/h", "¥1,068.00/month"),
    // "—" when the API sent none (BillText::instancePrice).
    static QString instancePrice(const Instance &i);
    // A size as a person writes it: under 1 GB in MB ("6 MB", "512 MB"),
    // else in GB ("64 GB", "1.5 GB"); "—" for 0 or less (not sent).
    static QString sizeFromMb(double megabytes);
    // What a screen reader says for an Action cell without a button.
    static QString noActionText();

    static QString unknownStateToolTip(const QString &raw);
    static QString spotToolTip();
    // CompShareImageStatus in words ("Normal" -> "Ready", "Making" -> "Making an
    // image"); a value the console does not know is shown as the API sent it.
    static QString imageStatus(const QString &raw);
};

} // namespace compshare
