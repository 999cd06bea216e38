// SPDX-License-Identifier: MIT
// OperationTracker: what each answer to our request means for the operation
// (accept, refuse, an answer that does not say and its re-read, the lock).
// Which answer is which is ApiError::certainty()'s rule; StopController hands
// each answer to the attempt it belongs to.
#include "base/Logging.h"
#include "state/OperationTracker.h"

namespace compshare {

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
    m_lastAccepted.insert(id, {it->kind, it->acceptedAt, it->sentAt});
    emit changed(id);
}

void OperationTracker::answerUnknown(const QString &id, const ApiError &error)
{
    auto it = m_ops.find(id);
    if (it == m_ops.end() || it->phase != Phase::Sending)
        return;
    // It may have been applied: watched like an accepted one, never resent.
    // Every fact is set before anyone is told (a listener reads the verdict).
    it->phase = Phase::Accepted;
    it->unknown = true;
    it->rereadPending = true;
    it->error = error;
    it->acceptedAt = m_now();
    it->watchSince = m_now();
    // Possibly ours: a later lock answer is then our own earlier operation.
    m_lastAccepted.insert(id, {it->kind, it->acceptedAt, it->sentAt});
    const OperationOutcome o =
        outcomeFor(id, *it, OperationOutcome::Kind::AnswerLost, InstanceState::Unknown);
    emit changed(id);
    emit outcome(o);
}

void OperationTracker::answerLost(const QString &id, const ApiError &error, const Instance *reread)
{
    answerUnknown(id, error); // (nothing, when it was already said)
    auto it = m_ops.find(id);
    if (it == m_ops.end())
        return;
    // A listing may have decided it meanwhile: the re-read is one more listing.
    it->rereadPending = false;
    // The re-read decides (observe); when it failed, the next listing does.
    if (reread)
        observe({*reread});
    else
        emit changed(id);
}

void OperationTracker::refuse(const QString &id, const ApiError &error)
{
    auto it = m_ops.find(id);
    if (it == m_ops.end())
        return;
    it->phase = Phase::Refused;
    it->error = error;
    const OperationOutcome o = outcomeFor(id, *it, OperationOutcome::Kind::Refused, it->before);
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
        // again is watched again (its time from the first send); another one
        // simply was not done.
        if (it != m_ops.end()) {
            it->error = error;
            it->repeatedIntoOwnLock = true;
            if (it->kind == ours->kind) {
                it->phase = Phase::Accepted;
                it->acceptedAt = ours->at;
                it->sentAt = qMin(it->sentAt, ours->sentAt);
                it->watchSince = now;
            } else {
                it->phase = Phase::NotApplied;
            }
            o.serial = it->serial;
            o.name = it->name;
        }
        qCInfo(lcStop) << id << "lock answer: our own operation is still in progress";
        o.kind = OperationOutcome::Kind::StillInProgress;
    } else {
        if (it == m_ops.end())
            it = m_ops.insert(id, Operation{});
        it->phase = Phase::Locked;
        it->error = error;
        it->lockedUntil = now.addSecs(m_lockSecs);
        it->lockedState = listed;
        o.kind = OperationOutcome::Kind::LockedByOther;
        o.verdict.at = it->lockedUntil;
        o.serial = it->serial;
        o.name = it->name;
    }
    emit changed(id);
    emit outcome(o);
}

} // namespace compshare
