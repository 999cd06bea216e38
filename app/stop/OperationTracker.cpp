// SPDX-License-Identifier: MIT
#include "stop/OperationTracker.h"

#include "billing/BillingRules.h"
#include "core/Bounds.h"
#include "core/Logging.h"

namespace compshare {

namespace {
bool underWay(OperationTracker::Phase phase)
{
    using P = OperationTracker::Phase;
    return phase == P::Sending || phase == P::Accepted || phase == P::Transitioning;
}

// The listed states each action starts from.
bool startsFrom(OperationKind kind, InstanceState state)
{
    return kind == OperationKind::Start || kind == OperationKind::Release
               ? state == InstanceState::Stopped
               : state == InstanceState::Running;
}
} // namespace

QDebug operator<<(QDebug debug, OperationKind kind)
{
    QDebugStateSaver saver(debug);
    switch (kind) {
    case OperationKind::Stop:
        return debug.noquote() << "Stop";
    case OperationKind::Start:
        return debug.noquote() << "Start";
    case OperationKind::Reboot:
        return debug.noquote() << "Reboot";
    case OperationKind::Release:
        return debug.noquote() << "Release";
    }
    return debug;
}

struct OperationTracker::Pending
{
    QStringList changed;
    QList<OperationOutcome> outcomes;
};

OperationTracker::OperationTracker(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_noChangeSecs(bounds::kNoChangeSecs)
    , m_lockSecs(bounds::kLockSecs)
{
    qRegisterMetaType<OperationOutcome>();
}

void OperationTracker::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void OperationTracker::setNoChangeTimeoutSecs(int secs)
{
    m_noChangeSecs = qMax(1, secs);
}

void OperationTracker::setLockSecs(int secs)
{
    m_lockSecs = qMax(1, secs);
}

InstanceState OperationTracker::finalStateOf(Kind kind)
{
    // A release has no final state in the list: its end is the row's absence
    // (observeAbsent). Its "target" is never listed, so a listing can only
    // show no change, or a move somewhere else.
    switch (kind) {
    case Kind::Stop:
        return InstanceState::Stopped;
    case Kind::Release:
        return InstanceState::Unknown;
    case Kind::Start:
    case Kind::Reboot:
        break;
    }
    return InstanceState::Running;
}

bool OperationTracker::hasRowAction(const Instance &instance)
{
    return instance.state == InstanceState::Running || instance.state == InstanceState::Stopped;
}

OperationTracker::Kind OperationTracker::rowActionOf(const Instance &instance)
{
    return instance.state == InstanceState::Stopped ? Kind::Start : Kind::Stop;
}

ActionVerdict OperationTracker::verdict(const Instance *instance, Kind kind) const
{
    using B = ActionVerdict::Blocker;
    ActionVerdict v;
    v.kind = kind;
    if (!instance) {
        v.blocker = B::NotListed;
        return v;
    }
    v.listed = instance->state;
    v.rawState = instance->rawState;
    if (m_listIsCached) {
        v.blocker = B::CachedList;
        return v;
    }
    // Ours under way (or another's lock) first, then the listed state.
    if (const Operation *op = find(instance->id)) {
        switch (op->phase) {
        case Phase::Sending:
            v.blocker = B::Sending;
            return v;
        case Phase::Accepted:
            v.blocker = op->answerLost ? B::CheckingLost : B::AwaitingList;
            v.at = op->acceptedAt;
            return v;
        case Phase::Transitioning:
            v.blocker = B::UnderWay;
            return v;
        case Phase::Locked:
            if (m_now() < op->lockedUntil) {
                v.blocker = B::LockedByOther;
                v.at = op->lockedUntil;
                return v;
            }
            break;
        default:
            break;
        }
    }
    return listedVerdict(*instance, kind);
}

ActionVerdict OperationTracker::listedVerdict(const Instance &instance, Kind kind)
{
    using B = ActionVerdict::Blocker;
    ActionVerdict v;
    v.kind = kind;
    v.listed = instance.state;
    v.rawState = instance.rawState;
    if (instance.isTransitional())
        v.blocker = B::Transitional;
    else if (instance.state == InstanceState::Unknown)
        v.blocker = B::UnknownState;
    else if (!hasRowAction(instance))
        v.blocker = B::NoAction;
    else if (!startsFrom(kind, instance.state))
        v.blocker = B::WrongState;
    return v;
}

ActionVerdict OperationTracker::rowVerdict(const Instance &instance) const
{
    return verdict(&instance, rowActionOf(instance));
}

const OperationTracker::Operation *OperationTracker::find(const QString &id) const
{
    const auto it = m_ops.constFind(id);
    return it == m_ops.constEnd() ? nullptr : &it.value();
}

bool OperationTracker::isUnderWay(const QString &id) const
{
    const Operation *op = find(id);
    return op && underWay(op->phase);
}

bool OperationTracker::isLocked(const QString &id) const
{
    const Operation *op = find(id);
    return op && op->phase == Phase::Locked && m_now() < op->lockedUntil;
}

bool OperationTracker::isStuck(const QString &id) const
{
    const Operation *op = find(id);
    if (!op || !underWay(op->phase) || op->phase == Phase::Sending)
        return false;
    return startedAt(id).secsTo(m_now()) >= bounds::kStuckSecs;
}

bool OperationTracker::isRequested(const QString &id, Kind *kind) const
{
    const Operation *op = find(id);
    if (!op || (op->phase != Phase::Sending && op->phase != Phase::Accepted))
        return false;
    if (kind)
        *kind = op->kind;
    return true;
}

QDateTime OperationTracker::startedAt(const QString &id) const
{
    const Operation *op = find(id);
    if (!op || !underWay(op->phase))
        return {};
    return op->acceptedAt.isValid() ? op->acceptedAt : op->sentAt;
}

QStringList OperationTracker::idsToPoll() const
{
    QStringList ids;
    for (auto it = m_ops.constBegin(); it != m_ops.constEnd(); ++it) {
        const Phase p = it->phase;
        if (p == Phase::Accepted || p == Phase::Transitioning || p == Phase::Refused ||
            p == Phase::Following)
            ids.append(it.key());
    }
    return ids;
}

OperationTracker::Pace OperationTracker::pace() const
{
    bool follow = false;
    bool stuck = false;
    for (auto it = m_ops.constBegin(); it != m_ops.constEnd(); ++it) {
        const Phase p = it->phase;
        if (p == Phase::Following)
            follow = true;
        else if ((p == Phase::Accepted || p == Phase::Transitioning) && isStuck(it.key()))
            stuck = true;
        else if (p == Phase::Accepted || p == Phase::Transitioning || p == Phase::Refused)
            return Pace::Quick;
    }
    return follow ? Pace::Follow : stuck ? Pace::Slow : Pace::None;
}

OperationOutcome OperationTracker::outcomeFor(const QString &id, const Operation &op,
                                              OperationOutcome::Kind kind,
                                              InstanceState listed) const
{
    OperationOutcome o;
    o.kind = kind;
    o.operation = op.kind;
    o.instanceId = id;
    o.acceptedAt = op.acceptedAt;
    o.listed = listed;
    o.recycle = op.recycle;
    return o;
}

ActionVerdict OperationTracker::begin(const Instance *instance, Kind kind, bool withoutGpu)
{
    const ActionVerdict v = verdict(instance, kind);
    if (!v.allowed()) {
        const QString id = instance ? instance->id : QString();
        qCInfo(lcStop) << "not sent" << kind << id << "blocker" << int(v.blocker);
        if (!v.isOursUnderWay()) {
            OperationOutcome o;
            o.kind = OperationOutcome::Kind::NotSent;
            o.operation = kind;
            o.instanceId = id;
            o.verdict = v;
            o.listed = v.listed;
            emit outcome(o);
        }
        return v;
    }
    Operation op;
    op.kind = kind;
    op.before = instance->state;
    op.withoutGpu = kind == Kind::Start && withoutGpu;
    op.sentAt = m_now();
    m_ops.insert(instance->id, op);
    emit changed(instance->id);
    return v;
}

void OperationTracker::accept(const QString &id, RecycleBin recycle)
{
    auto it = m_ops.find(id);
    if (it == m_ops.end())
        return;
    if (recycle != RecycleBin::NotSaid)
        it->recycle = recycle;
    it->phase = Phase::Accepted;
    it->acceptedAt = it->acceptedAt.isValid() ? it->acceptedAt : m_now();
    it->watchSince = m_now();
    m_lastAccepted.insert(id, {it->kind, it->acceptedAt});
    emit changed(id);
}

void OperationTracker::answerLost(const QString &id, const ApiError &error, const Instance *reread)
{
    auto it = m_ops.find(id);
    if (it == m_ops.end())
        return;
    // It may have been applied: watched like an accepted one, never resent.
    accept(id);
    it = m_ops.find(id);
    it->answerLost = true;
    OperationOutcome lost = outcomeFor(id, *it, OperationOutcome::Kind::AnswerLost,
                                       reread ? reread->state : InstanceState::Unknown);
    lost.error = error;
    emit outcome(lost);
    if (reread)
        observe({*reread});
}

void OperationTracker::refuse(const QString &id, const ApiError &error)
{
    auto it = m_ops.find(id);
    if (it == m_ops.end())
        return;
    it->phase = Phase::Refused;
    OperationOutcome o = outcomeFor(id, *it, OperationOutcome::Kind::Refused, it->before);
    o.error = error;
    emit changed(id);
    emit outcome(o);
}

void OperationTracker::lockAnswered(const QString &id, const ApiError &error, InstanceState listed)
{
    auto it = m_ops.find(id);
    const QDateTime now = m_now();
    const auto ours = m_lastAccepted.constFind(id);
    OperationOutcome o;
    o.instanceId = id;
    o.operation = it != m_ops.end() ? it->kind : Kind::Stop;
    o.error = error;
    o.listed = listed;
    if (ours != m_lastAccepted.constEnd() && ours->at.secsTo(now) < m_lockSecs) {
        // Our own earlier operation still holds the instance: the same one
        // again is watched again; another one simply was not done.
        if (it != m_ops.end() && it->kind == ours->kind) {
            it->phase = Phase::Accepted;
            it->acceptedAt = ours->at;
            it->watchSince = now;
        } else if (it != m_ops.end()) {
            m_ops.erase(it);
        }
        qCInfo(lcStop) << id << "lock answer: our own operation is still in progress";
        o.kind = OperationOutcome::Kind::StillInProgress;
    } else {
        if (it == m_ops.end())
            it = m_ops.insert(id, Operation{});
        it->phase = Phase::Locked;
        it->lockedUntil = now.addSecs(m_lockSecs);
        it->lockedState = listed;
        o.kind = OperationOutcome::Kind::LockedByOther;
        o.verdict.at = it->lockedUntil;
    }
    emit changed(id);
    emit outcome(o);
}

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
        if (changedState && (i.isTransitional() || i.state == target)) {
            // Refused, yet the list shows it: it took effect after all.
            op.phase = i.state == target ? Phase::Done : Phase::Transitioning;
            op.sawTransition = i.isTransitional();
            op.acceptedAt = now;
            out.outcomes << outcomeFor(i.id, op, O::TookEffect, i.state);
        } else {
            m_ops.remove(i.id); // nothing changed, as the answer said
        }
        out.changed << i.id;
        return;
    case Phase::Following:
        if (!changedState) {
            if (now >= op.followUntil) {
                op.phase = Phase::Ended;
                out.changed << i.id;
            }
            return;
        }
        op.phase = Phase::Transitioning; // it moved: watch it to its end
        op.watchSince = now;
        out.changed << i.id;
        if (!op.answerLost) // (a lost answer's "took effect" below replaces it)
            out.outcomes << outcomeFor(i.id, op, O::Withdrawn, i.state);
        break;
    case Phase::Accepted:
    case Phase::Transitioning:
        break;
    default:
        return;
    }
    op.listedSinceLoss = true;
    if (i.isTransitional()) {
        if (!op.sawTransition) {
            op.phase = Phase::Transitioning;
            op.sawTransition = true;
            if (op.answerLost) {
                op.answerLost = false; // the listing shows it: it took effect
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
        out.outcomes << outcomeFor(i.id, op, op.answerLost ? O::TookEffect : O::ReachedFinal,
                                   i.state);
        op.answerLost = false;
        if (op.withoutGpu && i.state == InstanceState::Running && i.gpuCount > 0) {
            // Asked to boot without GPU, listed with its GPUs: it pays for them.
            OperationOutcome o = outcomeFor(i.id, op, O::GpuStillAttached, i.state);
            o.gpuCount = i.gpuCount;
            const BillingKind billing = BillingRules::kind(i.chargeType);
            const CostFigure figure = BillingRules::runningBill(i).figure();
            if (figure.isExact() &&
                (billing == BillingKind::PayAsYouGo || billing == BillingKind::Spot))
                o.perHour = figure.value;
            out.outcomes << o;
        }
        return;
    }
    if (op.phase != Phase::Transitioning && op.watchSince.secsTo(now) >= m_noChangeSecs) {
        follow(op, now);
        out.changed << i.id;
        out.outcomes << outcomeFor(i.id, op, op.answerLost ? O::DidNotTakeEffect : O::NoChange,
                                   i.state);
    }
}

void OperationTracker::observe(const QList<Instance> &listed)
{
    const QDateTime now = m_now();
    Pending out;
    for (const Instance &i : listed) {
        const auto it = m_ops.find(i.id);
        if (it != m_ops.end())
            observeOne(i, *it, now, out);
    }
    // A lost answer with no listing at all since: after the bound, "unknown",
    // and still followed in case a listing can be read later.
    for (auto it = m_ops.begin(); it != m_ops.end(); ++it) {
        if (it->phase == Phase::Accepted && it->answerLost && !it->listedSinceLoss &&
            it->watchSince.secsTo(now) >= m_noChangeSecs) {
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
        const bool surprise = it->answerLost || p == Phase::Refused || p == Phase::Following;
        OperationOutcome o = outcomeFor(id, *it,
                                        surprise ? OperationOutcome::Kind::TookEffect
                                                 : OperationOutcome::Kind::ReachedFinal,
                                        InstanceState::Unknown);
        o.gone = true;
        out.outcomes << o;
        out.changed << id;
        released << id;
        // The instance is gone: nothing of it is left to watch or to lock.
        m_ops.erase(it);
        m_lastAccepted.remove(id);
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
        if (it->kind == Kind::Release && it->phase != Phase::Sending)
            ids << it.key();
    }
    return ids;
}

void OperationTracker::forget(const QString &id)
{
    if (m_ops.remove(id) > 0)
        emit changed(id);
}

void OperationTracker::clear()
{
    const QStringList ids = m_ops.keys();
    m_ops.clear();
    m_lastAccepted.clear();
    m_scheduleChanges.clear();
    for (const QString &id : ids)
        emit changed(id);
}

} // namespace compshare
