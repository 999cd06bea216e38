// SPDX-License-Identifier: MIT
#include "wire/ListSanity.h"

#include <QLocale>
#include <cmath>

namespace compshare {

ApiError ListSanity::readTotalCount(const QJsonValue &value, int *total)
{
    *total = -1;
    double count = 0;
    if (value.isDouble()) {
        count = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        count = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            count = 0; // as every other number the API sends as garbage
    } else {
        return {};
    }
    if (!std::isfinite(count) || count < 0)
        count = 0;
    if (count > kMaxTotalCount) {
        const QLocale l;
        //: %1 is the TotalCount the answer announced, %2 the most the console lists
        return ApiError::malformed(
            tr("it announces %1 instances, more than the %2 the console lists")
                .arg(l.toString(count, 'f', 0), l.toString(kMaxTotalCount)));
    }
    *total = int(count);
    return {};
}

ApiError ListSanity::checkPage(int offset, int total, int rows, const QString &action)
{
    if (rows > 0 || total <= offset)
        return {};
    const QLocale l;
    if (offset == 0)
        //: %1 is the TotalCount of an answer whose list of instances is empty
        return ApiError::contradiction(
            tr("it announces %1 instance(s) but lists none").arg(l.toString(total)), action);
    //: %1 the position of the first record asked for, %2 the TotalCount the same answer announced
    return ApiError::contradiction(
        tr("the page from instance %1 is empty while it announces %2 instance(s)")
            .arg(l.toString(offset + 1), l.toString(total)),
        action);
}

ApiError ListSanity::duplicateAcrossPages(const QString &id, int total, const QString &action)
{
    //: %1 is an instance id (UHostId), %2 the TotalCount every page announced
    return ApiError::contradiction(
        tr("instance %1 is listed twice in one listing of %2 instance(s)")
            .arg(id.left(40), QLocale().toString(total)),
        action);
}

} // namespace compshare
