// SPDX-License-Identifier: MIT
#include "stop/StopController.h"

#include "core/Logging.h"
#include "model/InstanceTableModel.h"
#include "polling/RefreshScheduler.h"

#include <QLocale>

namespace compshare {

namespace {
QString verb(StopController::Operation op)
{
    switch (op) {
    case StopController::Operation::Stop:
        return StopController::tr("stop");
    case StopController::Operation::Start:
        return StopController::tr("start");
    case StopController::Operation::Reboot:
        return StopController::tr("reboot");
    }
    return {};
}
} // namespace

StopController::StopController(CompShareClient *client, InstanceTableModel *model,
                               RefreshScheduler *scheduler, OperationTracker *tracker,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_scheduler(scheduler)
    , m_tracker(tracker)
{
    connect(m_tracker, &OperationTracker::concluded, this, &StopController::onConcluded);
}

bool StopController::isInFlight(const QString &id) const
{
    const OperationTracker::Operation *op = m_tracker->find(id);
    return op && op->phase == OperationTracker::Phase::Sending;
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
    if (m_tracker->isUnderWay(id)) {
        // A dialog opened before the first request: re-checked here, nothing sent.
        qCInfo(lcStop) << "not sent" << op << id << ": an operation is already under way";
        emit operationAlreadyUnderWay(id, op);
        return false;
    }
    QString why;
    if (m_tracker->isLocked(id)) {
        why = tr("Another operation holds this instance.");
    } else if (op == Operation::Stop && instance->state != InstanceState::Running) {
        why = tr("Only a running instance can be stopped.");
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
    m_tracker->begin(id, op, instance->state);
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
    using O = MutationResult::Outcome;
    if (result.haveReread)
        m_model->applyUpdates({result.reread});
    switch (result.outcome) {
    case O::Accepted:
        m_tracker->accept(id);
        break;
    case O::TookEffect:
        m_tracker->accept(id);
        //: %1 stop/start/reboot, %2 instance name
        emit operationNote(id, op,
                           tr("The answer to the %1 of %2 was lost; the list shows the %1 took "
                              "effect.")
                               .arg(verb(op), nameOf(id)),
                           false);
        break;
    case O::DidNotTakeEffect:
    case O::Unknown:
        // The answer was lost and the list does not show it (yet): CompShare's
        // list can lag behind. Never resent; the tracker watches the list.
        m_tracker->accept(id, true);
        emit operationNote(id, op,
                           tr("The answer to the %1 of %2 was lost; the console checks the list "
                              "to see whether it took effect. It is not sent again.")
                               .arg(verb(op), nameOf(id)),
                           true);
        break;
    case O::Rejected:
        break;
    }
    if (result.outcome != O::Rejected) {
        qCInfo(lcStop) << op << id << "accepted";
        emit operationAccepted(id, op);
        m_scheduler->pollSoon();
        return;
    }
    if (result.error.reason() == ApiError::Reason::OperationLocked) {
        const Instance *i = m_model->instance(id);
        if (m_tracker->lockAnswered(id, i ? i->state : InstanceState::Unknown)) {
            emit operationNote(id, op,
                               tr("CompShare is still working on the previous operation on %1; "
                                  "nothing more was sent.")
                                   .arg(nameOf(id)),
                               false);
            m_scheduler->pollSoon();
            return;
        }
    } else {
        m_tracker->fail(id);
    }
    qCInfo(lcStop) << op << id << "failed:" << result.error.toString();
    emit operationFailed(id, op, result);
}

void StopController::onConcluded(const QString &id, Operation op,
                                 OperationTracker::Conclusion conclusion,
                                 const QDateTime &acceptedAt, InstanceState listed)
{
    using C = OperationTracker::Conclusion;
    const QString at = QLocale().toString(acceptedAt.toLocalTime().time(), QLocale::ShortFormat);
    const QString shown = InstanceTableModel::stateText(listed);
    switch (conclusion) {
    case C::ReachedFinal:
        return; // the state change itself is the news (OperationNotifier)
    case C::TookEffect:
        //: %1 stop/start/reboot, %2 instance name
        emit operationNote(id, op, tr("The %1 of %2 took effect.").arg(verb(op), nameOf(id)),
                           false);
        return;
    case C::DidNotTakeEffect:
        //: %1 stop/start/reboot, %2 instance name, %3 a state such as Running
        emit operationNote(id, op,
                           tr("The %1 of %2 did not take effect: CompShare still shows %3.")
                               .arg(verb(op), nameOf(id), shown),
                           true);
        return;
    case C::Unknown:
        emit operationNote(id, op,
                           tr("Whether the %1 of %2 took effect is unknown: the list could not "
                              "be read. Check the instance before trying again.")
                               .arg(verb(op), nameOf(id)),
                           true);
        return;
    case C::NoChange:
        //: %1 stop/start/reboot, %2 a time such as 14:02, %3 a state such as Running, %4 name
        emit operationNote(id, op,
                           tr("CompShare accepted the %1 at %2 but still shows %3 (%4).")
                               .arg(verb(op), at, shown, nameOf(id)),
                           true);
        return;
    }
}

QString StopController::nameOf(const QString &id) const
{
    const Instance *i = m_model->instance(id);
    return i && !i->name.isEmpty() ? i->name : id;
}

} // namespace compshare
