// SPDX-License-Identifier: MIT
// The words of the History view: one whole phrase per journal fact
// (OperationJournal), translated as a whole.
#pragma once

#include "state/OperationJournal.h"

#include <QCoreApplication>

namespace compshare::ui {

class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryText)

public:
    static QString when(const QDateTime &at);
    static QString what(const JournalEntry &e);
    static QString answer(const JournalEntry &e);
    static QString result(const JournalEntry &e);
    // The whole story of one entry, for the tooltip and the accessible text.
    static QString sentence(const JournalEntry &e);
};

} // namespace compshare::ui
