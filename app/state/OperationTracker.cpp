// SPDX-License-Identifier: MIT
#include "state/OperationTracker.h"

#include "base/Bounds.h"
#include "base/Logging.h"

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

OperationTracker::OperationTracker(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_noChangeSecs(bounds::kNoChangeSecs)
    , m_lockSecs(bounds::kLockSecs)
{
    qRegisterMetaType<OperationOutcome>();
    qRegisterMetaType<StopCause>();
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
            v.blocker = !op->unknown           ? B::AwaitingList
                        : op->error.noAnswer() ? B::CheckingLost
                                               : B::CheckingAnswer;
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

bool OperationTracker::underWayKind(const QString &id, Kind *kind) const
{
    const Operation *op = find(id);
    if (!op || !underWay(op->phase))
        return false;
    if (kind)
        *kind = op->kind;
    return true;
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
    return op && underWay(op->phase) ? op->sentAt : QDateTime();
}

QStringList OperationTracker::idsToPoll() const
{
    QStringList ids;
    for (auto it = m_ops.constBegin(); it != m_ops.constEnd(); ++it) {
        const Phase p = it->phase;
        // An unknown answer's own re-read is on the wire: one re-read, not two.
        if (it->rereadPending)
            continue;
        if (p == Phase::Accepted || p == Phase::Transitioning || p == Phase::Refused ||
            p == Phase::Following)
            ids.append(it.key());
    }
    return ids;
}

bool OperationTracker::hasTimedNotes() const
{
    for (const Operation &op : m_ops) {
        if (op.phase == Phase::Sending || op.phase == Phase::Locked)
            return true;
    }
    return false;
}

OperationTracker::Pace OperationTracker::pace() const
{
    bool follow = false;
    bool stuck = false;
    for (auto it = m_ops.constBegin(); it != m_ops.constEnd(); ++it) {
        const Phase p = it->phase;
        if (it->rereadPending)
            continue;
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
    o.error = op.error;
    o.serial = op.serial;
    o.name = op.name;
    if (op.kind == Kind::Stop)
        o.cause = StopCause::OurStop;
    return o;
}

ActionVerdict OperationTracker::begin(const Instance *instance, Kind kind, bool withoutGpu)
{
    const ActionVerdict v = verdict(instance, kind);
    if (!v.allowed()) {
        const QString id = instance ? instance->id : QString();
        qCInfo(lcStop) << "not sent" << kind << id << "blocker" << int(v.blocker);
        if (!v.isOursUnderWay()) {
            // Kept until the listing no longer shows what it was refused for
            // (standing()); a newer refusal replaces it.
            if (instance)
                m_notSent.insert(id, {v, ++m_serial});
            OperationOutcome o;
            o.kind = OperationOutcome::Kind::NotSent;
            o.operation = kind;
            o.instanceId = id;
            o.verdict = v;
            o.listed = v.listed;
            o.serial = m_serial;
            o.name = instance ? instance->name : QString();
            emit changed(id);
            emit outcome(o);
        }
        return v;
    }
    Operation op;
    op.kind = kind;
    op.before = instance->state;
    op.name = instance->name;
    op.serial = ++m_serial;
    op.withoutGpu = kind == Kind::Start && withoutGpu;
    op.sentAt = m_now();
    m_ops.insert(instance->id, op);
    m_notSent.remove(instance->id);
    emit changed(instance->id);
    return v;
}

void OperationTracker::forget(const QString &id)
{
    const bool had = m_ops.remove(id) > 0;
    if (m_notSent.remove(id) > 0 || had)
        emit changed(id);
}

void OperationTracker::clear()
{
    QSet<QString> ids(m_ops.keyBegin(), m_ops.keyEnd());
    for (auto it = m_notSent.keyBegin(); it != m_notSent.keyEnd(); ++it)
        ids.insert(*it);
    for (const Released &r : std::as_const(m_released))
        ids.insert(r.id);
    m_ops.clear();
    m_notSent.clear();
    m_released.clear();
    m_outsideStops.clear();
    m_lastAccepted.clear();
    m_scheduleChanges.clear();
    for (const QString &id : std::as_const(ids))
        emit changed(id);
}

} // namespace compshare
