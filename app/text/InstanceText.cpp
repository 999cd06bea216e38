// SPDX-License-Identifier: MIT
#include "text/InstanceText.h"

#include "text/AutoStopText.h"
#include "text/BillText.h"

#include <QLocale>

namespace compshare {

QString InstanceText::state(InstanceState state, const QString &raw)
{
    switch (state) {
    case InstanceState::Initializing:
        return tr("Initializing");
    case InstanceState::Starting:
        return tr("Starting");
    case InstanceState::Running:
        return tr("Running");
    case InstanceState::Stopping:
        return tr("Stopping");
    case InstanceState::Stopped:
        return tr("Stopped");
    case InstanceState::InstallFail:
        return tr("Install failed");
    case InstanceState::Rebooting:
        return tr("Rebooting");
    case InstanceState::Resizing:
        return tr("Resizing");
    case InstanceState::Pending:
        return tr("Pending");
    case InstanceState::Reinstalling:
        return tr("Reinstalling");
    case InstanceState::Unknown:
        break;
    }
    if (raw.isEmpty())
        return tr("Unknown");
    //: %1 is the state text the API sent that the console does not know
    return tr("Unknown (%1)").arg(raw.left(40));
}

QString InstanceText::charge(ChargeType type, const QString &raw)
{
    switch (type) {
    case ChargeType::Year:
        return tr("Yearly");
    case ChargeType::Month:
        return tr("Monthly");
    case ChargeType::Day:
        return tr("Daily");
    case ChargeType::Dynamic:
        //: Dynamic billing: hours paid in advance (按时/包时, prepaid), not pay as you go
        return tr("Hourly prepaid");
    case ChargeType::Postpay:
        return tr("Pay as you go");
    case ChargeType::Spot:
        //: Preemptible instance billing type
        return tr("Spot");
    case ChargeType::Unknown:
        break;
    }
    if (raw.isEmpty())
        return tr("Unknown");
    //: %1 is a ChargeType the console does not know, shown as the API sent it
    return tr("%1 (billing unknown)").arg(raw.left(40));
}

QString InstanceText::gpu(const Instance &i)
{
    if (i.gpuCount <= 0 && i.gpuType.isEmpty())
        return tr("None");
    const QLocale locale;
    QString text = i.gpuType.isEmpty() ? tr("GPU") : i.gpuType;
    text += QStringLiteral(" × ") + locale.toString(i.gpuCount);
    if (i.gpuMemoryGb > 0) {
        //: GPU memory per card, e.g. "(24 GB)"
        text += QLatin1Char(' ') + tr("(%1)").arg(sizeFromMb(i.gpuMemoryGb * 1024));
    }
    return text;
}

QString InstanceText::cpuMemory(const Instance &i)
{
    const QLocale locale;
    //: %1 vCPU count, %2 memory with its unit, e.g. "64 GB" or "512 MB"
    return tr("%1 vCPU / %2").arg(locale.toString(i.cpu), sizeFromMb(double(i.memoryMb)));
}

QString InstanceText::sizeFromMb(double megabytes)
{
    if (!(megabytes > 0))
        return QStringLiteral("—");
    const QLocale locale;
    if (megabytes < 1024)
        //: a size in megabytes, e.g. "512 MB"
        return tr("%1 MB").arg(locale.toString(megabytes, 'g', 4));
    //: a size in gigabytes, e.g. "64 GB"
    return tr("%1 GB").arg(locale.toString(megabytes / 1024, 'g', 4));
}

QString InstanceText::instancePrice(const Instance &i)
{
    // With its period: "¥1,068.00/month" for a monthly instance, never "/h".
    return BillText::instancePrice(i);
}

QString InstanceText::pricePerHour(double price)
{
    //: Price per hour; %1 is the amount in yuan. Chinese: ¥%1/小时
    return tr("¥%1/h").arg(QLocale().toString(price, 'f', 2));
}

QString InstanceText::noActionText()
{
    //: Screen reader: the Action cell of a row that has no button (e.g. an
    //: instance that failed to install); the reason follows as its description
    return tr("No action");
}

QString InstanceText::unknownStateToolTip(const QString &raw)
{
    if (raw.isEmpty())
        return tr("CompShare did not report a state (its backend timed out).");
    return tr("CompShare reported a state the console does not know: %1").arg(raw.left(40));
}

QString InstanceText::spotToolTip()
{
    return tr("Spot (preemptible): CompShare can reclaim it at any time and stops it only as a "
              "forced stop.");
}

QString InstanceText::imageStatus(const QString &raw)
{
    if (raw.compare(QLatin1String("Normal"), Qt::CaseInsensitive) == 0)
        //: CompShareImageStatus "Normal": the instance's image is usable
        return tr("Ready");
    if (raw.compare(QLatin1String("Available"), Qt::CaseInsensitive) == 0)
        //: CompShareImageStatus "Available", shown as sent before; in words now
        return tr("Available");
    if (raw.compare(QLatin1String("Making"), Qt::CaseInsensitive) == 0)
        return tr("Making an image");
    return raw;
}

} // namespace compshare
