// SPDX-License-Identifier: MIT
// When to ask CompShare for what. One re-armed single-shot timer, so only one
// request is ever in flight:
// - while anything is transitional (or an operation of ours is being
//   watched): a batched poll of just those instances every ~2.5 s (one
//   DescribeCompShareInstance per region, never one per instance);
// - otherwise: a full refresh at the user's interval (default 30 s), paused
//   while the window is minimised;
// - after a failure: retry with backoff; the last good list stays.
#pragma once

#include "domain/ApiError.h"
#include "wire/CompShareClient.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>

namespace compshare {

class InstanceStore;
class OperationTracker;

class RefreshScheduler final : public QObject
{
    Q_OBJECT

public:
    RefreshScheduler(CompShareClient *client, InstanceStore *store, QObject *parent = nullptr);

    void setAutoRefreshIntervalMs(int ms); // default 30000
    int autoRefreshIntervalMs() const { return m_autoIntervalMs; }
    void setPollIntervalMs(int ms);       // default 2500
    void setSlowPollIntervalMs(int ms);   // only stuck operations left; default 15000
    void setFollowPollIntervalMs(int ms); // followed after the no-change bound; ≤ 10 s
    void setMaxBackoffMs(int ms);         // default 60000
    void setClock(std::function<QDateTime()> now);

    // Paused: no automatic full refresh; transitions are still polled.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    void start();      // first full refresh now
    void stop();       // no more requests; an answer in flight is dropped
    void refreshNow(); // user asked (F5): full refresh as soon as nothing is in flight
    // Our operations under way are polled until the tracker says they ended;
    // every successful listing is reported to it.
    void setOperations(OperationTracker *tracker);
    void pollSoon();

    bool isBusy() const { return m_inFlight; }
    bool isRunning() const { return m_running; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    bool lastAttemptFailed() const { return m_lastError.isError(); }
    int consecutiveFailures() const { return m_failures; }  // for the backoff; F5 resets it
    int failuresInARow() const { return m_failuresInARow; } // only a good answer resets it
    int nextDelayMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

signals:
    void refreshStarted(bool full);
    void refreshSucceeded(const compshare::ListResult &result, bool full);
    void refreshFailed(const compshare::ApiError &error, const QDateTime &lastSuccess);
    // A watched instance reached its final state, or any instance changed
    // state outside an operation of ours (e.g. a spot instance reclaimed).
    void instanceStateChanged(const compshare::Instance &instance,
                              compshare::InstanceState previous, bool watched);
    // Connection trouble: two failed refreshes in a row, or a request
    // unanswered for bounds::kConnectionTroubleSilenceSecs. `error` is the
    // last failure (none when it is the silence). Cleared by a good answer.
    void connectionTrouble(const compshare::ApiError &error, const QDateTime &lastSuccess);
    void connectionRestored();

private:
    void schedule();
    void tick();
    void runFull();
    void runPoll(const QList<InstanceRef> &refs);
    void handleResult(const ListResult &result, bool full, const QStringList &polled = {});
    // Our releases whose instance this listing no longer has: they ended.
    QStringList releasesGone(const ListResult &result, bool full, const QStringList &polled);
    void noteStateChanges(const QList<Instance> &incoming, bool full);
    QList<InstanceRef> refsToPoll() const;
    int pollDelayMs() const;
    void setTrouble(bool trouble);

    CompShareClient *m_client;
    InstanceStore *m_store;
    QTimer m_timer;
    std::function<QDateTime()> m_now;
    OperationTracker *m_operations = nullptr;
    QTimer m_silence; // a request unanswered this long is connection trouble
    bool m_trouble = false;
    int m_autoIntervalMs = 30000;
    int m_pollIntervalMs = 2500;
    int m_slowPollIntervalMs = 15000;
    int m_followPollIntervalMs;
    int m_maxBackoffMs = 60000;
    bool m_running = false;
    bool m_paused = false;
    bool m_inFlight = false;
    bool m_fullRequested = false;
    bool m_haveList = false;
    quint64 m_generation = 0; // answers of a stopped run are dropped
    int m_failures = 0;
    int m_failuresInARow = 0;
    ApiError m_lastError;
    QDateTime m_lastSuccess;
    QDateTime m_lastFullRefresh;
};

} // namespace compshare
