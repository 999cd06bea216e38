// SPDX-License-Identifier: MIT
// The sentences about a scheduled stop that was not sent: one whole sentence
// per reason the operation owner gives (ScheduleBlocker), never a fragment.
#pragma once

#include "domain/OperationOutcome.h"

#include <QCoreApplication>
#include <QString>

namespace compshare::ui {

class ScheduleSentences
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleSentences)

public:
    // "The scheduled stop of train-01 was not sent: …", for the status bar or banner.
    static QString notSent(ScheduleBlocker blocker, const QString &name);
    // Why an instance can never have a schedule (for a dialog's list of skipped ones).
    static QString never(ScheduleBlocker blocker);
};

} // namespace compshare::ui
