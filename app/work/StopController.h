// SPDX-License-Identifier: MIT
// Sends Stop / Start / Reboot / Release for confirmed instances, at most once per user
// decision. Whether an instance may be acted on, and what each answer means,
// is OperationTracker's: this class asks it (begin), sends, and hands it the
// answer (accept / refuse / answerLost / lockAnswered). Force goes out only
// as the ForceStop the confirmation produced.
#pragma once

#include "domain/StopDecision.h"
#include "state/OperationTracker.h"
#include "wire/CompShareClient.h"

#include <QObject>

namespace compshare {

class InstanceStore;
class RefreshScheduler;

class StopController final : public QObject
{
    Q_OBJECT

public:
    using Operation = OperationTracker::Kind;

    StopController(CompShareClient *client, InstanceStore *store, RefreshScheduler *scheduler,
                   OperationTracker *tracker, QObject *parent = nullptr);

    // Each decision names an instance by id; the instance is re-read from the
    // model now (it may have changed while a dialog was open). Returns how
    // many requests were sent.
    int stop(const QList<StopDecision> &decisions);
    bool start(const QString &id, bool withoutGpu = false);
    bool reboot(const QString &id);
    // TerminateCompShareInstance, once per confirmed instance; ReleaseUDisk
    // as the confirmation said.
    bool release(const QString &id, bool releaseDataDisks);

    // Our request for it, or the re-read of an answer that did not say, is on the wire.
    bool isInFlight(const QString &id) const;
    OperationTracker *tracker() const { return m_tracker; }

signals:
    void operationSent(const QString &id, compshare::OperationTracker::Kind op);
    // Accepted by CompShare (RetCode 0), or shown by the list to have taken
    // effect after a lost answer: polling follows.
    void operationAccepted(const QString &id, compshare::OperationTracker::Kind op);
    // For the operations journal (storage/OperationRecorder): a request went
    // out (force: Force=true; flag: WithoutGpu for Start, ReleaseUDisk for
    // Release), and its answer, as the client delivered it.
    void requestSent(const QString &id, compshare::OperationTracker::Kind op, bool force,
                     bool flag);
    void requestAnswered(const QString &id, compshare::OperationTracker::Kind op,
                         const compshare::MutationResult &result);

private:
    // `flag`: WithoutGpu for Start, ReleaseUDisk for Release.
    bool send(const QString &id, Operation op, ForceStop force, bool flag);
    void finish(const QString &id, Operation op, quint64 serial, const MutationResult &result);

    CompShareClient *m_client;
    InstanceStore *m_store;
    RefreshScheduler *m_scheduler;
    OperationTracker *m_tracker;
};

} // namespace compshare
