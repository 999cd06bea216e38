// SPDX-License-Identifier: MIT
#include "session/OperationRecorder.h"

#include "session/ConsoleSession.h"
#include "state/InstanceStore.h"
#include "state/LocalStore.h"
#include "wire/ApiTransport.h"
#include "work/StopController.h"
#include "work/StopScheduleController.h"

namespace compshare {

namespace {
JournalEntry::What whatOf(OperationKind op, bool force, bool flag)
{
    using W = JournalEntry::What;
    switch (op) {
    case OperationKind::Stop:
        return force ? W::ForceStop : W::Stop;
    case OperationKind::Start:
        return flag ? W::StartWithoutGpu : W::Start;
    case OperationKind::Reboot:
        return W::Reboot;
    case OperationKind::Release:
        return flag ? W::ReleaseWithDisks : W::Release;
    }
    return W::Stop;
}
} // namespace

OperationRecorder::OperationRecorder(ConsoleSession *session, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{
    StopController *stop = session->stopController();
    connect(stop, &StopController::requestSent, this, &OperationRecorder::onSent);
    connect(stop, &StopController::requestAnswered, this, &OperationRecorder::onAnswered);
    connect(session->operations(), &OperationTracker::outcome, this, &OperationRecorder::onOutcome);
    connect(session->stopSchedules(), &StopScheduleController::outcome, this,
            &OperationRecorder::onScheduleOutcome);
}

QString OperationRecorder::account() const
{
    const ApiTransport *t = m_session->transport();
    return LocalStore::accountHash(t->publicKey(), t->endpoint().toString());
}

qint64 OperationRecorder::noteSent(const QString &instanceId, JournalEntry::What what,
                                   const QString &detail)
{
    JournalEntry e;
    e.account = account();
    e.instanceId = instanceId;
    const Instance *i = m_session->store()->instance(instanceId);
    e.instanceName = i ? i->name : QString();
    e.what = what;
    e.detail = detail;
    e.sentAt = m_store->now();
    return m_store->journal()->recordSent(e);
}

void OperationRecorder::noteAnswer(qint64 journalId, const ApiError &error,
                                   const QString &requestId)
{
    using A = JournalEntry::Answer;
    const QDateTime now = m_store->now();
    const QString request = error.requestId().isEmpty() ? requestId : error.requestId();
    if (!error.isError()) {
        m_store->journal()->recordAnswer(journalId, A::Accepted, 0, false, request, now);
    } else if (error.outcomeUnknown() && error.noAnswer()) {
        m_store->journal()->recordAnswer(journalId, A::Lost, 0, false, request, now);
    } else if (error.outcomeUnknown()) {
        // An answer that does not say whether it was applied (HTTP 5xx,
        // RetCode 8433, an unreadable body): its code, not a refusal.
        const bool http = error.kind() == ApiError::Kind::HttpStatus;
        m_store->journal()->recordAnswer(
            journalId, A::Unclear, http ? error.httpStatus() : error.retCode(), http, request, now);
    } else if (error.neverSent()) {
        m_store->journal()->recordAnswer(journalId, A::NotSent, 0, false, request, now);
    } else {
        const bool http = error.kind() == ApiError::Kind::HttpStatus;
        m_store->journal()->recordAnswer(
            journalId, A::Refused, http ? error.httpStatus() : error.retCode(), http, request, now);
    }
}

void OperationRecorder::onScheduleOutcome(const ScheduleOutcome &o)
{
    using Result = ScheduleOutcome::Result;
    if (o.result == Result::Skipped)
        return; // nothing was sent
    // One outcome tells the whole story (sent, answered, re-read), so the
    // entry is written when it arrives.
    const bool set = o.kind == ScheduleOutcome::Kind::Set;
    const qint64 id =
        noteSent(o.id, set ? JournalEntry::What::ScheduleStop : JournalEntry::What::CancelSchedule,
                 set ? o.asked.toUTC().toString(Qt::ISODate) : QString());
    noteAnswer(id, o.error);
    if (o.result == Result::Confirmed)
        m_store->journal()->recordResult(id, JournalEntry::Result::TookEffect, m_store->now());
    else if (o.result == Result::NotConfirmed)
        m_store->journal()->recordResult(id,
                                         o.error.outcomeUnknown()
                                             ? JournalEntry::Result::Unknown
                                             : JournalEntry::Result::DidNotTakeEffect,
                                         m_store->now());
}

void OperationRecorder::onSent(const QString &id, OperationKind op, bool force, bool flag)
{
    m_open.insert(id, {noteSent(id, whatOf(op, force, flag)), op});
}

void OperationRecorder::onAnswered(const QString &id, OperationKind op,
                                   const MutationResult &result)
{
    const auto it = m_open.constFind(id);
    if (it == m_open.constEnd() || it->kind != op)
        return;
    using A = JournalEntry::Answer;
    const QDateTime now = m_store->now();
    switch (result.outcome) {
    case MutationResult::Outcome::Accepted:
        m_store->journal()->recordAnswer(it->journalId, A::Accepted, 0, false, result.requestId,
                                         now);
        break;
    case MutationResult::Outcome::Rereading: // (StopController hands over the re-read only)
    case MutationResult::Outcome::AnswerLost:
    case MutationResult::Outcome::Rejected:
        noteAnswer(it->journalId, result.error);
        break;
    }
}

void OperationRecorder::onOutcome(const OperationOutcome &o)
{
    const auto it = m_open.constFind(o.instanceId);
    if (it == m_open.constEnd() || it->kind != o.operation)
        return;
    using K = OperationOutcome::Kind;
    using R = JournalEntry::Result;
    R result = R::Pending;
    bool ended = true;
    switch (o.kind) {
    case K::TookEffect:
    case K::ReachedFinal:
        result = R::TookEffect;
        break;
    case K::DidNotTakeEffect:
        result = R::DidNotTakeEffect;
        ended = false; // still followed: a late listing may show it took effect
        break;
    case K::Unknown:
        result = R::Unknown;
        ended = false; // a later list may still tell
        break;
    case K::NoChange:
        result = R::NoChangeYet;
        ended = false;
        break;
    default:
        return;
    }
    m_store->journal()->recordResult(it->journalId, result, m_store->now());
    if (ended)
        m_open.remove(o.instanceId);
}

} // namespace compshare
