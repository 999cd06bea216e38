// SPDX-License-Identifier: MIT
// Sends the server-side scheduled-stop changes of instances
// (UpdateCompShareStopScheduler / DeleteCompShareStopScheduler). Each request
// is sent exactly once; then the instance is re-read, as the official CLI
// does. Who may change a schedule, whether a change is under way and whether
// it took effect are the operation owner's (OperationTracker) to decide; this
// class asks it, sends, re-reads into the store and reports the outcome as
// data (ScheduleOutcome; ui/ words it).
#pragma once

#include "domain/OperationOutcome.h"
#include "wire/CompShareClient.h"

#include <QDateTime>
#include <QObject>
#include <functional>

namespace compshare {

class InstanceStore;
class OperationTracker;

struct ScheduleOutcome
{
    enum class Result
    {
        Confirmed,    // the re-read shows what was asked
        NotConfirmed, // sent, but the re-read does not show it (see error / seen)
        Rejected,     // the gateway refused (error)
        Skipped,      // not sent (why)
    };
    enum class Kind
    {
        Set,
        Cancel
    };
    QString id;
    Kind kind = Kind::Set;
    Result result = Result::Skipped;
    QDateTime asked; // the stop time asked for (invalid for Cancel)
    QDateTime seen;  // the stop time the re-read shows (invalid: none)
    ApiError error;
    ScheduleBlocker blocker = ScheduleBlocker::None; // Skipped: why nothing was sent
};

class StopScheduleController final : public QObject
{
    Q_OBJECT

public:
    StopScheduleController(CompShareClient *client, InstanceStore *store,
                           OperationTracker *operations, QObject *parent = nullptr);

    // The operation owner's clock (the session's one clock).
    QDateTime now() const;
    // Re-read attempts after a change, and the pause between them (3, 200 ms).
    void setConfirmAttempts(int attempts, int intervalMs);

    // The time "extend by secs" means: the current schedule + secs, or now +
    // secs when there is none (or it has passed).
    QDateTime extendedTime(const Instance &instance, int secs) const;

    // Each returns how many requests were sent; the others are reported as
    // Skipped outcomes (at once, before this returns).
    int schedule(const QStringList &ids, const QDateTime &at);
    int extend(const QStringList &ids, int secs);
    int cancel(const QStringList &ids);

    bool isInFlight(const QString &id) const;

signals:
    void outcome(const compshare::ScheduleOutcome &outcome);

private:
    bool send(const Instance &instance, ScheduleOutcome::Kind kind, const QDateTime &at);
    void confirm(const InstanceRef &ref, ScheduleOutcome outcome, int attemptsLeft);
    void skip(const QString &id, ScheduleOutcome::Kind kind, const QDateTime &at,
              ScheduleBlocker blocker);
    void finish(const ScheduleOutcome &outcome);

    CompShareClient *m_client;
    InstanceStore *m_store;
    OperationTracker *m_operations;
    int m_confirmAttempts = 3;
    int m_confirmIntervalMs = 200;
};

} // namespace compshare

Q_DECLARE_METATYPE(compshare::ScheduleOutcome)
