// SPDX-License-Identifier: MIT
#include "work/RefreshScheduler.h"

#include "base/Bounds.h"
#include "base/Logging.h"
#include "state/InstanceStore.h"
#include "state/OperationTracker.h"

#include <QRandomGenerator>

namespace compshare {

RefreshScheduler::RefreshScheduler(CompShareClient *client, InstanceStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_followPollIntervalMs(bounds::kFollowPollSecs * 1000)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::tick);
    m_silence.setSingleShot(true);
    m_silence.setInterval(bounds::kConnectionTroubleSilenceSecs * 1000);
    connect(&m_silence, &QTimer::timeout, this, [this] {
        if (m_inFlight)
            setTrouble(true);
    });
}

void RefreshScheduler::setAutoRefreshIntervalMs(int ms)
{
    m_autoIntervalMs = qMax(1000, ms);
    schedule();
}

void RefreshScheduler::setPollIntervalMs(int ms)
{
    m_pollIntervalMs = qMax(10, ms);
}

void RefreshScheduler::setSlowPollIntervalMs(int ms)
{
    m_slowPollIntervalMs = qMax(10, ms);
}

void RefreshScheduler::setFollowPollIntervalMs(int ms)
{
    m_followPollIntervalMs = qBound(10, ms, bounds::kFollowPollSecs * 1000);
}

void RefreshScheduler::setMaxBackoffMs(int ms)
{
    m_maxBackoffMs = qMax(10, ms);
}

void RefreshScheduler::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void RefreshScheduler::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    qCDebug(lcPolling) << "auto refresh" << (paused ? "paused" : "resumed");
    if (!m_inFlight)
        schedule();
}

void RefreshScheduler::start()
{
    m_running = true;
    m_fullRequested = true;
    schedule();
}

void RefreshScheduler::stop()
{
    m_running = false;
    m_timer.stop();
    ++m_generation;
    m_inFlight = false;
    m_silence.stop();
    m_failures = 0;
    m_failuresInARow = 0;
    m_trouble = false;
}

void RefreshScheduler::refreshNow()
{
    m_fullRequested = true;
    m_failures = 0; // the user asked: no backoff wait
    if (!m_inFlight)
        schedule();
}

void RefreshScheduler::setOperations(OperationTracker *tracker)
{
    m_operations = tracker;
}

void RefreshScheduler::pollSoon()
{
    if (m_running && !m_inFlight) {
        m_timer.stop();
        // A short pause lets the gateway move the state before we ask.
        m_timer.start(qMin(m_pollIntervalMs, 500));
    }
}

QList<InstanceRef> RefreshScheduler::refsToPoll() const
{
    QList<InstanceRef> refs;
    QSet<QString> seen;
    const QStringList tracked = m_operations ? m_operations->idsToPoll() : QStringList();
    for (const QString &id : tracked) {
        if (const Instance *i = m_store->instance(id)) {
            refs.append(i->ref());
            seen.insert(id);
        }
    }
    const QList<Instance> &rows = m_store->instances();
    for (const Instance &i : rows) {
        if (i.isTransitional() && !seen.contains(i.id))
            refs.append(i.ref());
    }
    return refs;
}

int RefreshScheduler::pollDelayMs() const
{
    // Someone else's transition is watched as closely as ours.
    const QList<Instance> &rows = m_store->instances();
    const bool tracked = m_operations != nullptr;
    for (const Instance &i : rows) {
        if (i.isTransitional() && !(tracked && m_operations->find(i.id)))
            return m_pollIntervalMs;
    }
    switch (tracked ? m_operations->pace() : OperationTracker::Pace::None) {
    case OperationTracker::Pace::Quick:
        return m_pollIntervalMs;
    case OperationTracker::Pace::Follow:
        return m_followPollIntervalMs;
    case OperationTracker::Pace::Slow:
        return m_slowPollIntervalMs;
    case OperationTracker::Pace::None:
        break;
    }
    return m_pollIntervalMs;
}

void RefreshScheduler::setTrouble(bool trouble)
{
    if (trouble) {
        m_trouble = true;
        emit connectionTrouble(m_lastError, m_lastSuccess);
    } else if (std::exchange(m_trouble, false)) {
        emit connectionRestored();
    }
}

void RefreshScheduler::schedule()
{
    if (!m_running || m_inFlight)
        return;
    int delay = -1;
    if (m_failures > 0) {
        const int base = qMin(m_maxBackoffMs, 2000 << qMin(m_failures - 1, 8));
        delay = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
    } else if (m_fullRequested || !m_haveList) {
        delay = 0;
    } else if (!refsToPoll().isEmpty()) {
        delay = pollDelayMs();
    } else if (!m_paused) {
        const qint64 since = m_lastFullRefresh.msecsTo(m_now());
        delay = int(qBound(qint64(0), qint64(m_autoIntervalMs) - since, qint64(m_autoIntervalMs)));
    }
    if (delay < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(delay);
}

void RefreshScheduler::tick()
{
    if (!m_running || m_inFlight)
        return;
    const bool fullDue = m_fullRequested || !m_haveList ||
                         (!m_paused && m_lastFullRefresh.msecsTo(m_now()) >= m_autoIntervalMs);
    const QList<InstanceRef> refs = refsToPoll();
    if (fullDue || refs.isEmpty()) {
        if (!fullDue && m_paused) {
            schedule();
            return;
        }
        runFull();
    } else {
        runPoll(refs);
    }
}

void RefreshScheduler::runFull()
{
    m_inFlight = true;
    m_fullRequested = false;
    m_silence.start();
    emit refreshStarted(true);
    const quint64 generation = m_generation;
    m_client->listAllInstances(this, [this, generation](const ListResult &r) {
        if (generation == m_generation)
            handleResult(r, true);
    });
}

void RefreshScheduler::runPoll(const QList<InstanceRef> &refs)
{
    m_inFlight = true;
    m_silence.start();
    emit refreshStarted(false);
    const quint64 generation = m_generation;
    QStringList polled;
    for (const InstanceRef &ref : refs)
        polled << ref.id;
    m_client->describeInstances(refs, this, [this, generation, polled](const ListResult &r) {
        if (generation == m_generation)
            handleResult(r, false, polled);
    });
}

QStringList RefreshScheduler::releasesGone(const ListResult &result, bool full,
                                           const QStringList &polled)
{
    if (!m_operations)
        return {};
    const QStringList candidates = full ? m_operations->releasesAwaitingAbsence() : polled;
    if (candidates.isEmpty())
        return {};
    QSet<QString> listed;
    for (const Instance &i : result.instances)
        listed.insert(i.id);
    QStringList absent;
    for (const QString &id : candidates) {
        if (!listed.contains(id))
            absent << id;
    }
    // Told while the rows are still there, so the news can name them.
    return absent.isEmpty() ? QStringList() : m_operations->observeAbsent(absent);
}

void RefreshScheduler::handleResult(const ListResult &result, bool full, const QStringList &polled)
{
    m_inFlight = false;
    m_silence.stop();
    if (result.error.isError()) {
        ++m_failures;
        ++m_failuresInARow;
        m_lastError = result.error;
        if (full)
            m_fullRequested = true; // try the full list again after the backoff
        qCInfo(lcPolling) << (full ? "refresh" : "poll") << "failed:" << result.error.toString();
        // One failure is weather; two in a row (or a wait past the silence
        // bound, which a timeout is) is trouble worth a banner.
        if (m_failuresInARow >= bounds::kConnectionTroubleFailures ||
            result.error.kind() == ApiError::Kind::Timeout || m_trouble)
            setTrouble(true);
        emit refreshFailed(result.error, m_lastSuccess);
        schedule();
        return;
    }
    m_failures = 0;
    m_failuresInARow = 0;
    m_lastError = {};
    setTrouble(false);
    m_lastSuccess = m_now();
    noteStateChanges(result.instances, full);
    const QStringList released = releasesGone(result, full, polled);
    if (full) {
        m_store->applyFullList(result.instances);
        m_lastFullRefresh = m_lastSuccess;
        m_haveList = true;
    } else {
        m_store->applyUpdates(result.instances);
        m_store->remove(released);
    }
    // The tracker decides when our operations ended (final state, or no
    // change within its bound); a listing still showing the old state keeps
    // the instance polled.
    if (m_operations)
        m_operations->observe(result.instances);
    emit refreshSucceeded(result, full);
    schedule();
}

void RefreshScheduler::noteStateChanges(const QList<Instance> &incoming, bool full)
{
    Q_UNUSED(full)
    for (const Instance &now : incoming) {
        const Instance *before = m_store->instance(now.id);
        if (!before || before->state == now.state)
            continue;
        const bool watched = m_operations && m_operations->isUnderWay(now.id);
        // The owner decides why an instance stopped (ours, a schedule, a reclaim).
        if (m_operations)
            m_operations->observeStateChange(now, *before);
        if (now.isTransitional())
            continue; // on its way; the end is the news
        emit instanceStateChanged(now, before->state, watched);
    }
}

} // namespace compshare
