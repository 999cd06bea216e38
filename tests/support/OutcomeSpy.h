// SPDX-License-Identifier: MIT
// Reading a QSignalSpy on OperationTracker::outcome: the kinds in order, and
// one outcome. Header-only.
#pragma once

#include "domain/OperationOutcome.h"

#include <QSignalSpy>

namespace compshare::test {

inline QList<OperationOutcome::Kind> outcomeKinds(const QSignalSpy &spy)
{
    QList<OperationOutcome::Kind> out;
    for (const QList<QVariant> &args : spy)
        out << args.first().value<OperationOutcome>().kind;
    return out;
}

inline OperationOutcome outcomeAt(const QSignalSpy &spy, int n)
{
    return spy.at(n).first().value<OperationOutcome>();
}

} // namespace compshare::test
