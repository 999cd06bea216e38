// SPDX-License-Identifier: MIT
#include "stop/OperationTracker.h"

#include "core/Logging.h"

#include <QLocale>

namespace compshare {

namespace {
bool underWay(OperationTracker::Phase phase)
{
    using P = OperationTracker::Phase;
    return phase == P::Sending || phase == P::Accepted || phase == P::Transitioning;
}

QString shortTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
}
} // namespace

OperationTracker::OperationTracker(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

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
    return kind == Kind::Stop ? InstanceState::Stopped : InstanceState::Running;
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

QString OperationTracker::blockingReason(const QString &id) const
{
    const Operation *op = find(id);
    if (!op)
        return {};
    switch (op->phase) {
    case Phase::Sending:
        return tr("A request for this instance is on its way.");
    case Phase::Accepted:
        if (op->answerLost)
            return tr("The answer to the last request was lost; waiting for the list to show "
                      "whether it took effect.");
        //: %1 is a time such as 14:02
        return tr("CompShare accepted the request at %1; waiting for the list to show it.")
            .arg(shortTime(op->acceptedAt));
    case Phase::Transitioning:
        return tr("An operation on this instance is under way.");
    case Phase::Locked:
        if (isLocked(id))
            //: %1 is a time such as 14:12
            return tr("Another operation holds this instance (until %1 at the latest).")
                .arg(shortTime(op->lockedUntil));
        return {};
    default:
        return {};
    }
}

QString OperationTracker::pendingText(const QString &id) const
{
    const Operation *op = find(id);
    if (!op || (op->phase != Phase::Sending && op->phase != Phase::Accepted))
        return {};
    switch (op->kind) {
    case Kind::Stop:
        return tr("Stop requested");
    case Kind::Start:
        return tr("Start requested");
    case Kind::Reboot:
        return tr("Reboot requested");
    }
    return {};
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
        if (it->phase == Phase::Accepted || it->phase == Phase::Transitioning)
            ids.append(it.key());
    }
    return ids;
}

bool OperationTracker::begin(const QString &id, Kind kind, InstanceState listed)
{
    if (isUnderWay(id) || isLocked(id))
        return false;
    Operation op;
    op.kind = kind;
    op.before = listed;
    op.sentAt = m_now();
    m_ops.insert(id, op);
    emit changed(id);
    return true;
}

void OperationTracker::accept(const QString &id, bool answerLost)
{
    auto it = m_ops.find(id);
    if (it == m_ops.end())
        return;
    it->phase = Phase::Accepted;
    it->acceptedAt = it->acceptedAt.isValid() ? it->acceptedAt : m_now();
    it->watchSince = m_now();
    it->answerLost = answerLost;
    m_lastAccepted.insert(id, {it->kind, it->acceptedAt});
    emit changed(id);
}

void OperationTracker::fail(const QString &id)
{
    auto it = m_ops.find(id);
    if (it == m_ops.end())
        return;
    it->phase = Phase::Failed;
    emit changed(id);
}

bool OperationTracker::lockAnswered(const QString &id, InstanceState listed)
{
    auto it = m_ops.find(id);
    const QDateTime now = m_now();
    const auto ours = m_lastAccepted.constFind(id);
    if (ours != m_lastAccepted.constEnd() && ours->at.secsTo(now) < m_lockSecs) {
        // Our own earlier operation still holds the instance: not a failure,
        // never a lock. The same operation again means the first one is still
        // running: watch it again; another one was simply not done.
        if (it != m_ops.end() && it->kind == ours->kind) {
            it->phase = Phase::Accepted;
            it->acceptedAt = ours->at;
            it->watchSince = now;
        } else if (it != m_ops.end()) {
            m_ops.erase(it);
        }
        qCInfo(lcStop) << id << "lock answer: our own operation is still in progress";
        emit changed(id);
        return true;
    }
    if (it == m_ops.end())
        it = m_ops.insert(id, Operation{});
    it->phase = Phase::Locked;
    it->lockedUntil = now.addSecs(m_lockSecs);
    it->lockedState = listed;
    emit changed(id);
    return false;
}

void OperationTracker::observe(const QList<Instance> &listed)
{
    const QDateTime now = m_now();
    for (const Instance &i : listed) {
        auto it = m_ops.find(i.id);
        if (it == m_ops.end())
            continue;
        Operation &op = *it;
        if (op.phase == Phase::Locked) {
            // A new state shows the other operation ended, or the lock ran out.
            if (i.state != op.lockedState || now >= op.lockedUntil) {
                m_ops.erase(it);
                emit changed(i.id);
            }
            continue;
        }
        if (op.phase != Phase::Accepted && op.phase != Phase::Transitioning)
            continue;
        op.listedSinceLoss = true;
        const InstanceState target = finalStateOf(op.kind);
        const bool changedState = i.state != op.before;
        const Conclusion reached =
            op.answerLost ? Conclusion::TookEffect : Conclusion::ReachedFinal;
        if (i.isTransitional()) {
            if (op.phase != Phase::Transitioning || !op.sawTransition) {
                op.phase = Phase::Transitioning;
                op.sawTransition = true;
                if (op.answerLost) {
                    op.answerLost = false; // the listing shows it: it took effect
                    emit concluded(i.id, op.kind, Conclusion::TookEffect, op.acceptedAt, i.state);
                }
                emit changed(i.id);
            }
            continue;
        }
        const bool done = op.kind == Kind::Reboot ? (op.sawTransition && i.state == target)
                                                  : (changedState && i.state == target);
        if (done || (changedState && i.state != target)) {
            // Final, or ended somewhere else: either way this operation is over.
            conclude(i.id, op, Phase::Done, reached, i.state);
            continue;
        }
        if (op.watchSince.secsTo(now) >= m_noChangeSecs) {
            const Conclusion c =
                op.answerLost ? Conclusion::DidNotTakeEffect : Conclusion::NoChange;
            conclude(i.id, op, Phase::TimedOut, c, i.state);
        }
    }
    // A lost answer with no listing at all since: after the bound, say "unknown".
    for (auto it = m_ops.begin(); it != m_ops.end(); ++it) {
        if (it->phase == Phase::Accepted && it->answerLost && !it->listedSinceLoss &&
            it->watchSince.secsTo(now) >= m_noChangeSecs)
            conclude(it.key(), *it, Phase::TimedOut, Conclusion::Unknown, InstanceState::Unknown);
    }
}

void OperationTracker::conclude(const QString &id, Operation &op, Phase phase,
                                Conclusion conclusion, InstanceState listed)
{
    op.phase = phase;
    const Kind kind = op.kind;
    const QDateTime acceptedAt = op.acceptedAt;
    qCInfo(lcStop) << id << kind << "concluded:" << conclusion;
    emit changed(id);
    emit concluded(id, kind, conclusion, acceptedAt, listed);
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
    for (const QString &id : ids)
        emit changed(id);
}

} // namespace compshare
