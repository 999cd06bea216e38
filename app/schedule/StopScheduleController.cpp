// SPDX-License-Identifier: MIT
#include "schedule/StopScheduleController.h"

#include "api/ApiTransport.h"
#include "core/Logging.h"
#include "model/InstanceStore.h"

#include <QTimer>

namespace compshare {
namespace {

bool sameSecond(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    return a.toSecsSinceEpoch() == b.toSecsSinceEpoch();
}

} // namespace

StopScheduleController::StopScheduleController(CompShareClient *client, InstanceStore *store,
                                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<ScheduleOutcome>();
}

void StopScheduleController::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void StopScheduleController::setConfirmAttempts(int attempts, int intervalMs)
{
    m_confirmAttempts = qMax(1, attempts);
    m_confirmIntervalMs = qMax(0, intervalMs);
}

QString StopScheduleController::whyNotSchedulable(const Instance &instance)
{
    if (instance.isSpot())
        return tr("Spot instances cannot have a scheduled stop: the platform may reclaim them "
                  "at any time, and CompShare refuses a schedule for them.");
    return {};
}

QDateTime StopScheduleController::extendedTime(const Instance &instance, int secs) const
{
    const QDateTime now = m_now();
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
            skip(id, ScheduleOutcome::Kind::Set, at, tr("The instance is no longer listed."));
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
            skip(id, ScheduleOutcome::Kind::Set, {}, tr("The instance is no longer listed."));
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
            skip(id, ScheduleOutcome::Kind::Cancel, {}, tr("The instance is no longer listed."));
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
    const QString why = whyNotSchedulable(instance);
    if (!why.isEmpty()) {
        skip(instance.id, kind, at, why);
        return false;
    }
    if (kind == ScheduleOutcome::Kind::Set && instance.state == InstanceState::Stopped) {
        // Nothing to stop: CompShare may accept it, but it would never fire.
        skip(instance.id, kind, at,
             tr("It is stopped already: there is nothing to stop. Start it first, then "
                "schedule its stop."));
        return false;
    }
    if (m_client->transport()->projectId().isEmpty()) {
        // As the official CLI: "No project was returned by GetProjectList;
        // pass --project-id explicitly". Nothing is sent.
        skip(instance.id, kind, at, {}, ScheduleOutcome::SkipReason::NoProject);
        return false;
    }
    if (m_inFlight.contains(instance.id)) {
        skip(instance.id, kind, at, tr("A schedule change for this instance is still under way."));
        return false;
    }
    if (kind == ScheduleOutcome::Kind::Set &&
        at.toSecsSinceEpoch() < m_now().toSecsSinceEpoch() + kMinLeadSecs) {
        skip(instance.id, kind, at, tr("A scheduled stop must be at least 5 minutes from now."));
        return false;
    }
    m_inFlight.insert(instance.id);
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
            if (seen && sameSecond(outcome.seen, outcome.asked)) {
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
                                  const QDateTime &at, const QString &why,
                                  ScheduleOutcome::SkipReason reason)
{
    ScheduleOutcome outcome;
    outcome.id = id;
    outcome.kind = kind;
    outcome.asked = at;
    outcome.result = ScheduleOutcome::Result::Skipped;
    outcome.why = why;
    outcome.skipReason = reason;
    emit this->outcome(outcome);
}

void StopScheduleController::finish(const ScheduleOutcome &outcome)
{
    m_inFlight.remove(outcome.id);
    emit this->outcome(outcome);
}

} // namespace compshare
