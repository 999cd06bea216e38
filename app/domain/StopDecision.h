// SPDX-License-Identifier: MIT
// The answer of a stop confirmation: which instances the user confirmed, and
// for each whether the force stop was confirmed. Plain data so the stop logic
// in the core can take it without knowing about dialogs.
#pragma once

#include "domain/Instance.h"

#include <QList>
#include <QString>

namespace compshare {

// Force is sent only as ForceStop::UserConfirmed, which only the force-stop
// confirmation path creates. No bool can slip in by accident.
enum class ForceStop
{
    No,
    UserConfirmed
};

struct StopDecision
{
    QString id;
    InstanceRef ref;
    // UserConfirmed only for a spot instance whose force confirmation the user completed.
    ForceStop force = ForceStop::No;
};

struct StopConfirmation
{
    bool accepted = false;
    QList<StopDecision> decisions; // empty when not accepted
    bool dontAskAgain = false;     // "Don't ask again for ordinary stops" was ticked
};

} // namespace compshare
