// SPDX-License-Identifier: MIT
// The one owner of each instance's Stop / Start / Reboot, from the moment it
// is sent until the listing shows its end:
//   sending -> accepted (waiting for the cloud to show it) -> transitioning
//   -> done | failed | timed out | locked.
// CompShare's listing is eventually consistent: after it accepts an
// operation it may list the old state for a while. So an accepted operation
// keeps the row busy (every route to another operation is refused) and
// polled until its final state, or until a bound passes with no change.
// The model and the row-action policy ask it what a row may do, the
// scheduler asks it what to poll.
#pragma once

#include "api/Instance.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <functional>

namespace compshare {

class OperationTracker final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Stop,
        Start,
        Reboot
    };
    Q_ENUM(Kind)
    enum class Phase
    {
        Sending,       // our request is on the wire
        Accepted,      // CompShare accepted it; the listing still shows the old state
        Transitioning, // the listing shows Stopping / Starting / Rebooting
        Done,          // the listing shows the final state
        Failed,        // answered with an error
        TimedOut,      // accepted, but no change was listed within the bound
        Locked,        // another operation (not ours) holds the instance
    };
    Q_ENUM(Phase)
    // How an accepted operation ended, for the message the user reads.
    enum class Conclusion
    {
        ReachedFinal,     // e.g. Stopped after a Stop
        TookEffect,       // the answer was lost; the listing showed the change
        DidNotTakeEffect, // the answer was lost; no change within the bound
        Unknown,          // the answer was lost and no listing could be read since
        NoChange,         // accepted, yet still the old state after the bound
    };
    Q_ENUM(Conclusion)

    struct Operation
    {
        Kind kind = Kind::Stop;
        Phase phase = Phase::Sending;
        InstanceState before = InstanceState::Unknown; // listed state when sent
        QDateTime sentAt;
        QDateTime acceptedAt;
        QDateTime watchSince;    // the no-change bound counts from here
        bool answerLost = false; // transport failed; the listing must tell
        bool listedSinceLoss = false;
        bool sawTransition = false; // e.g. Rebooting was listed
        QDateTime lockedUntil;
        InstanceState lockedState = InstanceState::Unknown;
    };

    explicit OperationTracker(QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> now);
    void setNoChangeTimeoutSecs(int secs); // "accepted but still shows Running" (180)
    void setLockSecs(int secs);            // the gateway's per-instance lock (600)
    int lockSecs() const { return m_lockSecs; }

    // --- what a row may do
    const Operation *find(const QString &id) const;
    bool isUnderWay(const QString &id) const; // Sending, Accepted or Transitioning
    bool isLocked(const QString &id) const;   // Locked and not expired
    // Why no Stop/Start/Reboot may be sent now; empty when free.
    QString blockingReason(const QString &id) const;
    // "Stop requested" while sending or waiting for the listing; else empty.
    QString pendingText(const QString &id) const;
    QDateTime startedAt(const QString &id) const; // of an operation under way
    QStringList idsToPoll() const;                // accepted and transitioning

    // --- an operation's life
    bool begin(const QString &id, Kind kind, InstanceState listed); // false if under way/locked
    // RetCode 0, or a transport failure after which the listing must tell.
    void accept(const QString &id, bool answerLost = false);
    void fail(const QString &id);
    // An InstanceOperationInProgress answer. Returns true when it answers
    // our own operation (not a failure, never a lock); else locks the row.
    bool lockAnswered(const QString &id, InstanceState listed);
    // A successful listing (full or poll) of these instances.
    void observe(const QList<Instance> &listed);
    void forget(const QString &id);
    void clear();

    static InstanceState finalStateOf(Kind kind);

signals:
    void changed(const QString &id);
    void concluded(const QString &id, compshare::OperationTracker::Kind kind,
                   compshare::OperationTracker::Conclusion conclusion, const QDateTime &acceptedAt,
                   compshare::InstanceState listed);

private:
    void conclude(const QString &id, Operation &op, Phase phase, Conclusion conclusion,
                  InstanceState listed);

    QHash<QString, Operation> m_ops;
    struct Accepted
    {
        Kind kind;
        QDateTime at;
    };
    QHash<QString, Accepted> m_lastAccepted; // for telling our own lock from another's
    std::function<QDateTime()> m_now;
    int m_noChangeSecs = 180;
    int m_lockSecs = 600;
};

} // namespace compshare

Q_DECLARE_METATYPE(compshare::OperationTracker::Kind)
Q_DECLARE_METATYPE(compshare::OperationTracker::Conclusion)
