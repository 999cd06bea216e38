// SPDX-License-Identifier: MIT
#include "work/StopScheduleController.h"

#include "base/Logging.h"
#include "state/InstanceStore.h"
#include "state/OperationTracker.h"
#include "wire/ApiTransport.h"

#include <QTimer>

namespace compshare {

StopScheduleController::StopScheduleController(CompShareClient *client, InstanceStore *store,
                                               OperationTracker *operations, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_operations(operations)
{
    qRegisterMetaType<ScheduleOutcome>();
}

QDateTime StopScheduleController::now() const
{
    return m_operations->now();
}

void StopScheduleController::setConfirmAttempts(int attempts, int intervalMs)
{
    m_confirmAttempts = qMax(1, attempts);
    m_confirmIntervalMs = qMax(0, intervalMs);
}

bool StopScheduleController::isInFlight(const QString &id) const
{
    return m_operations->isScheduleChanging(id);
}

QDateTime StopScheduleController::extendedTime(const Instance &instance, int secs) const
{
    const QDateTime now = this->now();
    const QDateTime base = instance.scheduledStop.isValid() && instance.scheduledStop > now
                               ? instance.scheduledStop
                               : now;
    return base.addSecs(secs);
}

int StopScheduleController::schedule(const QStringList &ids, const QDateTime &at)
{
    int sent = 0;
    for (const QString &id : ids) {
        const Instance *i = m_store->instance(id);
        if (!i) {
            skip(id, ScheduleOutcome::Kind::Set, at, ScheduleBlocker::NotListed);
            continue;
        }
        if (send(*i, ScheduleOutcome::Kind::Set, at))
            ++sent;
    }
    return sent;
}

int StopScheduleController::extend(const QStringList &ids, int secs)
{
    int sent = 0;
    for (const QString &id : ids) {
        const Instance *i = m_store->instance(id);
        if (!i) {
            skip(id, ScheduleOutcome::Kind::Set, {}, ScheduleBlocker::NotListed);
            continue;
        }
        if (send(*i, ScheduleOutcome::Kind::Set, extendedTime(*i, secs)))
            ++sent;
    }
    return sent;
}

int StopScheduleController::cancel(const QStringList &ids)
{
    int sent = 0;
    for (const QString &id : ids) {
        const Instance *i = m_store->instance(id);
        if (!i) {
            skip(id, ScheduleOutcome::Kind::Cancel, {}, ScheduleBlocker::NotListed);
            continue;
        }
        if (send(*i, ScheduleOutcome::Kind::Cancel, {}))
            ++sent;
    }
    return sent;
}

bool StopScheduleController::send(const Instance &instance, ScheduleOutcome::Kind kind,
                                  const QDateTime &at)
{
    const bool set = kind == ScheduleOutcome::Kind::Set;
    const ScheduleBlocker blocker = m_operations->scheduleVerdict(
        &instance, set, at, m_client && !m_client->transport()->projectId().isEmpty());
    if (blocker != ScheduleBlocker::None) {
        skip(instance.id, kind, at, blocker);
        return false;
    }
    m_operations->beginScheduleChange(instance.id);
    ScheduleOutcome outcome;
    outcome.id = instance.id;
    outcome.kind = kind;
    outcome.asked = kind == ScheduleOutcome::Kind::Set ? at.toUTC() : QDateTime();
    const InstanceRef ref = instance.ref();
    auto answered = [this, ref, outcome](const ApiError &error) mutable {
        outcome.error = error;
        if (error.isError() && !error.outcomeUnknown()) {
            // The gateway answered no: nothing changed, nothing to confirm.
            outcome.result = ScheduleOutcome::Result::Rejected;
            finish(outcome);
            return;
        }
        confirm(ref, outcome, m_confirmAttempts);
    };
    qCInfo(lcStop).noquote() << (kind == ScheduleOutcome::Kind::Set ? "schedule stop" : "cancel")
                             << instance.id << outcome.asked.toString(Qt::ISODate);
    if (kind == ScheduleOutcome::Kind::Set)
        m_client->updateStopScheduler(ref, at.toSecsSinceEpoch(), this, std::move(answered));
    else
        m_client->deleteStopScheduler(ref, this, std::move(answered));
    return true;
}

void StopScheduleController::confirm(const InstanceRef &ref, ScheduleOutcome outcome,
                                     int attemptsLeft)
{
    m_client->describeInstances(
        {ref}, this, [this, ref, outcome, attemptsLeft](const ListResult &result) mutable {
            const Instance *seen = nullptr;
            for (const Instance &i : result.instances) {
                if (i.id == ref.id)
                    seen = &i;
            }
            if (seen) {
                m_store->applyUpdates({*seen});
                outcome.seen = seen->scheduledStop;
            }
            if (seen && OperationTracker::scheduleTookEffect(outcome.asked, outcome.seen)) {
                outcome.result = ScheduleOutcome::Result::Confirmed;
                outcome.error = {}; // took effect despite a lost answer
                finish(outcome);
                return;
            }
            if (attemptsLeft > 1) {
                QTimer::singleShot(m_confirmIntervalMs, this, [this, ref, outcome, attemptsLeft] {
                    confirm(ref, outcome, attemptsLeft - 1);
                });
                return;
            }
            outcome.result = ScheduleOutcome::Result::NotConfirmed;
            if (!outcome.error.isError() && result.error.isError())
                outcome.error = result.error;
            finish(outcome);
        });
}

void StopScheduleController::skip(const QString &id, ScheduleOutcome::Kind kind,
                                  const QDateTime &at, ScheduleBlocker blocker)
{
    ScheduleOutcome outcome;
    outcome.id = id;
    outcome.kind = kind;
    outcome.asked = at;
    outcome.result = ScheduleOutcome::Result::Skipped;
    outcome.blocker = blocker;
    emit this->outcome(outcome);
}

void StopScheduleController::finish(const ScheduleOutcome &outcome)
{
    m_operations->endScheduleChange(outcome.id);
    emit this->outcome(outcome);
}

} // namespace compshare
