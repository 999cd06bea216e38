// SPDX-License-Identifier: MIT
// The rules a DescribeCompShareInstance answer must obey before the console
// believes it, in one place (issue 22 "Sanity on every answer", issue 25's
// TotalCount warning):
//   - TotalCount is a number from 0 to kMaxTotalCount; beyond it the listing
//     stops at once (no pages are queued for it);
//   - a page that is empty while its own TotalCount says instances lie at or
//     past its offset contradicts itself ("TotalCount 1, UHostSet []" is
//     never "no instances");
//   - the same UHostId on two pages of a listing whose TotalCount never
//     changed contradicts itself;
//   - more announced than delivered, once every page is read and some were
//     delivered, is not an error: the delivered list is shown with a warning
//     naming both numbers (ListResult::undelivered()).
#pragma once

#include "domain/ApiError.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace compshare {

class ListSanity final
{
    Q_DECLARE_TR_FUNCTIONS(ListSanity)

public:
    static constexpr int kMaxTotalCount = 100000;

    // TotalCount as sent: *total is -1 when absent (or not a number or a
    // string), else the count; an error when it is beyond kMaxTotalCount.
    static ApiError readTotalCount(const QJsonValue &value, int *total);
    // A page at `offset` with `rows` records whose TotalCount is `total`.
    static ApiError checkPage(int offset, int total, int rows, const QString &action = {});
    // `id` was listed on two pages while every page reported TotalCount `total`.
    static ApiError duplicateAcrossPages(const QString &id, int total, const QString &action = {});
};

} // namespace compshare
