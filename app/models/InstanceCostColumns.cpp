// SPDX-License-Identifier: MIT
#include "models/InstanceCostColumns.h"

#include "domain/BillingRules.h"
#include "models/InstanceTableModel.h"
#include "text/CostText.h"

namespace compshare {

namespace {
bool costWarning(const Instance &i, const QDateTime &now)
{
    return BillingRules::reclaimSoon(i, now) || BillingRules::expiryWarning(i, now) ||
           BillingRules::spotDataSoon(i, now);
}

QVariant costDisplay(const Instance &i, int role, const QDateTime &now, const PriceCheck &check)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text = CostText::costNow(i, now, check);
        // A stopped pay-as-you-go row says when it goes, right in the cell
        // (how long it has been stopped is in the tooltip).
        if (const QString reclaim = CostText::reclaimShort(i, now); !reclaim.isEmpty())
            text += QStringLiteral(" · ") + reclaim;
        // A stopped spot row says how long its data is kept.
        if (const QString data = CostText::spotDataShort(i, now); !data.isEmpty())
            text += QStringLiteral(" · ") + data;
        return text;
    }
    case Qt::ToolTipRole:
        return CostText::costNowToolTip(i, now, check);
    case InstanceTableModel::RawValueRole: {
        // Paying rows by what they cost; prepaid after them, by expiry.
        const CostNow c = BillingRules::costNow(i, check);
        if (c.kind == CostNow::Kind::Prepaid)
            return -1.0 - (i.expires.isValid() ? 1.0 / double(i.expires.toSecsSinceEpoch()) : 0);
        return c.figure.hasValue() ? c.figure.value : 0.0;
    }
    default:
        return {};
    }
}

QVariant gpuDisplay(const Instance &i, int role, const QDateTime &now, const QDateTime &idleSince)
{
    switch (role) {
    case Qt::DisplayRole:
        return CostText::gpuUtil(i);
    case Qt::AccessibleTextRole:
        if (idleSince.isValid())
            return CostText::gpuUtil(i) + QStringLiteral(" · ") +
                   CostText::idleBadge(idleSince, now);
        return CostText::gpuUtil(i);
    case Qt::ToolTipRole:
        if (idleSince.isValid())
            return CostText::idleBadge(idleSince, now) + QLatin1Char('\n') +
                   CostText::gpuUtilToolTip(i);
        return CostText::gpuUtilToolTip(i);
    case InstanceTableModel::RawValueRole:
        return CostText::gpuAverage(i);
    default:
        return {};
    }
}
} // namespace

bool InstanceCostColumns::mayAnswer(int column, int role)
{
    return role == InstanceTableModel::CostWarningRole ||
           role == InstanceTableModel::IdleSinceRole || role == InstanceTableModel::IdleTextRole ||
           column == InstanceTableModel::CostNowColumn ||
           column == InstanceTableModel::GpuUtilColumn;
}

bool InstanceCostColumns::data(const Instance &i, int column, int role, const QDateTime &now,
                               const QDateTime &idleSince, const InstancePriceChecks &checks,
                               QVariant *value)
{
    if (role == InstanceTableModel::CostWarningRole) {
        *value = costWarning(i, now);
        return true;
    }
    if (role == InstanceTableModel::IdleSinceRole) {
        *value = idleSince;
        return true;
    }
    if (role == InstanceTableModel::IdleTextRole) {
        *value = idleSince.isValid() ? CostText::idleBadge(idleSince, now) : QString();
        return true;
    }
    if (column != InstanceTableModel::CostNowColumn && column != InstanceTableModel::GpuUtilColumn)
        return false;
    if (role == Qt::TextAlignmentRole) {
        // Figures right-aligned; Cost now left, as it may carry a countdown.
        *value = column == InstanceTableModel::GpuUtilColumn
                     ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                     : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return true;
    }
    *value = column == InstanceTableModel::CostNowColumn
                 ? costDisplay(i, role, now, checks.checkFor(i.id))
                 : gpuDisplay(i, role, now, idleSince);
    // Roles we do not answer (InstanceIdRole, ...) fall through to the model.
    return value->isValid() || role == Qt::DisplayRole || role == Qt::ToolTipRole;
}

} // namespace compshare
