// SPDX-License-Identifier: MIT
#include "models/InstanceColumnText.h"

#include "models/InstanceTableModel.h"
#include "text/AutoStopText.h"

namespace compshare {

QString InstanceColumnText::title(int column)
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

QString InstanceColumnText::toolTip(int column)
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

QString InstanceColumnText::action(int rowAction)
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

} // namespace compshare
