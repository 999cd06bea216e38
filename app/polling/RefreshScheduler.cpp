// SPDX-License-Identifier: MIT
#include "polling/RefreshScheduler.h"

#include "core/Logging.h"
#include "model/InstanceTableModel.h"

#include <QRandomGenerator>
#include <QSet>

namespace compshare {

RefreshScheduler::RefreshScheduler(CompShareClient *client, InstanceTableModel *model,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::tick);
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

void RefreshScheduler::setStuckAfterMs(qint64 ms)
{
    m_stuckAfterMs = ms;
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
    m_watches.clear();
}

void RefreshScheduler::refreshNow()
{
    m_fullRequested = true;
    m_failures = 0; // the user asked: no backoff wait
    if (!m_inFlight)
        schedule();
}

void RefreshScheduler::watch(const InstanceRef &ref, InstanceState finalState)
{
    m_watches.insert(ref.id, Watch{ref, finalState, m_now(), false});
    pollSoon();
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
    for (const Watch &w : m_watches) {
        refs.append(w.ref);
        seen.insert(w.ref.id);
    }
    const QList<Instance> &rows = m_model->instances();
    for (const Instance &i : rows) {
        if (i.isTransitional() && !seen.contains(i.id))
            refs.append(i.ref());
    }
    return refs;
}

bool RefreshScheduler::anyStuck() const
{
    for (const Watch &w : m_watches) {
        if (!w.stuck)
            return false;
    }
    return !m_watches.isEmpty();
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
        delay = anyStuck() ? m_slowPollIntervalMs : m_pollIntervalMs;
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
    emit refreshStarted(false);
    const quint64 generation = m_generation;
    m_client->describeInstances(refs, this, [this, generation](const ListResult &r) {
        if (generation == m_generation)
            handleResult(r, false);
    });
}

void RefreshScheduler::handleResult(const ListResult &result, bool full)
{
    m_inFlight = false;
    if (result.error.isError()) {
        ++m_failures;
        m_lastError = result.error;
        if (full)
            m_fullRequested = true; // try the full list again after the backoff
        qCInfo(lcPolling) << (full ? "refresh" : "poll") << "failed:" << result.error.toString();
        emit refreshFailed(result.error, m_lastSuccess);
        schedule();
        return;
    }
    m_failures = 0;
    m_lastError = {};
    m_lastSuccess = m_now();
    noteStateChanges(result.instances, full);
    if (full) {
        m_model->applyRefresh(result.instances);
        m_lastFullRefresh = m_lastSuccess;
        m_haveList = true;
    } else {
        m_model->applyUpdates(result.instances);
    }
    // Watches end at their final state, or when the instance went away.
    for (auto it = m_watches.begin(); it != m_watches.end();) {
        const Instance *i = m_model->instance(it->ref.id);
        if (!i || i->state == it->finalState ||
            (!i->isTransitional() && i->state != InstanceState::Running &&
             it->finalState == InstanceState::Running)) {
            it = m_watches.erase(it);
            continue;
        }
        if (!it->stuck && it->since.msecsTo(m_now()) >= m_stuckAfterMs) {
            it->stuck = true;
            emit watchStuck(it->ref.id);
        }
        ++it;
    }
    emit refreshSucceeded(result, full);
    schedule();
}

void RefreshScheduler::noteStateChanges(const QList<Instance> &incoming, bool full)
{
    Q_UNUSED(full)
    for (const Instance &now : incoming) {
        const Instance *before = m_model->instance(now.id);
        if (!before || before->state == now.state)
            continue;
        const auto w = m_watches.constFind(now.id);
        const bool watched = w != m_watches.constEnd();
        if (watched && now.state != w->finalState && now.isTransitional())
            continue; // on its way
        if (!watched && now.isTransitional())
            continue;
        emit instanceStateChanged(now, before->state, watched);
    }
}

} // namespace compshare
