// SPDX-License-Identifier: MIT
// Keeps the last full list per account and project in the local store
// (CachedListStore): saved after every good full refresh, and handed to the
// model on start, before CompShare's first answer, as a cached list (the
// model marks it; the first real answer replaces it in place).
#pragma once

#include "domain/Instance.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>

namespace compshare {

class ConsoleSession;
class LocalStore;
struct ListResult;

class CachedListRecorder final : public QObject
{
    Q_OBJECT

public:
    CachedListRecorder(ConsoleSession *session, LocalStore *store, QObject *parent = nullptr);

    // Paints the saved list of the session's account and project, if the
    // model has no list yet. Returns when it was saved (invalid: nothing shown).
    QDateTime restore();
    // The same without holding the GUI thread: the stored rows are read now
    // (quick), decoded on a worker thread, and applied when decoded, unless
    // a list came meanwhile or the session moved to another account or
    // project. restored() says when it was applied.
    void restoreInBackground();
    // At start, before any account is known: decodes the list saved last on
    // the worker threads, while the window is built and the credentials are
    // read. restoreInBackground() takes it when it is that account's and
    // project's; otherwise, or once a live list came, it is dropped.
    void readAhead();
    // Off for the demo cloud: it is generated anew at each start, on another
    // port, so its list could never be found again (and would be the one
    // read ahead at the next start).
    void setSavesLists(bool saves) { m_saves = saves; }
    // Saved lists whose decoding started (the read-ahead included).
    int decodesStarted() const { return m_decodes; }
    bool hasReadAhead() const { return m_ahead.isValid(); }
    // Saves the list on screen now, if it changed since the last save or a
    // save is still being encoded (on quit: a stop made a minute before
    // quitting shows on the next start).
    void saveNow();

signals:
    void restored(const QDateTime &savedAt);
    // A list saved after a refresh was written (encoded on a worker first).
    void saved(const QDateTime &at);

private:
    void onRefreshSucceeded(const ListResult &result, bool full);
    void dropReadAhead();
    QString account() const;
    QString project() const;

    static constexpr int kSaveEverySecs = 300;
    static constexpr int kReadAheadKeptMs = 30000;

    ConsoleSession *m_session;
    LocalStore *m_store;
    int m_restoring = 0;    // counts decodes started: only the last one applies
    QString m_restoringKey; // account/project being decoded
    QString m_savedKey;     // account/project of the last save
    QDateTime m_savedAt;
    bool m_dirty = false;             // a list or poll arrived since the last save
    bool m_saves = true;              // setSavesLists
    int m_saveAttempt = 0;            // counts saves started
    QHash<QString, int> m_encoding;   // account/project -> its save being encoded (the last)
    QFuture<QList<Instance>> m_ahead; // the read-ahead, until taken or dropped
    QString m_aheadKey;               // its account/project
    QDateTime m_aheadSavedAt;
    int m_decodes = 0;
};

} // namespace compshare
