// SPDX-License-Identifier: MIT
// Writes what the console sends into the operations journal, from the
// signals that already carry it: StopController's requestSent /
// requestAnswered, and OperationTracker's outcomes for whether the list
// showed the operation take effect. It decides nothing and sends nothing.
// Operations sent elsewhere (rename, scheduled stops) are written through
// noteSent / noteAnswer by whoever sends them.
#pragma once

#include "state/OperationJournal.h"
#include "state/OperationTracker.h"

#include <QHash>
#include <QObject>

namespace compshare {

class ApiError;
class ConsoleSession;
class LocalStore;
struct MutationResult;
struct ScheduleOutcome;

class OperationRecorder final : public QObject
{
    Q_OBJECT

public:
    OperationRecorder(ConsoleSession *session, LocalStore *store, QObject *parent = nullptr);

    // The account the journal names (LocalStore::accountHash of the session's key).
    QString account() const;

    // For operations that do not go through StopController; returns the
    // journal id to answer.
    qint64 noteSent(const QString &instanceId, JournalEntry::What what, const QString &detail = {});
    // requestId: the answer's, when the error (none, on success) has none.
    void noteAnswer(qint64 journalId, const ApiError &error, const QString &requestId = {});

private:
    void onSent(const QString &id, OperationKind op, bool force, bool flag);
    void onAnswered(const QString &id, OperationKind op, const MutationResult &result);
    void onOutcome(const OperationOutcome &outcome);
    void onScheduleOutcome(const ScheduleOutcome &outcome);

    ConsoleSession *m_session;
    LocalStore *m_store;
    struct Open
    {
        qint64 journalId = 0;
        OperationKind kind = OperationKind::Stop;
    };
    QHash<QString, Open> m_open; // per instance: the entry whose result is awaited
};

} // namespace compshare
