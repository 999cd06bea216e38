// SPDX-License-Identifier: MIT
// The sentence for each operation outcome, whole, one per case and per
// operation (never a verb glued into a frame), so translators see every
// sentence as the user reads it.
#pragma once

#include "domain/OperationOutcome.h"

#include <QCoreApplication>
#include <QString>

namespace compshare::ui {

class OperationSentences
{
    Q_DECLARE_TR_FUNCTIONS(OperationSentences)

public:
    // The banner line for an outcome; `name` is the instance's name (or id).
    static QString line(const OperationOutcome &outcome, const QString &name);
    // The desktop notification's title for it.
    static QString title(const OperationOutcome &outcome);
    // What the gateway's answer said, for a parenthesis: "HTTP 503, request id …".
    static QString evidence(const ApiError &error);
    // Four whole sentences, one per operation: picks the one for `op`.
    static QString pick(OperationKind op, const QString &stop, const QString &start,
                        const QString &reboot, const QString &release);

private: // The answers that do not say whether it was applied, and what the list
    // then said (OperationSentencesUnknown.cpp). `state`: the listed state, in words.
    static QString answerLost(const OperationOutcome &o, const QString &name);
    static QString answerUnclear(const OperationOutcome &o, const QString &name);
    static QString didNotTakeEffect(const OperationOutcome &o, const QString &name,
                                    const QString &state);
    static QString noChange(const OperationOutcome &o, const QString &name, const QString &state);
    static QString noAnswerYet(const OperationOutcome &o, const QString &name);
};

} // namespace compshare::ui
