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
    // Saves the list on screen now, if it changed since the last save (on
    // quit: a stop made a minute before quitting shows on the next start).
    void saveNow();

private:
    void onRefreshSucceeded(const ListResult &result, bool full);
    QString account() const;
    QString project() const;

    static constexpr int kSaveEverySecs = 300;

    ConsoleSession *m_session;
    LocalStore *m_store;
    QString m_savedKey; // account/project of the last save
    QDateTime m_savedAt;
    bool m_dirty = false; // a list or poll arrived since the last save
};

} // namespace compshare
