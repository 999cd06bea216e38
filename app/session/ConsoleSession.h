// SPDX-License-Identifier: MIT
// The object graph behind one window: transport -> client -> instance store
// -> model/proxy, the refresh scheduler, the operation owner and the stop,
// schedule and idle features. No widgets. It holds the session's one clock:
// every part asks it for "now", so a test sets the time once, here.
#pragma once

#include "domain/ApiError.h"
#include "wire/CompShareClient.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <functional>

namespace compshare {

class ApiTransport;
class GpuDayHistory;
class GpuHistory;
class GpuIdleTracker;
class GpuSampleArchive;
class InstanceFilterProxy;
class InstanceStore;
class InstanceTableModel;
class ProjectDirectory;
class OperationTracker;
class PriceQuoteBook;
class RefreshScheduler;
class AutoStopAfterStart;
class StopReminder;
class StopWhenIdle;
class StopScheduleController;
class StopController;

class ConsoleSession final : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Points the session at an endpoint and key pair and starts refreshing.
    // Returns a Policy error (and sends nothing) for a refused endpoint.
    // projectId: the project remembered for this profile ("" = the default).
    // lastUsedProjectId: the project this account's calls went to last time.
    // With neither, the first refresh waits for GetProjectList; with either it
    // goes at once, and is asked again if the list names another project.
    ApiError connectTo(const QUrl &endpoint, const Credentials &credentials,
                       const QString &projectId = {}, const QString &lastUsedProjectId = {});
    // Forgets the key pair and stops all requests; the list stays on screen.
    void disconnect();
    bool isConnected() const { return m_connected; }

    // The session's clock (UTC). Every time-dependent part reads this one.
    QDateTime now() const { return m_now(); }
    std::function<QDateTime()> clock() const
    {
        return [this] {
            return m_now();
        };
    }
    // For tests: the time every part of the session sees from now on.
    void setClock(std::function<QDateTime()> now);

    ApiTransport *transport() const { return m_transport; }
    CompShareClient *client() const { return m_client; }
    // The one copy of the listed instances; the poller and the operation owner write it.
    InstanceStore *store() const { return m_store; }
    InstanceTableModel *model() const { return m_model; }
    InstanceFilterProxy *proxy() const { return m_proxy; }
    RefreshScheduler *scheduler() const { return m_scheduler; }
    StopController *stopController() const { return m_stop; }
    // Fed by every listing; shared by the Idle badge, notifications and auto-stop.
    GpuIdleTracker *idleTracker() const { return m_idle; }
    // Fed by the same listings: sparklines, the 24-hour chart, stored samples.
    GpuHistory *gpuHistory() const { return m_history; }
    // Where GPU samples outlive the process (not owned; it must outlive the
    // session): read back for sparklines, and the idle tracker is seeded
    // from it. Call before the first listing, after the idle settings.
    void setGpuArchive(GpuSampleArchive *archive);
    // The selected instance's last 24 hours: CompShare's monitor, or the stored samples.
    GpuDayHistory *gpuDayHistory() const { return m_dayHistory; }
    ProjectDirectory *projects() const { return m_projects; }
    StopScheduleController *stopSchedules() const { return m_schedules; }
    StopReminder *stopReminder() const { return m_reminder; }
    StopWhenIdle *stopWhenIdle() const { return m_stopWhenIdle; }
    AutoStopAfterStart *autoStopAfterStart() const { return m_autoStopAfterStart; }
    OperationTracker *operations() const { return m_operations; }
    // What CompShare's price action says each configuration on screen costs:
    // asked after each full list, kept a day (the store: AccountSession
    // attaches its archive), per account.
    PriceQuoteBook *priceQuotes() const { return m_quotes; }

private:
    ApiTransport *m_transport;
    CompShareClient *m_client;
    std::function<QDateTime()> m_now;
    InstanceStore *m_store;
    InstanceTableModel *m_model;
    InstanceFilterProxy *m_proxy;
    RefreshScheduler *m_scheduler;
    OperationTracker *m_operations;
    StopController *m_stop;
    GpuIdleTracker *m_idle;
    GpuHistory *m_history;
    GpuDayHistory *m_dayHistory;
    ProjectDirectory *m_projects;
    StopScheduleController *m_schedules;
    StopReminder *m_reminder;
    StopWhenIdle *m_stopWhenIdle;
    AutoStopAfterStart *m_autoStopAfterStart;
    PriceQuoteBook *m_quotes;
    bool m_connected = false;
    int m_connection = 0; // counts connectTo calls, to drop a stale deferred start
};

} // namespace compshare
