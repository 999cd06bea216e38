// SPDX-License-Identifier: MIT
// Sends Stop / Start / Reboot for confirmed instances, exactly once each:
// an instance with a request in flight is refused (no double submit), Force
// goes out only as the ForceStop the confirmation produced, and every result
// comes back per instance so one failure never hides the others.
#pragma once

#include "api/CompShareClient.h"
#include "stop/StopDecision.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <functional>

namespace compshare {

class InstanceTableModel;
class RefreshScheduler;

class StopController final : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Stop, Start, Reboot };
    Q_ENUM(Operation)

    StopController(CompShareClient *client, InstanceTableModel *model, RefreshScheduler *scheduler,
                   QObject *parent = nullptr);

    void setClock(std::function<QDateTime()> now);
    void setLockDurationSecs(int secs); // how long a lock error disables the row (600)

    // Each decision names an instance by id; the instance is re-read from the
    // model now (it may have changed while a dialog was open). Returns how
    // many requests were sent; skipped ones are reported through
    // operationSkipped.
    int stop(const QList<StopDecision> &decisions);
    bool start(const QString &id, bool withoutGpu = false);
    bool reboot(const QString &id);

    bool isInFlight(const QString &id) const { return m_inFlight.contains(id); }
    int inFlightCount() const { return int(m_inFlight.size()); }

signals:
    void operationSent(const QString &id, compshare::StopController::Operation op);
    void operationSkipped(const QString &id, compshare::StopController::Operation op,
                          const QString &why);
    // Accepted (or took effect after a transport failure): polling follows.
    void operationAccepted(const QString &id, compshare::StopController::Operation op);
    // Rejected, did not take effect, or unknown: result.error says why.
    void operationFailed(const QString &id, compshare::StopController::Operation op,
                         const compshare::MutationResult &result);

private:
    bool send(const QString &id, Operation op, ForceStop force, bool withoutGpu);
    void finish(const QString &id, Operation op, const MutationResult &result);

    CompShareClient *m_client;
    InstanceTableModel *m_model;
    RefreshScheduler *m_scheduler;
    QSet<QString> m_inFlight;
    std::function<QDateTime()> m_now;
    int m_lockSecs = 600;
};

} // namespace compshare
