// SPDX-License-Identifier: MIT
// Sends Stop / Start / Reboot for confirmed instances, at most once per user
// decision: OperationTracker refuses an instance whose operation is under
// way (a dialog opened earlier sends nothing then, and shows no error),
// Force goes out only as the ForceStop the confirmation produced, and every
// result comes back per instance so one failure never hides the others.
#pragma once

#include "api/CompShareClient.h"
#include "stop/OperationTracker.h"
#include "stop/StopDecision.h"

#include <QDateTime>
#include <QObject>
#include <functional>

namespace compshare {

class InstanceTableModel;
class RefreshScheduler;

class StopController final : public QObject
{
    Q_OBJECT

public:
    using Operation = OperationTracker::Kind;

    StopController(CompShareClient *client, InstanceTableModel *model, RefreshScheduler *scheduler,
                   OperationTracker *tracker, QObject *parent = nullptr);

    // Each decision names an instance by id; the instance is re-read from the
    // model now (it may have changed while a dialog was open). Returns how
    // many requests were sent.
    int stop(const QList<StopDecision> &decisions);
    bool start(const QString &id, bool withoutGpu = false);
    bool reboot(const QString &id);

    bool isInFlight(const QString &id) const;

signals:
    void operationSent(const QString &id, compshare::OperationTracker::Kind op);
    // Not sent, for a reason the user should see (gone, wrong state, locked).
    void operationSkipped(const QString &id, compshare::OperationTracker::Kind op,
                          const QString &why);
    // Not sent because the same instance's operation is already under way:
    // the normal end of a second confirmation, not an error.
    void operationAlreadyUnderWay(const QString &id, compshare::OperationTracker::Kind op);
    // Accepted (or took effect after a transport failure): polling follows.
    void operationAccepted(const QString &id, compshare::OperationTracker::Kind op);
    // Rejected: result.error says why.
    void operationFailed(const QString &id, compshare::OperationTracker::Kind op,
                         const compshare::MutationResult &result);
    // Plain news about an operation (lost answer, our own lock, the end of
    // an accepted operation), in the words the user reads.
    void operationNote(const QString &id, compshare::OperationTracker::Kind op, const QString &text,
                       bool warning);

private:
    bool send(const QString &id, Operation op, ForceStop force, bool withoutGpu);
    void finish(const QString &id, Operation op, const MutationResult &result);
    void onConcluded(const QString &id, Operation op, OperationTracker::Conclusion conclusion,
                     const QDateTime &acceptedAt, InstanceState listed);
    QString nameOf(const QString &id) const;

    CompShareClient *m_client;
    InstanceTableModel *m_model;
    RefreshScheduler *m_scheduler;
    OperationTracker *m_tracker;
};

} // namespace compshare
