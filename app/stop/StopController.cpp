// SPDX-License-Identifier: MIT
#include "stop/StopController.h"

#include "core/Logging.h"
#include "model/InstanceTableModel.h"
#include "polling/RefreshScheduler.h"

namespace compshare {

StopController::StopController(CompShareClient *client, InstanceTableModel *model,
                               RefreshScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_scheduler(scheduler)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

void StopController::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void StopController::setLockDurationSecs(int secs)
{
    m_lockSecs = secs;
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

bool StopController::send(const QString &id, Operation op, ForceStop force, bool withoutGpu)
{
    const Instance *instance = m_model->instance(id);
    if (!instance) {
        const QString gone = tr("The instance is no longer in the list.");
        qCInfo(lcStop) << "skipped" << op << id << ":" << gone;
        emit operationSkipped(id, op, gone);
        return false;
    }
    QString why;
    if (m_inFlight.contains(id)) {
        why = tr("A request for this instance is already in flight.");
    } else if (m_model->isLocked(id)) {
        why = tr("Another operation holds this instance.");
    } else if (op == Operation::Stop && instance->state != InstanceState::Running) {
        why = tr("Only a running instance can be stopped.");
    } else if (op == Operation::Stop && instance->isMakingImage()) {
        why = tr("An image is being made from this instance.");
    } else if (op == Operation::Start && instance->state != InstanceState::Stopped) {
        why = tr("Only a stopped instance can be started.");
    } else if (op == Operation::Reboot && instance->state != InstanceState::Running) {
        why = tr("Only a running instance can be rebooted.");
    }
    if (!why.isEmpty()) {
        qCInfo(lcStop) << "skipped" << op << id << ":" << why;
        emit operationSkipped(id, op, why);
        return false;
    }
    const InstanceRef ref = instance->ref();
    m_inFlight.insert(id);
    m_model->setBusy(id, true);
    qCInfo(lcStop) << "sending" << op << id << (force == ForceStop::UserConfirmed ? "(force)" : "");
    emit operationSent(id, op);
    auto done = [this, id, op](const MutationResult &r) {
        finish(id, op, r);
    };
    switch (op) {
    case Operation::Stop:
        m_client->stopInstance(ref, force, this, done);
        break;
    case Operation::Start:
        m_client->startInstance(ref, withoutGpu, this, done);
        break;
    case Operation::Reboot:
        m_client->rebootInstance(ref, this, done);
        break;
    }
    return true;
}

void StopController::finish(const QString &id, Operation op, const MutationResult &result)
{
    m_inFlight.remove(id);
    m_model->setBusy(id, false);
    if (result.haveReread)
        m_model->applyUpdates({result.reread});
    if (result.succeeded()) {
        const InstanceState finalState =
            op == Operation::Stop ? InstanceState::Stopped : InstanceState::Running;
        m_model->setOperationStarted(id, m_now());
        if (const Instance *i = m_model->instance(id))
            m_scheduler->watch(i->ref(), finalState);
        qCInfo(lcStop) << op << id << "accepted";
        emit operationAccepted(id, op);
        return;
    }
    if (result.error.reason() == ApiError::Reason::OperationLocked)
        m_model->setLockedUntil(id, m_now().addSecs(m_lockSecs));
    if (result.outcome == MutationResult::Outcome::Unknown && m_model->instance(id)) {
        // Not resent: the next refresh tells what happened.
        m_scheduler->watch(m_model->instance(id)->ref(),
                           op == Operation::Stop ? InstanceState::Stopped : InstanceState::Running);
    }
    qCInfo(lcStop) << op << id << "failed:" << result.error.toString();
    emit operationFailed(id, op, result);
}

} // namespace compshare
