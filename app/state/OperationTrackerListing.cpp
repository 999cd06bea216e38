// SPDX-License-Identifier: MIT
// OperationTracker: what each listing tells about our operations (observe,
// observeAbsent) and about stops that are not ours (observeStateChange).
#include "base/Bounds.h"
#include "base/Logging.h"
#include "domain/BillingRules.h"
#include "state/OperationTracker.h"

namespace compshare {

struct OperationTracker::Pending
{
    QStringList changed;
    QList<OperationOutcome> outcomes;
};

void OperationTracker::follow(Operation &op, const QDateTime &now)
{
    op.phase = Phase::Following;
    op.followUntil = now.addSecs(bounds::kFollowSecs);
}

void OperationTracker::observeOne(const Instance &i, Operation &op, const QDateTime &now,
                                  Pending &out)
{
    using O = OperationOutcome::Kind;
    const InstanceState target = finalStateOf(op.kind);
    const bool changedState = i.state != op.before;
    switch (op.phase) {
    case Phase::Locked:
        // A new state shows the other operation ended, or the lock ran out.
        if (i.state != op.lockedState || now >= op.lockedUntil) {
            m_ops.remove(i.id);
            out.changed << i.id;
        }
        return;
    case Phase::Refused:
        op.listedSinceAnswer = true;
        if (changedState && (i.isTransitional() || i.state == target)) {
            // Refused, yet the list shows it: it took effect after all.
            op.phase = i.state == target ? Phase::Done : Phase::Transitioning;
            op.sawTransition = i.isTransitional();
            op.tookEffectAfterDoubt = true;
            op.acceptedAt = now;
            out.outcomes << outcomeFor(i.id, op, O::TookEffect, i.state);
        } else {
            op.phase = Phase::NotApplied; // nothing changed, as the answer said
        }
        out.changed << i.id;
        return;
    case Phase::Following:
    case Phase::Ended:
        if (!changedState) {
            if (op.phase == Phase::Following && now >= op.followUntil) {
                op.phase = Phase::Ended;
                out.changed << i.id;
            }
            return;
        }
        op.phase = Phase::Transitioning; // it moved: watch it to its end
        op.watchSince = now;
        out.changed << i.id;
        if (!op.unknown) // (an unknown answer's "took effect" below replaces it)
            out.outcomes << outcomeFor(i.id, op, O::Withdrawn, i.state);
        break;
    case Phase::Accepted:
    case Phase::Transitioning:
        break;
    default:
        return;
    }
    op.listedSinceAnswer = true;
    if (i.isTransitional()) {
        if (!op.sawTransition) {
            op.phase = Phase::Transitioning;
            op.sawTransition = true;
            if (op.unknown) {
                op.unknown = false; // the listing shows it: it took effect
                op.tookEffectAfterDoubt = true;
                out.outcomes << outcomeFor(i.id, op, O::TookEffect, i.state);
            }
            out.changed << i.id;
        }
        if (!op.reportedStuck && isStuck(i.id)) {
            op.reportedStuck = true;
            out.outcomes << outcomeFor(i.id, op, O::Stuck, i.state);
        }
        return;
    }
    const bool done = op.kind == Kind::Reboot ? (op.sawTransition && i.state == target)
                                              : (changedState && i.state == target);
    // A release ends only when the list no longer has the instance
    // (observeAbsent); one listed in another state keeps being watched.
    if (op.kind != Kind::Release && (done || (changedState && i.state != target))) {
        // Final, or ended somewhere else: either way this operation is over.
        op.phase = Phase::Done;
        out.changed << i.id;
        out.outcomes << outcomeFor(i.id, op, op.unknown ? O::TookEffect : O::ReachedFinal, i.state);
        op.unknown = false;
        if (op.withoutGpu && i.state == InstanceState::Running && i.gpuCount > 0) {
            // Asked to boot without GPU, listed with its GPUs: it pays for them.
            OperationOutcome o = outcomeFor(i.id, op, O::GpuStillAttached, i.state);
            o.gpuCount = i.gpuCount;
            o.perHour = gpuCostPerHour(i);
            out.outcomes << o;
        }
        return;
    }
    if (op.unknown && op.phase == Phase::Accepted) {
        // The answer did not say, and the re-read shows the state it was
        // sent from: it did not take effect. The action is free again; the
        // instance is still followed, in case the list is late to show it.
        follow(op, now);
        out.changed << i.id;
        out.outcomes << outcomeFor(i.id, op, O::DidNotTakeEffect, i.state);
        return;
    }
    if (op.phase != Phase::Transitioning && op.watchSince.secsTo(now) >= m_noChangeSecs) {
        follow(op, now);
        out.changed << i.id;
        out.outcomes << outcomeFor(i.id, op, O::NoChange, i.state);
    }
}

double OperationTracker::gpuCostPerHour(const Instance &i)
{
    const BillingKind billing = BillingRules::kind(i.chargeType);
    const CostFigure figure = BillingRules::runningBill(i).figure();
    if (figure.isExact() && (billing == BillingKind::PayAsYouGo || billing == BillingKind::Spot))
        return figure.value;
    return -1;
}

void OperationTracker::observe(const QList<Instance> &listed)
{
    const QDateTime now = m_now();
    Pending out;
    for (const Instance &i : listed) {
        const auto it = m_ops.find(i.id);
        if (it != m_ops.end())
            observeOne(i, *it, now, out);
        // A refusal before sending, a lock, a release's news: the listing
        // decides whether they still hold (standing()); the banner is told.
        if (m_notSent.contains(i.id))
            out.changed << i.id;
    }
    // An unknown answer with no listing at all since: after the bound,
    // "unknown", and still followed in case a listing can be read later.
    for (auto it = m_ops.begin(); it != m_ops.end(); ++it) {
        if (it->phase == Phase::Accepted && it->unknown && !it->listedSinceAnswer &&
            !it->rereadPending && it->watchSince.secsTo(now) >= m_noChangeSecs) {
            follow(*it, now);
            out.changed << it.key();
            out.outcomes << outcomeFor(it.key(), *it, OperationOutcome::Kind::Unknown,
                                       InstanceState::Unknown);
        }
    }
    // Settled first, then told: a listener may call back into the tracker.
    for (const QString &id : std::as_const(out.changed))
        emit changed(id);
    for (const OperationOutcome &o : std::as_const(out.outcomes)) {
        qCInfo(lcStop) << o.instanceId << o.operation << "outcome" << int(o.kind);
        emit outcome(o);
    }
}

bool OperationTracker::oursExplainsStop(const QString &id) const
{
    // A Stop of ours that was sent and has not ended: it (or its late
    // effect) is the cause. One that was refused and shown unchanged, or
    // whose stop the list already showed, explains no later stop.
    const Operation *op = find(id);
    return op && op->kind == Kind::Stop && op->phase != Phase::Done &&
           op->phase != Phase::NotApplied && op->phase != Phase::Locked;
}

void OperationTracker::observeStateChange(const Instance &now, const Instance &before)
{
    const QString &id = now.id;
    const bool stopping =
        now.state == InstanceState::Stopping || now.state == InstanceState::Stopped;
    if (!stopping) {
        m_outsideStops.remove(id);
        return;
    }
    if (oursExplainsStop(id)) {
        m_outsideStops.remove(id); // our final outcome says it, with its cause
        return;
    }
    if (before.state == InstanceState::Running) {
        // The cause as known when it left Running: a schedule that was due
        // (its field goes back to 0 once it fired), else a spot instance's
        // reclaim (we sent nothing), else not known.
        StopCause cause = StopCause::NotKnown;
        const QDateTime at = m_now();
        if (before.scheduledStop.isValid() && before.scheduledStop <= at.addSecs(60))
            cause = StopCause::Schedule;
        else if (before.isSpot())
            cause = StopCause::SpotReclaim;
        m_outsideStops.insert(id, cause);
    }
    if (now.state != InstanceState::Stopped)
        return;
    const auto it = m_outsideStops.constFind(id);
    if (it == m_outsideStops.constEnd())
        return; // it was not seen leaving Running: no claim about why
    OperationOutcome o;
    o.kind = OperationOutcome::Kind::StoppedOutside;
    o.operation = Kind::Stop;
    o.instanceId = id;
    o.name = now.name;
    o.listed = now.state;
    o.cause = it.value();
    m_outsideStops.remove(id);
    qCInfo(lcStop) << id << "stopped, not by us; cause" << int(o.cause);
    emit outcome(o);
}

QStringList OperationTracker::observeAbsent(const QStringList &ids)
{
    Pending out;
    QStringList released;
    for (const QString &id : ids) {
        const auto it = m_ops.find(id);
        if (it == m_ops.end() || it->kind != Kind::Release)
            continue;
        const Phase p = it->phase;
        // Sending: the answer decides first. Ended / Done / Locked: not ours to end.
        if (p != Phase::Accepted && p != Phase::Transitioning && p != Phase::Following &&
            p != Phase::Refused)
            continue;
        const bool surprise =
            it->unknown || it->tookEffectAfterDoubt || p == Phase::Refused || p == Phase::Following;
        OperationOutcome o = outcomeFor(id, *it,
                                        surprise ? OperationOutcome::Kind::TookEffect
                                                 : OperationOutcome::Kind::ReachedFinal,
                                        InstanceState::Unknown);
        o.gone = true;
        out.outcomes << o;
        out.changed << id;
        released << id;
        // The instance is gone: nothing of it is left to watch or to lock;
        // the news of its release stays (standing()).
        m_released.append({id, *it, surprise});
        m_ops.erase(it);
        m_lastAccepted.remove(id);
        m_notSent.remove(id);
    }
    for (const QString &id : std::as_const(out.changed))
        emit changed(id);
    for (const OperationOutcome &o : std::as_const(out.outcomes)) {
        qCInfo(lcStop) << o.instanceId << o.operation << "outcome" << int(o.kind) << "(gone)";
        emit outcome(o);
    }
    return released;
}

QStringList OperationTracker::releasesAwaitingAbsence() const
{
    QStringList ids;
    for (auto it = m_ops.constBegin(); it != m_ops.constEnd(); ++it) {
        if (it->kind == Kind::Release && it->phase != Phase::Sending &&
            it->phase != Phase::Locked && it->phase != Phase::NotApplied)
            ids << it.key();
    }
    return ids;
}

} // namespace compshare
