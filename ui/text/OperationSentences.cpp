// SPDX-License-Identifier: MIT
#include "ui/text/OperationSentences.h"

#include "base/Bounds.h"
#include "base/SentenceJoin.h"
#include "text/ActionVerdictText.h"
#include "text/InstanceText.h"

#include <QLocale>

namespace compshare::ui {

namespace {
using K = OperationOutcome::Kind;
using Op = OperationKind;

QString shortTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
}

using S = OperationSentences;

QString notSent(const OperationOutcome &o, const QString &name, const QString &why)
{
    //: %1 instance name, %2 a sentence saying why
    return S::pick(o.operation, OperationSentences::tr("%1 was not stopped. %2").arg(name, why),
                   OperationSentences::tr("%1 was not started. %2").arg(name, why),
                   OperationSentences::tr("%1 was not rebooted. %2").arg(name, why),
                   OperationSentences::tr("%1 was not released. %2").arg(name, why));
}

// A release the list no longer shows: whole sentences, with what its answer
// said about the recycle bin. `afterAll`: its answer was lost or refused.
QString releasedLine(const OperationOutcome &o, const QString &name, bool afterAll)
{
    using R = RecycleBin;
    if (afterAll)
        //: %1 instance name
        return OperationSentences::tr("The release of %1 took effect: the list no longer has it.")
            .arg(name);
    switch (o.recycle) {
    case R::Yes:
        //: %1 instance name. 回收站 = CompShare's recycle bin
        return OperationSentences::tr("%1 was released and is in CompShare's recycle bin.")
            .arg(name);
    case R::No:
        //: %1 instance name
        return OperationSentences::tr("%1 was released; it did not go to the recycle bin.")
            .arg(name);
    case R::NotSaid:
        break;
    }
    //: %1 instance name
    return OperationSentences::tr("%1 was released: the list no longer has it.").arg(name);
}

QString refused(const OperationOutcome &o, const QString &name)
{
    const ApiError &e = o.error;
    if (e.kind() == ApiError::Kind::Undelivered && o.listedSince)
        // It never left, and a listing has come since: the network works
        // again, so no "check the network" any more.
        //: %1 instance name
        return S::pick(o.operation,
                       OperationSentences::tr("%1 was not stopped: the request never left this "
                                              "computer, so nothing changed. CompShare can be "
                                              "reached again; you can try again.")
                           .arg(name),
                       OperationSentences::tr("%1 was not started: the request never left this "
                                              "computer, so nothing changed. CompShare can be "
                                              "reached again; you can try again.")
                           .arg(name),
                       OperationSentences::tr("%1 was not rebooted: the request never left this "
                                              "computer, so nothing changed. CompShare can be "
                                              "reached again; you can try again.")
                           .arg(name),
                       OperationSentences::tr("%1 was not released: the request never left this "
                                              "computer, so nothing changed. CompShare can be "
                                              "reached again; you can try again.")
                           .arg(name));
    if (e.neverSent())
        return notSent(o, name, e.toString()); // refused here, or it never left
    const QString ev = OperationSentences::evidence(e);
    //: %1 instance name, %2 what CompShare answered, e.g. "HTTP 503, request id 1f2e…"
    QString text =
        S::pick(o.operation,
                OperationSentences::tr(
                    "CompShare refused the stop of %1 (%2). Nothing changed; you can try again.")
                    .arg(name, ev),
                OperationSentences::tr(
                    "CompShare refused the start of %1 (%2). Nothing changed; you can try again.")
                    .arg(name, ev),
                OperationSentences::tr(
                    "CompShare refused the reboot of %1 (%2). Nothing changed; you can try again.")
                    .arg(name, ev),
                OperationSentences::tr("CompShare refused the release of %1 (%2). Nothing changed: "
                                       "the instance is still there, and you can try again.")
                    .arg(name, ev));
    // A documented code has a meaning, and sometimes a remedy.
    if (e.kind() == ApiError::Kind::Api && e.reason() != ApiError::Reason::Other)
        text = SentenceJoin::join({text, e.explanation(), e.remedy()});
    return text.trimmed();
}
} // namespace

QString OperationSentences::pick(Op op, const QString &stop, const QString &start,
                                 const QString &reboot, const QString &release)
{
    switch (op) {
    case Op::Stop:
        return stop;
    case Op::Start:
        return start;
    case Op::Reboot:
        return reboot;
    case Op::Release:
        return release;
    }
    return stop;
}

QString OperationSentences::evidence(const ApiError &e)
{
    const QString id = e.requestId();
    switch (e.kind()) {
    case ApiError::Kind::HttpStatus:
        if (id.isEmpty())
            return tr("HTTP %1").arg(e.httpStatus());
        //: %1 an HTTP status such as 503, %2 the gateway's request id
        return tr("HTTP %1, request id %2").arg(e.httpStatus()).arg(id);
    case ApiError::Kind::Api:
        if (id.isEmpty())
            //: %1 a number, %2 the gateway's message as it said it
            return tr("RetCode %1: “%2”").arg(e.retCode()).arg(e.message());
        //: %1 a number, %2 the gateway's message as it said it, %3 the request id
        return tr("RetCode %1: “%2”, request id %3").arg(e.retCode()).arg(e.message(), id);
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Contradiction:
        if (id.isEmpty())
            //: what CompShare answered, in a parenthesis: a body the console could not read
            return tr("an unreadable answer");
        //: %1 the gateway's request id
        return tr("an unreadable answer, request id %1").arg(id);
    default:
        return e.explanation();
    }
}

QString OperationSentences::line(const OperationOutcome &o, const QString &name)
{
    const Op op = o.operation;
    const QString state = InstanceText::state(o.listed);
    switch (o.kind) {
    case K::NotSent:
        return notSent(o, name, ActionVerdictText::reason(o.verdict));
    case K::Refused:
        return refused(o, name);
    case K::AnswerLost:
        return o.error.noAnswer() ? answerLost(o, name) : answerUnclear(o, name);
    case K::TookEffect:
        if (o.gone)
            return releasedLine(o, name, true);
        //: %1 instance name, %2 a state such as Stopping
        return S::pick(op, tr("The stop of %1 took effect: the list shows %2.").arg(name, state),
                       tr("The start of %1 took effect: the list shows %2.").arg(name, state),
                       tr("The reboot of %1 took effect: the list shows %2.").arg(name, state),
                       tr("The release of %1 took effect: the list shows %2.").arg(name, state));
    case K::DidNotTakeEffect:
        return didNotTakeEffect(o, name, state);
    case K::Unknown:
        //: %1 instance name
        return S::pick(op,
                       tr("Whether the stop of %1 took effect is unknown: the list could not be "
                          "read. Check the instance before trying again.")
                           .arg(name),
                       tr("Whether the start of %1 took effect is unknown: the list could not be "
                          "read. Check the instance before trying again.")
                           .arg(name),
                       tr("Whether the reboot of %1 took effect is unknown: the list could not be "
                          "read. Check the instance before trying again.")
                           .arg(name),
                       tr("Whether the release of %1 took effect is unknown: the list could not be "
                          "read. Check the instance before trying again.")
                           .arg(name));
    case K::NoChange:
        return noChange(o, name, state);
    case K::StillInProgress:
        //: %1 instance name. InstanceOperationInProgress is the gateway's answer, keep it
        return S::pick(
            op,
            tr("CompShare is still carrying out the earlier operation on %1; this stop "
               "request changed nothing (InstanceOperationInProgress).")
                .arg(name),
            tr("CompShare is still carrying out the earlier operation on %1; this start "
               "request changed nothing (InstanceOperationInProgress).")
                .arg(name),
            tr("CompShare is still carrying out the earlier operation on %1; this reboot "
               "request changed nothing (InstanceOperationInProgress).")
                .arg(name),
            tr("CompShare is still carrying out the earlier operation on %1; this "
               "release request changed nothing (InstanceOperationInProgress).")
                .arg(name));
    case K::LockedByOther: {
        const QString until = shortTime(o.verdict.at);
        //: %1 instance name, %2 a time such as 14:12
        return S::pick(op,
                       tr("CompShare refused the stop of %1: another operation holds it, until %2 "
                          "at the latest. Try again then.")
                           .arg(name, until),
                       tr("CompShare refused the start of %1: another operation holds it, until %2 "
                          "at the latest. Try again then.")
                           .arg(name, until),
                       tr("CompShare refused the reboot of %1: another operation holds it, until "
                          "%2 at the latest. Try again then.")
                           .arg(name, until),
                       tr("CompShare refused the release of %1: another operation holds it, until "
                          "%2 at the latest. Try again then.")
                           .arg(name, until));
    }
    case K::Stuck:
        //: %1 instance name; %n minutes
        return tr("%1 is still changing state after %n minute(s). The console keeps checking, "
                  "less often.",
                  nullptr, bounds::kStuckSecs / 60)
            .arg(name);
    case K::GpuStillAttached:
        if (o.perHour < 0)
            //: %1 instance name; %n GPUs listed
            return tr("%1 was started without GPU, but CompShare lists it running with %n GPU(s): "
                      "it is billed with its GPUs. Stop it if you do not need them.",
                      nullptr, o.gpuCount)
                .arg(name);
        //: %1 instance name, %2 what it costs per hour now, e.g. "¥2.96/h"; %n GPUs listed
        return tr("%1 was started without GPU, but CompShare lists it running with %n GPU(s): "
                  "it costs %2 now. Stop it if you do not need them.",
                  nullptr, o.gpuCount)
            .arg(name, InstanceText::pricePerHour(o.perHour));
    case K::NoAnswerYet:
        return noAnswerYet(o, name);
    case K::ReachedFinal:
        if (o.gone)
            return releasedLine(o, name, false);
        break;
    case K::Withdrawn:
    case K::StoppedOutside: // a desktop notification only (OperationNotifier)
        break;
    }
    return {};
}

QString OperationSentences::title(const OperationOutcome &o)
{
    switch (o.kind) {
    case K::Refused:
        if (o.error.neverSent()) // CompShare never saw it: nobody refused it there
            return S::pick(o.operation, tr("Stop not sent"), tr("Start not sent"),
                           tr("Reboot not sent"), tr("Release not sent"));
        [[fallthrough]];
    case K::LockedByOther:
    case K::NotSent:
        return S::pick(o.operation, tr("Stop refused"), tr("Start refused"), tr("Reboot refused"),
                       tr("Release refused"));
    case K::Stuck:
        return tr("Still changing state");
    case K::GpuStillAttached:
        return tr("Started with its GPUs");
    case K::ReachedFinal:
    case K::TookEffect:
        if (o.gone)
            return tr("Instance released");
        break;
    default:
        break;
    }
    return S::pick(o.operation, tr("Stop: check the instance"), tr("Start: check the instance"),
                   tr("Reboot: check the instance"), tr("Release: check the instance"));
}

} // namespace compshare::ui
