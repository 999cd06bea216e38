// SPDX-License-Identifier: MIT
// OperationSentences for the answers that do not say whether an operation
// was applied (ApiError::Certainty::Unknown: no answer, an HTTP 5xx, RetCode
// 8433, an unreadable body), for what the list then showed, and for a request
// that has had no answer for a while. None of them says "nothing changed":
// only the list says what happened.
#include "base/Bounds.h"
#include "ui/text/OperationSentences.h"

#include <QLocale>

namespace compshare::ui {

QString OperationSentences::answerLost(const OperationOutcome &o, const QString &name)
{
    //: %1 instance name
    return pick(o.operation,
                tr("The answer to the stop of %1 was lost. The console reads the list to see "
                   "whether it took effect; the stop is not sent again.")
                    .arg(name),
                tr("The answer to the start of %1 was lost. The console reads the list to "
                   "see whether it took effect; the start is not sent again.")
                    .arg(name),
                tr("The answer to the reboot of %1 was lost. The console reads the list to "
                   "see whether it took effect; the reboot is not sent again.")
                    .arg(name),
                tr("The answer to the release of %1 was lost. The console reads the list to "
                   "see whether it took effect; the release is not sent again.")
                    .arg(name));
}

QString OperationSentences::answerUnclear(const OperationOutcome &o, const QString &name)
{
    const QString ev = evidence(o.error);
    //: %1 instance name, %2 what CompShare answered, e.g. "HTTP 504, request id 1f2e…"
    return pick(o.operation,
                tr("CompShare's answer to the stop of %1 (%2) does not say whether it was "
                   "applied. The console reads the list to see whether it took effect; the stop "
                   "is not sent again.")
                    .arg(name, ev),
                tr("CompShare's answer to the start of %1 (%2) does not say whether it was "
                   "applied. The console reads the list to see whether it took effect; the "
                   "start is not sent again.")
                    .arg(name, ev),
                tr("CompShare's answer to the reboot of %1 (%2) does not say whether it was "
                   "applied. The console reads the list to see whether it took effect; the "
                   "reboot is not sent again.")
                    .arg(name, ev),
                tr("CompShare's answer to the release of %1 (%2) does not say whether it was "
                   "applied. The console reads the list to see whether it took effect; the "
                   "release is not sent again.")
                    .arg(name, ev));
}

QString OperationSentences::didNotTakeEffect(const OperationOutcome &o, const QString &name,
                                             const QString &state)
{
    if (o.error.noAnswer())
        //: %1 instance name, %2 a state such as Running
        return pick(o.operation,
                    tr("No answer came to the stop of %1, and CompShare's list still shows it "
                       "%2: the stop did not take effect; you can try again.")
                        .arg(name, state),
                    tr("No answer came to the start of %1, and CompShare's list still shows it "
                       "%2: the start did not take effect; you can try again.")
                        .arg(name, state),
                    tr("No answer came to the reboot of %1, and CompShare's list still shows it "
                       "%2: the reboot did not take effect; you can try again.")
                        .arg(name, state),
                    tr("No answer came to the release of %1, and CompShare's list still has it, "
                       "%2: the release did not take effect; you can try again.")
                        .arg(name, state));
    const QString ev = evidence(o.error);
    //: %1 instance name, %2 what CompShare answered (HTTP 504, request id …), %3 a state
    return pick(o.operation,
                tr("CompShare's answer to the stop of %1 (%2) did not say whether it was "
                   "applied, and its list still shows it %3: the stop did not take effect; you "
                   "can try again.")
                    .arg(name, ev, state),
                tr("CompShare's answer to the start of %1 (%2) did not say whether it was "
                   "applied, and its list still shows it %3: the start did not take effect; you "
                   "can try again.")
                    .arg(name, ev, state),
                tr("CompShare's answer to the reboot of %1 (%2) did not say whether it was "
                   "applied, and its list still shows it %3: the reboot did not take effect; "
                   "you can try again.")
                    .arg(name, ev, state),
                tr("CompShare's answer to the release of %1 (%2) did not say whether it was "
                   "applied, and its list still has it, %3: the release did not take effect; "
                   "you can try again.")
                    .arg(name, ev, state));
}

QString OperationSentences::noChange(const OperationOutcome &o, const QString &name,
                                     const QString &state)
{
    const QString at = QLocale().toString(o.acceptedAt.toLocalTime().time(), QLocale::ShortFormat);
    if (!o.watching)
        //: %1 instance name, %2 a time such as 14:02, %3 a state such as Running
        return pick(o.operation,
                    tr("CompShare accepted the stop of %1 at %2, but its list still shows %3: "
                       "the stop did not take effect; you can try again.")
                        .arg(name, at, state),
                    tr("CompShare accepted the start of %1 at %2, but its list still shows %3: "
                       "the start did not take effect; you can try again.")
                        .arg(name, at, state),
                    tr("CompShare accepted the reboot of %1 at %2, but its list still shows %3: "
                       "the reboot did not take effect; you can try again.")
                        .arg(name, at, state),
                    tr("CompShare accepted the release of %1 at %2, but its list still has it, "
                       "%3: the release did not take effect; you can try again.")
                        .arg(name, at, state));
    //: %1 instance name, %2 a time such as 14:02, %3 a state such as Running
    return pick(o.operation,
                tr("CompShare accepted the stop of %1 at %2 but still shows %3. The console "
                   "keeps watching it.")
                    .arg(name, at, state),
                tr("CompShare accepted the start of %1 at %2 but still shows %3. The console "
                   "keeps watching it.")
                    .arg(name, at, state),
                tr("CompShare accepted the reboot of %1 at %2 but still shows %3. The "
                   "console keeps watching it.")
                    .arg(name, at, state),
                tr("CompShare accepted the release of %1 at %2 but still lists it as %3. The "
                   "console keeps watching it.")
                    .arg(name, at, state));
}

QString OperationSentences::noAnswerYet(const OperationOutcome &o, const QString &name)
{
    const int secs = bounds::kMutationSilenceSecs;
    //: %1 instance name; %n seconds (10)
    return pick(
        o.operation,
        tr("No answer from CompShare for %n second(s) to the stop of %1; the stop is not sent "
           "again; waiting.",
           nullptr, secs)
            .arg(name),
        tr("No answer from CompShare for %n second(s) to the start of %1; the start is not sent "
           "again; waiting.",
           nullptr, secs)
            .arg(name),
        tr("No answer from CompShare for %n second(s) to the reboot of %1; the reboot is not "
           "sent again; waiting.",
           nullptr, secs)
            .arg(name),
        tr("No answer from CompShare for %n second(s) to the release of %1; the release is not "
           "sent again; waiting.",
           nullptr, secs)
            .arg(name));
}

} // namespace compshare::ui
