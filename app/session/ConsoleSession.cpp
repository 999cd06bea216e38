// SPDX-License-Identifier: MIT
#include "session/ConsoleSession.h"

#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "state/GpuHistory.h"
#include "state/GpuIdleTracker.h"
#include "state/InstanceStore.h"
#include "state/LocalStore.h"
#include "state/OperationTracker.h"
#include "wire/ApiTransport.h"
#include "work/AutoStopAfterStart.h"
#include "work/GpuDayHistory.h"
#include "work/PriceQuoteBook.h"
#include "work/ProjectDirectory.h"
#include "work/RefreshScheduler.h"
#include "work/StopController.h"
#include "work/StopReminder.h"
#include "work/StopScheduleController.h"
#include "work/StopWhenIdle.h"

#include <QTimer>

namespace compshare {

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent)
    , m_transport(new ApiTransport(this))
    , m_client(new CompShareClient(m_transport, this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_store(new InstanceStore(this))
    , m_model(new InstanceTableModel(m_store, this))
    , m_proxy(new InstanceFilterProxy(this))
    , m_scheduler(new RefreshScheduler(m_client, m_store, this))
    , m_operations(new OperationTracker(this))
    , m_stop(new StopController(m_client, m_store, m_scheduler, m_operations, this))
    , m_idle(new GpuIdleTracker(this))
    , m_history(new GpuHistory(this))
    , m_dayHistory(new GpuDayHistory(m_client, m_history, this))
    , m_projects(new ProjectDirectory(m_client, this))
    , m_schedules(new StopScheduleController(m_client, m_store, m_operations, this))
    , m_reminder(new StopReminder(m_store, m_schedules, this))
    , m_stopWhenIdle(new StopWhenIdle(m_idle, m_store, m_stop, this))
    , m_autoStopAfterStart(new AutoStopAfterStart(m_stop, m_store, m_schedules, this))
    , m_quotes(new PriceQuoteBook(m_client, clock(), this))
{
    // One clock, handed to every part once; setClock() only swaps what it reads.
    const auto now = clock();
    m_model->setClock(now);
    m_scheduler->setClock(now);
    m_operations->setClock(now);
    m_idle->setClock(now);
    m_history->setClock(now);
    m_dayHistory->setClock(now);
    m_reminder->setClock(now);
    m_stopWhenIdle->setClock(now);
    m_proxy->setSourceModel(m_model);
    m_model->setOperations(m_operations);
    // A saved list on screen: nothing may act until CompShare has answered.
    connect(m_store, &InstanceStore::cachedChanged, m_operations,
            &OperationTracker::setListIsCached);
    m_scheduler->setOperations(m_operations);
    m_model->setIdleTracker(m_idle);
    m_model->setGpuHistory(m_history);
    connect(
        m_scheduler, &RefreshScheduler::refreshSucceeded, m_idle,
        [this](const ListResult &result, bool full) { m_idle->observe(result.instances, full); });
    // The Auto-stop column also shows stop when idle, as soon as it is chosen.
    m_model->setIdleStopSource(
        [this](const QString &id) { return m_stopWhenIdle->idleMinutes(id); });
    connect(m_stopWhenIdle, &StopWhenIdle::idleMinutesChanged, m_model,
            [this] { m_model->refreshColumn(InstanceTableModel::AutoStopColumn); });
    connect(m_scheduler, &RefreshScheduler::refreshSucceeded, m_history,
            [this](const ListResult &result, bool full) {
                m_history->observe(result.instances, full);
            });
    // The image is priced per GPU by the price action, when it is told the
    // image; the bills of the table and the totals read its answers.
    m_quotes->setImageIdSource([](const Instance &i) { return i.imageId; });
    m_model->setPriceQuotes(m_quotes);
    // Prices are asked only once a whole list is in (the pages go first).
    connect(m_scheduler, &RefreshScheduler::refreshSucceeded, m_quotes,
            [this](const ListResult &result, bool full) {
                if (full)
                    m_quotes->observeFullList(result.instances);
            });
    // The Auto-stop countdown moves on by itself between refreshes.
    auto *countdown = new QTimer(this);
    connect(countdown, &QTimer::timeout, this,
            [this] { m_model->refreshColumn(InstanceTableModel::AutoStopColumn); });
    countdown->start(20000);
}

ConsoleSession::~ConsoleSession()
{
    // Writes the open minutes, then lets go: the archive may go before
    // this session's children.
    m_history->setArchive(nullptr);
}

void ConsoleSession::setGpuArchive(GpuSampleArchive *archive)
{
    m_history->setArchive(archive);
    m_history->restoreIdle(m_idle);
}

void ConsoleSession::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

ApiError ConsoleSession::connectTo(const QUrl &endpoint, const Credentials &credentials,
                                   const QString &projectId, const QString &lastUsedProjectId)
{
    ApiError refused = m_transport->setEndpoint(endpoint);
    if (refused.isError())
        return refused;
    m_scheduler->stop();
    if (credentials.publicKey != m_transport->publicKey()) {
        m_operations->clear();
        m_store->clear(); // another account: never show its rows under this one
        m_idle->clear();
        m_history->clear();
        m_dayHistory->clear();
    }
    m_transport->setCredentials(credentials);
    m_connected = true;
    // Whose prices: the same name the store gives the account (never the key).
    m_quotes->setAccount(LocalStore::accountHash(credentials.publicKey, endpoint.toString()));
    const int connection = ++m_connection;
    m_projects->load(credentials.publicKey + QLatin1Char('@') + endpoint.toString(), projectId,
                     lastUsedProjectId);
    // The list never waits for GetProjectList (a slow side call must not keep
    // the user without a word): it goes at once with the known or guessed
    // project, or with none (a main account's default). If GetProjectList
    // then names another project than the one sent, that answer is dropped
    // and the list asked again.
    const QString sent = m_projects->currentId();
    m_scheduler->start();
    if (!m_projects->isResolved()) {
        auto *once = new QObject(this);
        connect(m_projects, &ProjectDirectory::resolved, once, [this, once, connection, sent] {
            once->deleteLater();
            if (connection != m_connection || !m_connected)
                return;
            if (m_projects->currentId() != sent) {
                m_scheduler->stop();
                m_scheduler->start();
            }
        });
    }
    return {};
}

void ConsoleSession::disconnect()
{
    m_scheduler->stop();
    m_quotes->halt();
    m_transport->clearCredentials();
    m_connected = false;
}

} // namespace compshare
