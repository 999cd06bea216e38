// SPDX-License-Identifier: MIT
// The operation owner: the one place that knows each instance's Stop / Start /
// Reboot / Release from the moment it is asked for until the listing shows its end,
// and who may change an instance's scheduled stop, whether a change is on the
// wire, and whether it took effect (StopScheduleController sends and re-reads).
//   verdict()  may this action run on this instance now (and if not, why);
//   begin -> sending -> accepted (the list still shows the old state)
//         -> transitioning -> done
//   refused    an answer that applied nothing (ApiError::Certainty::NotApplied):
//              re-read once, then not applied (or it took effect after all)
//   unknown    an answer that does not say (Certainty::Unknown): re-read once,
//              never resent; that re-read decides (took effect / did not)
//   following  accepted, no change within the bound (or the re-read of an
//              unknown answer showed none): still watched every
//              bounds::kFollowPollSecs until the state changes
//   locked     another operation (not ours) holds the instance.
// CompShare's listing is eventually consistent, so "did it take effect" is
// decided here from the listing alone, and reported as data: outcome() as
// things happen (the journal, desktop notifications), standing() as what
// holds now (the operations banner). Nothing else keeps a copy of these
// facts: the model, the row actions, the controller and the scheduler ask.
// Signals go out after the state is settled, never while iterating.
#pragma once

#include "domain/Instance.h"
#include "domain/OperationOutcome.h"

#include <QDateTime>
#include <QDebug>
#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>

namespace compshare {

QDebug operator<<(QDebug debug, OperationKind kind);

class OperationTracker final : public QObject
{
    Q_OBJECT

public:
    using Kind = OperationKind;
    enum class Phase
    {
        Sending,       // our request is on the wire
        Accepted,      // CompShare accepted it (or its answer did not say); the list must show it
        Transitioning, // the list shows Stopping / Starting / Rebooting
        Done,          // the list shows the final state
        Refused,       // answered: not applied; one re-read checks nothing changed
        NotApplied,    // refused, and the re-read showed no change: over
        Following,     // no change within the bound: watched until it changes
        Ended,         // followed to the end of its bound; nothing more to watch
        Locked,        // another operation (not ours) holds the instance
    };
    Q_ENUM(Phase)
    // How often the scheduler should look, for what the tracker watches.
    enum class Pace
    {
        None,   // nothing of ours to watch
        Quick,  // an operation under way, or a refusal to check
        Follow, // only instances followed after the no-change bound
        Slow,   // only operations that are stuck
    };

    struct Operation
    {
        Kind kind = Kind::Stop;
        Phase phase = Phase::Sending;
        InstanceState before = InstanceState::Unknown; // listed state when sent
        QString name;       // the instance's name when asked (a released row is gone)
        quint64 serial = 0; // one per attempt: tells one note's facts from the next
        QDateTime sentAt;   // the first send: elapsed time counts from here, never later
        QDateTime acceptedAt;
        QDateTime watchSince;           // the no-change bound counts from here
        QDateTime followUntil;          // Following ends here
        ApiError error;                 // the answer: a refusal, or one that does not say (unknown)
        bool unknown = false;           // the answer did not say whether it was applied
        bool rereadPending = false;     // unknown: the re-read of it is on the wire
        bool listedSinceAnswer = false; // a listing of it came after the answer
        bool tookEffectAfterDoubt = false; // unknown or refused, yet the list showed it
        bool repeatedIntoOwnLock = false;  // a repeat that met our own earlier one's lock
        bool sawTransition = false;        // e.g. Rebooting was listed
        bool reportedStuck = false;
        bool withoutGpu = false; // a Start asked to boot without GPU: the list must agree
        QDateTime lockedUntil;
        InstanceState lockedState = InstanceState::Unknown;
        RecycleBin recycle = RecycleBin::NotSaid; // Release: what the answer said
    };

    explicit OperationTracker(QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> now);
    QDateTime now() const { return m_now(); }
    void setNoChangeTimeoutSecs(int secs); // bounds::kNoChangeSecs
    void setLockSecs(int secs);            // bounds::kLockSecs
    int lockSecs() const { return m_lockSecs; }

    // --- who may act: the one rule
    // The rows on screen are a list saved by an earlier run: nothing may act
    // on them until CompShare has answered (InstanceStore::cachedChanged).
    void setListIsCached(bool cached);
    // May `kind` run on this instance (null: not in the list) now?
    ActionVerdict verdict(const Instance *instance, Kind kind) const;
    // The verdict on the row's own action (Stop when running, Start when stopped).
    ActionVerdict rowVerdict(const Instance &instance) const;
    // The part of the verdict that the listed state alone decides.
    static ActionVerdict listedVerdict(const Instance &instance, Kind kind);
    static bool hasRowAction(const Instance &instance);
    static Kind rowActionOf(const Instance &instance);

    const Operation *find(const QString &id) const;
    bool isUnderWay(const QString &id) const; // Sending, Accepted or Transitioning
    bool isLocked(const QString &id) const;   // Locked and not expired
    bool isStuck(const QString &id) const;    // transitional beyond bounds::kStuckSecs
    // Sending, or accepted and not yet shown by the list: the row says "Stop requested".
    bool isRequested(const QString &id, Kind *kind = nullptr) const;
    // The operation under way on it (Sending, Accepted or Transitioning), if any.
    bool underWayKind(const QString &id, Kind *kind) const;
    // When the operation under way was first sent: its elapsed time counts
    // from here and never goes back (an unknown answer, a repeat that met our
    // own lock, a late "took effect" do not move it).
    QDateTime startedAt(const QString &id) const;
    QStringList idsToPoll() const;
    Pace pace() const;
    // Does what standing() says depend on the clock alone now (a request on
    // the wire that may pass bounds::kMutationSilenceSecs, a lock that runs out)?
    bool hasTimedNotes() const;

    // --- an operation's life
    // Returns the verdict; when not allowed nothing begins, and an outcome
    // NotSent is reported unless ours is already under way (a second
    // confirmation ends quietly).
    // withoutGpu: a Start without GPU, checked against the list when it runs.
    ActionVerdict begin(const Instance *instance, Kind kind, bool withoutGpu = false);
    void accept(const QString &id, RecycleBin recycle = RecycleBin::NotSaid);
    // An answer that does not say whether it was applied (no answer, HTTP 5xx,
    // RetCode 8433, an unreadable body): watched like an accepted one, never
    // resent; the instance is being re-read (answerLost hands the re-read over).
    void answerUnknown(const QString &id, const ApiError &error);
    // The re-read after an unknown answer (reread: the instance, when that
    // worked): the first listing decides "took effect" or "did not".
    void answerLost(const QString &id, const ApiError &error, const Instance *reread);
    // An answer that applied nothing (ApiError::Certainty::NotApplied).
    void refuse(const QString &id, const ApiError &error);
    // An InstanceOperationInProgress answer.
    void lockAnswered(const QString &id, const ApiError &error, InstanceState listed);
    // A successful listing (full or poll) of these instances.
    void observe(const QList<Instance> &listed);
    // A listing shows `now` in another state than `before` (called before
    // observe() of that listing): a stop that no operation of ours explains
    // is reported once it is listed Stopped (StoppedOutside, with its cause).
    void observeStateChange(const Instance &now, const Instance &before);
    // These instances were asked for (a poll) or a full listing no longer
    // has them: a release of ours that was accepted (or whose answer was
    // lost, or refused) has ended, reported with `gone`. Returns the ids
    // whose release ended here (their rows go).
    QStringList observeAbsent(const QStringList &ids);
    // Releases past Sending: the ids a full listing must be checked for.
    QStringList releasesAwaitingAbsence() const;
    void forget(const QString &id);
    void clear();

    static InstanceState finalStateOf(Kind kind);
    // What a running instance costs per hour with its GPUs (<0: not known).
    static double gpuCostPerHour(const Instance &i);

    // What holds now, as outcomes: one per instance with something to say
    // (and one per release that ended), computed from the operations and the
    // listing (`listed`: the instance as listed now, or null), never kept. A
    // note whose fact changed is simply not in it: nothing must withdraw it.
    using Lookup = std::function<const Instance *(const QString &id)>;
    QList<OperationOutcome> standing(const Lookup &listed) const;

    // --- scheduled-stop changes (UpdateCompShareStopScheduler / Delete…)
    // May the schedule be set (`set`, to `at`) or cancelled now?
    ScheduleBlocker scheduleVerdict(const Instance *instance, bool set, const QDateTime &at,
                                    bool hasProject) const;
    // Why an instance can never have a schedule, whatever the time (dialogs list these).
    static ScheduleBlocker scheduleNeverAllowed(const Instance &instance);
    void beginScheduleChange(const QString &id) { m_scheduleChanges.insert(id); }
    void endScheduleChange(const QString &id) { m_scheduleChanges.remove(id); }
    bool isScheduleChanging(const QString &id) const { return m_scheduleChanges.contains(id); }
    // Did a change take effect? The re-read shows the time asked, to the
    // second (invalid `asked`: a cancel, so no schedule at all). Decided from
    // the listing alone, answer lost or not.
    static bool scheduleTookEffect(const QDateTime &asked, const QDateTime &seen);

signals:
    void changed(const QString &id);
    void outcome(const compshare::OperationOutcome &outcome);

private:
    struct Pending; // what observe() will emit once it is done
    void observeOne(const Instance &listed, Operation &op, const QDateTime &now, Pending &out);
    void follow(Operation &op, const QDateTime &now);
    OperationOutcome outcomeFor(const QString &id, const Operation &op, OperationOutcome::Kind kind,
                                InstanceState listed) const;
    // Would a Stop of ours explain that this instance stopped?
    bool oursExplainsStop(const QString &id) const;
    void standingOf(const QString &id, const Operation &op, const Instance *listed,
                    QList<OperationOutcome> &out) const;

    QHash<QString, Operation> m_ops;
    QSet<QString> m_scheduleChanges; // schedule changes of ours on the wire or being re-read
    struct Accepted
    {
        Kind kind;
        QDateTime at;
        QDateTime sentAt;
    };
    // Accepted, or answered without saying: for telling our own lock from another's.
    QHash<QString, Accepted> m_lastAccepted;
    // Refused before sending (begin): why, until the listing no longer shows that.
    struct NotSent
    {
        ActionVerdict verdict;
        quint64 serial = 0;
    };
    QHash<QString, NotSent> m_notSent;
    // Releases that ended (the list no longer has them): the news stays.
    struct Released
    {
        QString id;
        Operation op;
        bool afterDoubt = false; // its answer was unknown or a refusal
    };
    QList<Released> m_released;
    // Instances that left Running without a stop of ours: why, until listed Stopped.
    QHash<QString, StopCause> m_outsideStops;
    quint64 m_serial = 0;
    std::function<QDateTime()> m_now;
    bool m_listIsCached = false;
    int m_noChangeSecs;
    int m_lockSecs;
};

} // namespace compshare
