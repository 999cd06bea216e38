// SPDX-License-Identifier: MIT
// Keeps the last full list per account and project in the local store
// (CachedListStore): saved after every good full refresh, and handed to the
// model on start, before CompShare's first answer, as a cached list (the
// model marks it; the first real answer replaces it in place).
#pragma once

#include <QDateTime>
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
    // Saves the list on screen now, if it changed since the last save (on
    // quit: a stop made a minute before quitting shows on the next start).
    void saveNow();

signals:
    void restored(const QDateTime &savedAt);

private:
    void onRefreshSucceeded(const ListResult &result, bool full);
    QString account() const;
    QString project() const;

    static constexpr int kSaveEverySecs = 300;

    ConsoleSession *m_session;
    LocalStore *m_store;
    int m_restoring = 0;    // counts decodes started: only the last one applies
    QString m_restoringKey; // account/project being decoded
    QString m_savedKey;     // account/project of the last save
    QDateTime m_savedAt;
    bool m_dirty = false; // a list or poll arrived since the last save
};

} // namespace compshare
