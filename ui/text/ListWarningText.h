// SPDX-License-Identifier: MIT
// What a full list could not show as CompShare sent it, in whole sentences:
// instances announced but never sent, records that could not be read (left
// out of the list and of every total) and records whose text had bytes that
// are not UTF-8. The facts come from ListResult; the words are written here.
#pragma once

#include "wire/CompShareClient.h"

#include <QCoreApplication>
#include <QString>

namespace compshare::ui {

class ListWarningText final
{
    Q_DECLARE_TR_FUNCTIONS(ListWarningText)

public:
    // The banner's text; empty when the list is whole and readable.
    static QString sentence(const ListResult &result);
    // Plain protocol facts in English, for "Copy details" and support.
    static QString details(const ListResult &result);

private:
    static QString shortfall(const ListResult &result);
    static QString dropped(const QList<RecordProblem> &problems);
    static QString repaired(const QList<RecordProblem> &problems);
};

} // namespace compshare::ui
