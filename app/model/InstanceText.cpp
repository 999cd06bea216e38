// SPDX-License-Identifier: MIT
#include "model/InstanceText.h"

#include "billing/BillText.h"
#include "model/AutoStopText.h"
#include "model/InstanceTableModel.h"

#include <QLocale>

namespace compshare {

QString InstanceText::columnTitle(int column)
{
    switch (column) {
    case InstanceTableModel::NameColumn:
        return tr("Name");
    case InstanceTableModel::IdColumn:
        return tr("ID");
    case InstanceTableModel::StateColumn:
        return tr("State");
    case InstanceTableModel::GpuColumn:
        return tr("GPU");
    case InstanceTableModel::CpuMemoryColumn:
        //: Column title: vCPU count and memory size
        return tr("CPU / Memory");
    case InstanceTableModel::ChargeColumn:
        //: Column title: billing mode (pay as you go, monthly, spot)
        return tr("Billing");
    case InstanceTableModel::PriceColumn:
        return tr("Price");
    case InstanceTableModel::RegionColumn:
        //: Column title: region and availability zone
        return tr("Zone");
    case InstanceTableModel::PublicIpColumn:
        return tr("Public IP");
    case InstanceTableModel::ImageColumn:
        return tr("Image");
    case InstanceTableModel::CreatedColumn:
        return tr("Created");
    case InstanceTableModel::CostNowColumn:
        //: Column title: what the instance costs right now, running or stopped
        return tr("Cost now");
    case InstanceTableModel::GpuUtilColumn:
        //: Column title: current GPU utilisation
        return tr("GPU use");
    case InstanceTableModel::AutoStopColumn:
        return AutoStopText::title();
    case InstanceTableModel::ActionColumn:
        return tr("Action");
    default:
        return {};
    }
}

QString InstanceText::columnToolTip(int column)
{
    switch (column) {
    case InstanceTableModel::PriceColumn:
        return tr("Price per hour while the instance runs");
    case InstanceTableModel::ChargeColumn:
        return tr("How the instance is billed; spot instances are preemptible");
    case InstanceTableModel::CostNowColumn:
        return tr("What the instance costs right now: running price, the disks of a stopped "
                  "pay-as-you-go instance, or the end of a prepaid period");
    case InstanceTableModel::GpuUtilColumn:
        return tr("Average GPU utilisation from CompShare's monitoring; — when it sent none");
    case InstanceTableModel::AutoStopColumn:
        return AutoStopText::columnToolTip();
    default:
        return {};
    }
}

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

QString InstanceText::actionText(int rowAction)
{
    switch (InstanceTableModel::RowAction(rowAction)) {
    case InstanceTableModel::RowAction::Stop:
        //: Button: stop (shut down) the instance
        return tr("Stop");
    case InstanceTableModel::RowAction::ForceStop:
        //: Button: force-stop a spot instance; opens a confirmation
        return tr("Force stop…");
    case InstanceTableModel::RowAction::Start:
        return tr("Start");
    case InstanceTableModel::RowAction::None:
        break;
    }
    return {};
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
