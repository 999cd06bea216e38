// SPDX-License-Identifier: MIT
#include "session/CachedListRecorder.h"

#include "session/ConsoleSession.h"
#include "state/CachedListStore.h"
#include "state/InstanceStore.h"
#include "state/LocalStore.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"

#include <QFutureWatcher>
#include <QTimer>

namespace compshare {

CachedListRecorder::CachedListRecorder(ConsoleSession *session, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{
    connect(session->scheduler(), &RefreshScheduler::refreshSucceeded, this,
            &CachedListRecorder::onRefreshSucceeded);
}

QString CachedListRecorder::account() const
{
    const ApiTransport *t = m_session->transport();
    return LocalStore::accountHash(t->publicKey(), t->endpoint().toString());
}

QString CachedListRecorder::project() const
{
    return m_session->transport()->projectId();
}

QDateTime CachedListRecorder::restore()
{
    InstanceStore *instances = m_session->store();
    if (instances->hasList() || !m_session->transport()->hasCredentials())
        return {};
    const CachedList cached = m_store->cachedLists()->load(account(), project());
    if (!cached.isValid())
        return {};
    instances->applyCachedList(cached.instances, cached.savedAt);
    return cached.savedAt;
}

void CachedListRecorder::readAhead()
{
    if (m_ahead.isValid() || m_session->store()->hasList())
        return;
    SavedChunks latest = m_store->cachedLists()->loadLatest();
    if (!latest.isValid())
        return;
    m_aheadKey = latest.account + QLatin1Char('/') + latest.project;
    m_aheadSavedAt = latest.savedAt;
    ++m_decodes;
    m_ahead = CachedListStore::decodeInBackground(std::move(latest));
    // Credentials that take longer (a keychain prompt, the Add key dialog)
    // decode their list again then; 10,000 instances are not held meanwhile.
    QTimer::singleShot(kReadAheadKeptMs, this, &CachedListRecorder::dropReadAhead);
}

void CachedListRecorder::dropReadAhead()
{
    m_ahead = {}; // the decoding ends on its own; nothing holds its result
    m_aheadKey.clear();
}

void CachedListRecorder::restoreInBackground()
{
    const InstanceStore *instances = m_session->store();
    if (instances->hasList() || instances->cachedSince().isValid() ||
        !m_session->transport()->hasCredentials())
        return;
    const QString key = account() + QLatin1Char('/') + project();
    if (key == m_restoringKey)
        return; // already being decoded
    QFuture<QList<Instance>> decoding;
    QDateTime savedAt;
    if (m_ahead.isValid() && key == m_aheadKey) {
        decoding = m_ahead;
        savedAt = m_aheadSavedAt;
    } else {
        SavedChunks saved = m_store->cachedLists()->loadChunks(account(), project());
        if (!saved.isValid())
            return;
        savedAt = saved.savedAt;
        ++m_decodes;
        decoding = CachedListStore::decodeInBackground(std::move(saved));
    }
    dropReadAhead(); // taken, or not this account's
    const int attempt = ++m_restoring;
    m_restoringKey = key;
    auto *watcher = new QFutureWatcher<QList<Instance>>(this);
    connect(watcher, &QFutureWatcher<QList<Instance>>::finished, this,
            [this, watcher, attempt, key, savedAt] {
                watcher->deleteLater();
                if (attempt != m_restoring)
                    return; // a later restore for another account or project
                m_restoringKey.clear();
                InstanceStore *store = m_session->store();
                // A list that came meanwhile, or another account, wins.
                if (store->hasList() || store->cachedSince().isValid() ||
                    key != account() + QLatin1Char('/') + project())
                    return;
                store->applyCachedList(watcher->result(), savedAt);
                emit restored(savedAt);
            });
    watcher->setFuture(decoding);
}

void CachedListRecorder::saveNow()
{
    const InstanceStore *instances = m_session->store();
    const QString key = account() + QLatin1Char('/') + project();
    if ((!m_dirty && !m_encoding.contains(key)) || !m_saves || !instances->hasList())
        return;
    m_encoding.remove(key); // a save of this list still being encoded is overtaken
    m_store->cachedLists()->save(account(), project(), instances->instances(), m_store->now());
    m_savedKey = key;
    m_savedAt = m_store->now();
    m_dirty = false;
}

void CachedListRecorder::onRefreshSucceeded(const ListResult &result, bool full)
{
    if (!result.error.isError()) {
        m_dirty = true;
        dropReadAhead(); // the account's own list is here
    }
    // Only a complete list: a poll names a few instances, and a list short of
    // its TotalCount is not the account's list.
    if (!m_saves || !full || result.error.isError() || result.undelivered() > 0)
        return;
    // The first list, then at most every kSaveEverySecs: writing 10,000
    // instances costs a moment, and the marker says from when the list is.
    const QString key = account() + QLatin1Char('/') + project();
    const QDateTime now = m_store->now();
    if (key == m_savedKey && m_savedAt.isValid() && m_savedAt.secsTo(now) < kSaveEverySecs)
        return;
    m_savedKey = key;
    m_savedAt = now;
    m_dirty = false;
    // Encoded on a worker thread (≈ 50-90 ms for 1,000 instances): the list
    // is painted first. Written here, in one transaction, once encoded.
    const int attempt = ++m_saveAttempt;
    m_encoding.insert(key, attempt);
    auto *watcher = new QFutureWatcher<QList<QByteArray>>(this);
    connect(watcher, &QFutureWatcher<QList<QByteArray>>::finished, this,
            [this, watcher, attempt, key, account = account(), project = project(), now] {
                watcher->deleteLater();
                if (m_encoding.value(key) != attempt)
                    return; // a later save of this list overtook this one
                m_encoding.remove(key);
                m_store->cachedLists()->saveChunks(account, project, watcher->result(), now);
                emit saved(now);
            });
    watcher->setFuture(CachedListStore::encodeInBackground(result.instances));
}

} // namespace compshare
