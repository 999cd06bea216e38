// SPDX-License-Identifier: MIT
// The journal of the operations the console sent (table `operations`): what,
// for which instance, when, what CompShare answered (accepted, refused with
// its code, or no answer) with the request id, and whether the list then
// showed it take effect. Written once per request when it goes out, then
// updated; read by the History view. It records; it never sends: nothing in
// it is ever replayed, so a restart cannot resend an operation.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace compshare {

class LocalStore;

struct JournalEntry
{
    enum class What
    {
        Stop,
        ForceStop,
        Start,
        StartWithoutGpu,
        Reboot,
        Release,
        ReleaseWithDisks, // ReleaseUDisk=true
        Rename,           // detail: the new name
        ScheduleStop,     // detail: the stop time, ISO 8601 UTC
        CancelSchedule,
    };
    enum class Answer
    {
        Pending,  // sent; no answer yet (or the console ended before one)
        Accepted, // RetCode 0
        Refused,  // an HTTP status or a RetCode (code)
        Lost,     // no answer arrived; it was not resent
        Unclear,  // an answer that does not say whether it was applied (HTTP 5xx,
                  // RetCode 8433, unreadable; code); it was not resent
        NotSent,  // its connection failed before the request left (ApiError::Undelivered)
    };
    enum class Result
    {
        Pending,          // the list has not told yet
        TookEffect,       // the list showed it
        DidNotTakeEffect, // the list showed no change within the bound
        Unknown,          // no list could be read to tell
        NoChangeYet,      // accepted, yet the list still showed the old state at the bound
    };

    qint64 id = 0;
    QString account; // LocalStore::accountHash
    QString instanceId;
    QString instanceName;
    What what = What::Stop;
    QString detail;
    QDateTime sentAt;
    Answer answer = Answer::Pending;
    QDateTime answeredAt;
    int code = 0;          // Refused, Unclear: RetCode, or the HTTP status when there is no RetCode
    bool httpCode = false; // code is an HTTP status
    QString requestId;
    Result result = Result::Pending;
    QDateTime resultAt;
};

class OperationJournal final : public QObject
{
    Q_OBJECT

public:
    explicit OperationJournal(LocalStore *store);

    // A request went out: returns its journal id (0 when the store is closed).
    qint64 recordSent(const JournalEntry &entry);
    void recordAnswer(qint64 id, JournalEntry::Answer answer, int code, bool httpCode,
                      const QString &requestId, const QDateTime &at);
    void recordResult(qint64 id, JournalEntry::Result result, const QDateTime &at);

    // Newest first; an empty account means every account.
    QList<JournalEntry> entriesFor(const QString &instanceId, const QString &account = {}) const;
    int count() const;

    static QString whatKey(JournalEntry::What what);
    static JournalEntry::What whatFromKey(const QString &key);

signals:
    // An entry of this instance was written or updated.
    void changed(const QString &instanceId);

private:
    QString instanceOf(qint64 id) const;

    LocalStore *m_store;
};

} // namespace compshare

Q_DECLARE_METATYPE(compshare::JournalEntry)
