// SPDX-License-Identifier: MIT
// The Cost now and GPU use columns of InstanceTableModel: their display text,
// tooltip, sort value, alignment and warning flag, from BillingRules and
// CostText. Kept apart so the table model stays about rows, not money.
#pragma once

#include "domain/Instance.h"
#include "models/InstancePriceChecks.h"

#include <QDateTime>
#include <QVariant>

namespace compshare {

class InstanceCostColumns final
{
public:
    // Fills *value and returns true when (column, role) is one of ours;
    // false leaves the model to answer. CostWarningRole and IdleSinceRole
    // are answered for every column.
    // checks: the price action's word per instance (read in Cost now only).
    static bool data(const Instance &i, int column, int role, const QDateTime &now,
                     const QDateTime &idleSince, const InstancePriceChecks &checks,
                     QVariant *value);
    // Whether data() may answer (column, role): only then are the clock and
    // the idle verdict worth asking (sorting asks every row's other columns).
    static bool mayAnswer(int column, int role);
};

} // namespace compshare
