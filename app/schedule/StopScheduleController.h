// SPDX-License-Identifier: MIT
// Sets, extends and cancels the server-side scheduled stop of instances
// (UpdateCompShareStopScheduler / DeleteCompShareStopScheduler). Each request
// is sent exactly once; then the instance is re-read, as the official CLI
// does, and the outcome says whether the new time is confirmed. Spot
// instances, a schedule for a Stopped instance, times less than 5 minutes away and calls without a
// project (ProjectId; the official CLI refuses them too, and the API pages mark it required) are
// refused before anything is sent.
#pragma once

#include "api/CompShareClient.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <functional>

namespace compshare {

class InstanceStore;

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
    enum class SkipReason
    {
        Other,     // why says it
        NoProject, // no ProjectId is known (GetProjectList failed or named none)
    };
    QDateTime asked; // the stop time asked for (invalid for Cancel)
    QDateTime seen;  // the stop time the re-read shows (invalid: none)
    ApiError error;
    QString why; // Skipped: the reason, for the user (empty for NoProject)
    SkipReason skipReason = SkipReason::Other;
};

class StopScheduleController final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMinLeadSecs = 300; // the API's "at least now + 300 s"

    StopScheduleController(CompShareClient *client, InstanceStore *store,
                           QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> now);
    QDateTime now() const { return m_now(); }
    // Re-read attempts after a change, and the pause between them (3, 200 ms).
    void setConfirmAttempts(int attempts, int intervalMs);

    // Why this instance cannot have a scheduled stop ("" when it can).
    static QString whyNotSchedulable(const Instance &instance);
    // The time "extend by secs" means: the current schedule + secs, or now +
    // secs when there is none (or it has passed).
    QDateTime extendedTime(const Instance &instance, int secs) const;

    // Each returns how many requests were sent; the others are reported as
    // Skipped outcomes (at once, before this returns).
    int schedule(const QStringList &ids, const QDateTime &at);
    int extend(const QStringList &ids, int secs);
    int cancel(const QStringList &ids);

    bool isInFlight(const QString &id) const { return m_inFlight.contains(id); }

signals:
    void outcome(const compshare::ScheduleOutcome &outcome);

private:
    bool send(const Instance &instance, ScheduleOutcome::Kind kind, const QDateTime &at);
    void confirm(const InstanceRef &ref, ScheduleOutcome outcome, int attemptsLeft);
    void skip(const QString &id, ScheduleOutcome::Kind kind, const QDateTime &at,
              const QString &why,
              ScheduleOutcome::SkipReason reason = ScheduleOutcome::SkipReason::Other);
    void finish(const ScheduleOutcome &outcome);

    CompShareClient *m_client;
    InstanceStore *m_store;
    std::function<QDateTime()> m_now;
    QSet<QString> m_inFlight;
    int m_confirmAttempts = 3;
    int m_confirmIntervalMs = 200;
};

} // namespace compshare

Q_DECLARE_METATYPE(compshare::ScheduleOutcome)
