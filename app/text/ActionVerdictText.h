// SPDX-License-Identifier: MIT
// The one sentence for each reason an action may not run (ActionVerdict), so
// the row's button, its tooltip, the details pane, the menus and the screen
// reader all say the same thing.
#pragma once

#include "domain/OperationOutcome.h"

#include <QCoreApplication>
#include <QString>

namespace compshare {

class ActionVerdictText
{
    Q_DECLARE_TR_FUNCTIONS(ActionVerdictText)

public:
    // Empty when the action is allowed.
    static QString reason(const ActionVerdict &verdict);
    // Why nothing may act on a list saved earlier (the CachedList blocker),
    // for actions the operation owner does not judge (rename, schedules).
    static QString cachedListReason();
    // "Stop requested" while ours is sent or waits for the list to show it.
    static QString requested(OperationKind kind);
};

} // namespace compshare
