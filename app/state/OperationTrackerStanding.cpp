// SPDX-License-Identifier: MIT
// OperationTracker::standing(): what holds now, computed from the operations
// and the listing each time it is asked. A note is shown only while its fact
// holds: a refusal while the list still shows the state the request was sent
// from, "still shows Running" while it does, a lock while it lasts. So no
// code path has to remember to withdraw one.
#include "base/Bounds.h"
#include "state/OperationTracker.h"

namespace compshare {

namespace {
using O = OperationOutcome::Kind;
using Phase = OperationTracker::Phase;

// Does the list show what the operation would have brought (its transition,
// or its end where that is not where it starts)? Then a refusal of it, or a
// lock that held it back, is not the news: "was not stopped" or "refused the
// stop" is never shown beside Stopping or Stopped.
bool showsItsEffect(OperationKind kind, InstanceState listed)
{
    switch (kind) {
    case OperationKind::Stop:
        return listed == InstanceState::Stopping || listed == InstanceState::Stopped;
    case OperationKind::Start:
        return listed == InstanceState::Starting || listed == InstanceState::Running;
    case OperationKind::Reboot:
        return listed == InstanceState::Rebooting;
    case OperationKind::Release:
        break;
    }
    return false;
}

// Does the refusal before sending still hold for what the list shows now?
// Never beside the end that was asked for ("was not stopped" beside Stopped
// says nothing); beside Stopping it says why nothing was sent.
bool notSentHolds(const ActionVerdict &v, const Instance *listed, bool cached, bool locked)
{
    using B = ActionVerdict::Blocker;
    if (listed && (v.kind == OperationKind::Stop || v.kind == OperationKind::Start) &&
        listed->state == OperationTracker::finalStateOf(v.kind))
        return false;
    switch (v.blocker) {
    case B::NotListed:
        return !listed;
    case B::CachedList:
        return cached;
    case B::LockedByOther:
        return locked;
    default:
        // Until the list shows another state.
        return listed && listed->state == v.listed && listed->rawState == v.rawState;
    }
}
} // namespace

void OperationTracker::standingOf(const QString &id, const Operation &op, const Instance *i,
                                  QList<OperationOutcome> &out) const
{
    const QDateTime now = m_now();
    const InstanceState listed = i ? i->state : InstanceState::Unknown;
    // The list still shows the state the request was sent from.
    const bool unchanged = i && i->state == op.before;
    const auto add = [&](O kind) -> OperationOutcome & {
        out << outcomeFor(id, op, kind, listed);
        return out.last();
    };
    switch (op.phase) {
    case Phase::Sending:
        if (op.sentAt.secsTo(now) >= bounds::kMutationSilenceSecs)
            add(O::NoAnswerYet);
        return;
    case Phase::Accepted:
        if (op.unknown && !op.listedSinceAnswer)
            add(O::AnswerLost); // the list is being read
        else if (op.repeatedIntoOwnLock)
            add(O::StillInProgress);
        return;
    case Phase::Transitioning:
        if (!i || !i->isTransitional())
            return;
        if (isStuck(id))
            add(O::Stuck);
        else if (op.tookEffectAfterDoubt)
            add(O::TookEffect);
        else if (op.repeatedIntoOwnLock)
            add(O::StillInProgress);
        return;
    case Phase::Done:
        if (op.withoutGpu && i && i->state == InstanceState::Running && i->gpuCount > 0) {
            OperationOutcome &o = add(O::GpuStillAttached);
            o.gpuCount = i->gpuCount;
            o.perHour = gpuCostPerHour(*i);
        }
        return;
    case Phase::Refused:
    case Phase::NotApplied:
        if (!unchanged)
            return; // the list shows something else now: the refusal is not the news
        if (op.repeatedIntoOwnLock) {
            add(O::StillInProgress);
        } else {
            OperationOutcome &o = add(O::Refused);
            o.listedSince = op.phase == Phase::NotApplied;
        }
        return;
    case Phase::Following:
    case Phase::Ended:
        if (!unchanged)
            return;
        if (!op.unknown) {
            add(O::NoChange).watching = op.phase == Phase::Following;
        } else {
            add(op.listedSinceAnswer ? O::DidNotTakeEffect : O::Unknown);
        }
        return;
    case Phase::Locked:
        if (isLocked(id) && i && i->state == op.lockedState && !showsItsEffect(op.kind, listed))
            add(O::LockedByOther).verdict.at = op.lockedUntil;
        return;
    }
}

QList<OperationOutcome> OperationTracker::standing(const Lookup &listed) const
{
    QList<OperationOutcome> out;
    for (auto it = m_ops.constBegin(); it != m_ops.constEnd(); ++it)
        standingOf(it.key(), it.value(), listed(it.key()), out);
    for (auto it = m_notSent.constBegin(); it != m_notSent.constEnd(); ++it) {
        const Instance *i = listed(it.key());
        if (!notSentHolds(it->verdict, i, m_listIsCached, isLocked(it.key())))
            continue;
        OperationOutcome o;
        o.kind = O::NotSent;
        o.operation = it->verdict.kind;
        o.instanceId = it.key();
        o.verdict = it->verdict;
        o.listed = it->verdict.listed;
        o.serial = it->serial;
        o.name = i ? i->name : QString();
        out << o;
    }
    for (const Released &r : m_released) {
        OperationOutcome o = outcomeFor(r.id, r.op, r.afterDoubt ? O::TookEffect : O::ReachedFinal,
                                        InstanceState::Unknown);
        o.gone = true;
        out << o;
    }
    return out;
}

} // namespace compshare
