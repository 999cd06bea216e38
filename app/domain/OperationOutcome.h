// SPDX-License-Identifier: MIT
// Outcomes as data. The operation owner (OperationTracker) decides whether an
// action may run and how an operation ended, and reports both as plain
// values: what, for which instance, with which evidence. ui/ writes the
// sentences, whole, one per case.
#pragma once

#include "domain/ApiError.h"
#include "domain/Instance.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace compshare {

enum class OperationKind
{
    Stop,
    Start,
    Reboot,
    Release, // TerminateCompShareInstance: from Stopped; done when the list no longer has it
};

// What the answer to a release said about the recycle bin (`InRecycle`).
enum class RecycleBin
{
    NotSaid, // no answer, or no InRecycle in it
    Yes,
    No,
};

// Why an instance stopped, as far as the operation owner knows.
enum class StopCause
{
    NotKnown,    // no stop of ours, no schedule due, not a spot instance
    OurStop,     // a Stop this console sent
    Schedule,    // its scheduled stop (UpdateCompShareStopScheduler) was due
    SpotReclaim, // a spot instance stopped while we had sent nothing: CompShare reclaimed it
};

// May the scheduled stop of this instance be set (or cancelled) now? The
// operation owner decides (OperationTracker::scheduleVerdict); ui/ words it.
enum class ScheduleBlocker
{
    None,           // allowed
    NotListed,      // the instance is no longer in the list
    Spot,           // CompShare refuses schedules for spot instances
    AlreadyStopped, // setting one: nothing to stop (it would never fire)
    NoProject,      // no ProjectId is known; the API needs one (nothing is sent)
    ChangeUnderWay, // a schedule change of ours for it is still on the wire
    TooSoon,        // less than bounds::kScheduleMinLeadSecs ahead
};

// May this action run on this instance now? Allowed, or why not.
struct ActionVerdict
{
    enum class Blocker
    {
        None,           // allowed
        NotListed,      // the instance is no longer in the list
        CachedList,     // the rows are a list saved earlier: wait for CompShare's answer
        Sending,        // our request for it is on the wire
        AwaitingList,   // CompShare accepted ours at `at`; the list does not show it yet
        CheckingLost,   // no answer to ours came; the list must tell
        CheckingAnswer, // ours was answered without saying whether it was applied (HTTP 5xx,
                        // RetCode 8433, unreadable); the list must tell
        UnderWay,       // ours is under way (the list shows the transition)
        LockedByOther,  // another operation holds it until `at` at the latest
        Transitional,   // the list shows a transitional state (`listed`)
        UnknownState,   // the list does not say what state it is in
        WrongState,     // `listed` is not a state this action starts from
        NoAction,       // no row action exists in `listed` (e.g. Install Fail)
    };
    Blocker blocker = Blocker::None;
    OperationKind kind = OperationKind::Stop;
    InstanceState listed = InstanceState::Unknown;
    QString rawState;
    QDateTime at;

    bool allowed() const { return blocker == Blocker::None; }
    // Ours already under way: a second confirmation ends quietly, not as an error.
    bool isOursUnderWay() const
    {
        return blocker == Blocker::Sending || blocker == Blocker::AwaitingList ||
               blocker == Blocker::CheckingLost || blocker == Blocker::CheckingAnswer ||
               blocker == Blocker::UnderWay;
    }
};

// How an operation went, as the user should learn it. Emitted as it happens
// (OperationTracker::outcome), and computed as what holds now
// (OperationTracker::standing): the banner shows the standing ones.
struct OperationOutcome
{
    enum class Kind
    {
        NotSent,          // refused before sending: `verdict` says why
        Refused,          // CompShare answered with a refusal (`error`): nothing was applied
        AnswerLost,       // the answer did not say (`error`: none came, or a 5xx / 8433 /
                          // unreadable one); the list is read, nothing is resent
        TookEffect,       // the answer did not say (or refused), yet the list shows it
        DidNotTakeEffect, // the answer did not say; the re-read still shows the old state
        Unknown,          // the answer did not say and no list could be read since
        NoChange,         // accepted, still the old state after the bound (`watching`)
        StillInProgress,  // InstanceOperationInProgress to our own repeated request
        LockedByOther,    // InstanceOperationInProgress, not ours
        Stuck,            // still transitional after bounds::kStuckSecs
        ReachedFinal,     // the list shows the final state: earlier news is over
        Withdrawn,        // a followed instance moved: "still shows Running" no longer holds
        GpuStillAttached, // started "without GPU", yet listed running with `gpuCount` GPUs
        NoAnswerYet,      // sent bounds::kMutationSilenceSecs ago or more, no answer yet
        StoppedOutside,   // listed Stopped, and no stop of ours explains it (`cause`)
    };
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    Kind kind = Kind::ReachedFinal;
    OperationKind operation = OperationKind::Stop;
    QString instanceId;
    ApiError error;                                // Refused, LockedByOther, AnswerLost
    ActionVerdict verdict;                         // NotSent
    QDateTime acceptedAt;                          // NoChange
    InstanceState listed = InstanceState::Unknown; // the state the list showed
    int gpuCount = 0;                              // GpuStillAttached
    double perHour = -1;                      // GpuStillAttached: what it costs now; <0 unknown
    bool gone = false;                        // Release: the list no longer has it
    RecycleBin recycle = RecycleBin::NotSaid; // Release: the answer's InRecycle
    StopCause cause = StopCause::NotKnown;    // ReachedFinal / TookEffect / StoppedOutside
    quint64 serial = 0;       // the attempt it is about (OperationTracker::Operation::serial)
    QString name;             // the instance's name when it was asked, if known
    bool listedSince = false; // Refused: a listing came after the answer (the network works)
    bool watching = true;     // NoChange: the console still follows it

    Severity severity() const;
};

inline OperationOutcome::Severity OperationOutcome::severity() const
{
    switch (kind) {
    case Kind::Refused:
    case Kind::LockedByOther:
    case Kind::NotSent:
        return Severity::Error;
    case Kind::NoAnswerYet:
    case Kind::AnswerLost:
    case Kind::DidNotTakeEffect:
    case Kind::Unknown:
    case Kind::NoChange:
    case Kind::Stuck:
    case Kind::GpuStillAttached:
        return Severity::Warning;
    case Kind::TookEffect:
    case Kind::StillInProgress:
    case Kind::ReachedFinal:
    case Kind::Withdrawn:
    case Kind::StoppedOutside:
        break;
    }
    return Severity::Info;
}

} // namespace compshare

Q_DECLARE_METATYPE(compshare::OperationKind)
Q_DECLARE_METATYPE(compshare::StopCause)
Q_DECLARE_METATYPE(compshare::ScheduleBlocker)
Q_DECLARE_METATYPE(compshare::OperationOutcome)
