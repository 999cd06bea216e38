// SPDX-License-Identifier: MIT
#include "work/StopController.h"

#include "base/Logging.h"
#include "state/InstanceStore.h"
#include "work/RefreshScheduler.h"

namespace compshare {

namespace {
RecycleBin recycleOf(const QString &inRecycle)
{
    // The API page's example answers "Yes"; anything else that is said is a no.
    if (inRecycle.isEmpty())
        return RecycleBin::NotSaid;
    return inRecycle.compare(QLatin1String("Yes"), Qt::CaseInsensitive) == 0 ||
                   inRecycle.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
               ? RecycleBin::Yes
               : RecycleBin::No;
}
} // namespace

StopController::StopController(CompShareClient *client, InstanceStore *store,
                               RefreshScheduler *scheduler, OperationTracker *tracker,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_scheduler(scheduler)
    , m_tracker(tracker)
{
    // A lost answer that the listing shows took effect counts as accepted.
    connect(m_tracker, &OperationTracker::outcome, this, [this](const OperationOutcome &o) {
        if (o.kind == OperationOutcome::Kind::TookEffect)
            emit operationAccepted(o.instanceId, o.operation);
    });
}

bool StopController::isInFlight(const QString &id) const
{
    const OperationTracker::Operation *op = m_tracker->find(id);
    return op && (op->phase == OperationTracker::Phase::Sending || op->rereadPending);
}

int StopController::stop(const QList<StopDecision> &decisions)
{
    int sent = 0;
    for (const StopDecision &d : decisions) {
        if (send(d.id, Operation::Stop, d.force, false))
            ++sent;
    }
    return sent;
}

bool StopController::start(const QString &id, bool withoutGpu)
{
    return send(id, Operation::Start, ForceStop::No, withoutGpu);
}

bool StopController::reboot(const QString &id)
{
    return send(id, Operation::Reboot, ForceStop::No, false);
}

bool StopController::release(const QString &id, bool releaseDataDisks)
{
    return send(id, Operation::Release, ForceStop::No, releaseDataDisks);
}

bool StopController::send(const QString &id, Operation op, ForceStop force, bool flag)
{
    const Instance *instance = m_store->instance(id);
    // The tracker decides (and reports a refusal); a dialog opened before an
    // earlier request of ours ends here quietly.
    if (!m_tracker->begin(instance, op, op == Operation::Start && flag).allowed())
        return false;
    const InstanceRef ref = instance->ref();
    // The answers belong to this attempt: a later one (after a listing
    // decided this one) must not take them as its own.
    const quint64 serial = m_tracker->find(id)->serial;
    qCInfo(lcStop) << "sending" << op << id << (force == ForceStop::UserConfirmed ? "(force)" : "");
    emit operationSent(id, op);
    emit requestSent(id, op, force == ForceStop::UserConfirmed, flag);
    auto done = [this, id, op, serial](const MutationResult &r) {
        finish(id, op, serial, r);
    };
    switch (op) {
    case Operation::Stop:
        m_client->stopInstance(ref, force, this, done);
        break;
    case Operation::Start:
        // The CLI's spec only where the listing offers a GPU-less spec.
        m_client->startInstance(
            ref, flag,
            instance->hasWithoutGpuSpec ? CompShareClient::defaultWithoutGpuSpec() : QString(),
            this, done);
        break;
    case Operation::Reboot:
        m_client->rebootInstance(ref, this, done);
        break;
    case Operation::Release:
        m_client->terminateInstance(ref, flag, this, done);
        break;
    }
    return true;
}

void StopController::finish(const QString &id, Operation op, quint64 serial,
                            const MutationResult &result)
{
    using O = MutationResult::Outcome;
    const OperationTracker::Operation *current = m_tracker->find(id);
    if (!current || current->serial != serial) {
        // Another attempt (or nothing) is on record now: this answer is
        // history (the journal), not news about the current one.
        if (result.outcome != O::Rereading)
            emit requestAnswered(id, op, result);
        return;
    }
    if (result.outcome == O::Rereading) {
        // The answer does not say whether it was applied: the tracker says
        // so at once; the re-read (never a resend) follows as AnswerLost.
        qCInfo(lcStop) << op << id << "answer does not say:" << result.error.toString();
        m_tracker->answerUnknown(id, result.error);
        return;
    }
    emit requestAnswered(id, op, result);
    switch (result.outcome) {
    case O::Accepted:
        qCInfo(lcStop) << op << id << "accepted";
        m_tracker->accept(id, recycleOf(result.inRecycle));
        emit operationAccepted(id, op);
        break;
    case O::Rereading:
        break;
    case O::AnswerLost:
        qCInfo(lcStop) << op << id << "re-read after an unknown answer"
                       << (result.haveReread ? "worked" : "failed");
        if (result.haveReread)
            m_store->applyUpdates({result.reread});
        m_tracker->answerLost(id, result.error, result.haveReread ? &result.reread : nullptr);
        // A release re-read that no longer lists the instance: it took effect.
        if (op == Operation::Release && result.rereadAbsent)
            m_store->remove(m_tracker->observeAbsent({id}));
        break;
    case O::Rejected:
        qCInfo(lcStop) << op << id << "refused:" << result.error.toString();
        if (result.error.reason() == ApiError::Reason::OperationLocked) {
            const Instance *i = m_store->instance(id);
            m_tracker->lockAnswered(id, result.error, i ? i->state : InstanceState::Unknown);
        } else {
            m_tracker->refuse(id, result.error);
        }
        break;
    }
    // Every answer, and every unknown one once re-read, is followed by a look at the list.
    m_scheduler->pollSoon();
}

} // namespace compshare
