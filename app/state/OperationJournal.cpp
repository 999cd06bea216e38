// SPDX-License-Identifier: MIT
#include "state/OperationJournal.h"

#include "state/LocalStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace compshare {

namespace {
using What = JournalEntry::What;

struct WhatKey
{
    What what;
    const char *key;
};
constexpr WhatKey kWhatKeys[] = {
    {What::Stop, "stop"},
    {What::ForceStop, "force-stop"},
    {What::Start, "start"},
    {What::StartWithoutGpu, "start-without-gpu"},
    {What::Reboot, "reboot"},
    {What::Release, "release"},
    {What::ReleaseWithDisks, "release-with-disks"},
    {What::Rename, "rename"},
    {What::ScheduleStop, "schedule-stop"},
    {What::CancelSchedule, "cancel-schedule"},
};

const char *answerKey(JournalEntry::Answer a)
{
    switch (a) {
    case JournalEntry::Answer::Accepted:
        return "accepted";
    case JournalEntry::Answer::Refused:
        return "refused";
    case JournalEntry::Answer::Lost:
        return "lost";
    case JournalEntry::Answer::Unclear:
        return "unclear";
    case JournalEntry::Answer::NotSent:
        return "not-sent";
    case JournalEntry::Answer::Pending:
        break;
    }
    return "sent";
}

JournalEntry::Answer answerFromKey(const QString &k)
{
    if (k == QLatin1String("accepted"))
        return JournalEntry::Answer::Accepted;
    if (k == QLatin1String("refused"))
        return JournalEntry::Answer::Refused;
    if (k == QLatin1String("lost"))
        return JournalEntry::Answer::Lost;
    if (k == QLatin1String("unclear"))
        return JournalEntry::Answer::Unclear;
    if (k == QLatin1String("not-sent"))
        return JournalEntry::Answer::NotSent;
    return JournalEntry::Answer::Pending;
}

const char *resultKey(JournalEntry::Result r)
{
    switch (r) {
    case JournalEntry::Result::TookEffect:
        return "took-effect";
    case JournalEntry::Result::DidNotTakeEffect:
        return "did-not-take-effect";
    case JournalEntry::Result::Unknown:
        return "unknown";
    case JournalEntry::Result::NoChangeYet:
        return "no-change-yet";
    case JournalEntry::Result::Pending:
        break;
    }
    return "";
}

JournalEntry::Result resultFromKey(const QString &k)
{
    if (k == QLatin1String("took-effect"))
        return JournalEntry::Result::TookEffect;
    if (k == QLatin1String("did-not-take-effect"))
        return JournalEntry::Result::DidNotTakeEffect;
    if (k == QLatin1String("unknown"))
        return JournalEntry::Result::Unknown;
    if (k == QLatin1String("no-change-yet"))
        return JournalEntry::Result::NoChangeYet;
    return JournalEntry::Result::Pending;
}

// SQLite's NOT NULL: a null QString binds as NULL, an empty one as ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant msecs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMsecs(const QVariant &v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}
} // namespace

OperationJournal::OperationJournal(LocalStore *store)
    : QObject(store)
    , m_store(store)
{
    qRegisterMetaType<JournalEntry>();
}

QString OperationJournal::whatKey(What what)
{
    for (const WhatKey &k : kWhatKeys) {
        if (k.what == what)
            return QString::fromLatin1(k.key);
    }
    return {};
}

What OperationJournal::whatFromKey(const QString &key)
{
    for (const WhatKey &k : kWhatKeys) {
        if (key == QLatin1String(k.key))
            return k.what;
    }
    return What::Stop;
}

qint64 OperationJournal::recordSent(const JournalEntry &e)
{
    if (!m_store->isOpen())
        return 0;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("INSERT INTO operations (account, instance_id, instance_name, kind,"
                             " detail, sent_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(e.account));
    q.addBindValue(text(e.instanceId));
    q.addBindValue(text(e.instanceName));
    q.addBindValue(whatKey(e.what));
    q.addBindValue(text(e.detail));
    q.addBindValue(e.sentAt.toMSecsSinceEpoch());
    if (!q.exec()) {
        qWarning("journal: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    emit changed(e.instanceId);
    return id;
}

void OperationJournal::recordAnswer(qint64 id, JournalEntry::Answer answer, int code, bool httpCode,
                                    const QString &requestId, const QDateTime &at)
{
    if (id <= 0 || !m_store->isOpen())
        return;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE operations SET answer = ?, answered_at = ?, code = ?,"
                             " request_id = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(answerKey(answer)));
    q.addBindValue(msecs(at));
    // An HTTP status is kept negative, so one column holds either.
    const bool hasCode =
        answer == JournalEntry::Answer::Refused || answer == JournalEntry::Answer::Unclear;
    q.addBindValue(hasCode && code != 0 ? QVariant(httpCode ? -code : code) : QVariant());
    q.addBindValue(text(requestId));
    q.addBindValue(id);
    if (q.exec())
        emit changed(instanceOf(id));
}

void OperationJournal::recordResult(qint64 id, JournalEntry::Result result, const QDateTime &at)
{
    if (id <= 0 || !m_store->isOpen())
        return;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("UPDATE operations SET result = ?, result_at = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(resultKey(result)));
    q.addBindValue(msecs(at));
    q.addBindValue(id);
    if (q.exec())
        emit changed(instanceOf(id));
}

QString OperationJournal::instanceOf(qint64 id) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT instance_id FROM operations WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<JournalEntry> OperationJournal::entriesFor(const QString &instanceId,
                                                 const QString &account) const
{
    QList<JournalEntry> out;
    if (!m_store->isOpen())
        return out;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, account, instance_id, instance_name, kind, detail,"
                       " sent_at, answer, answered_at, code, request_id, result, result_at"
                       " FROM operations WHERE instance_id = ?%1 ORDER BY sent_at DESC, id DESC")
            .arg(account.isEmpty() ? QString() : QStringLiteral(" AND account = ?")));
    q.addBindValue(instanceId);
    if (!account.isEmpty())
        q.addBindValue(account);
    if (!q.exec())
        return out;
    while (q.next()) {
        JournalEntry e;
        e.id = q.value(0).toLongLong();
        e.account = q.value(1).toString();
        e.instanceId = q.value(2).toString();
        e.instanceName = q.value(3).toString();
        e.what = whatFromKey(q.value(4).toString());
        e.detail = q.value(5).toString();
        e.sentAt = fromMsecs(q.value(6));
        e.answer = answerFromKey(q.value(7).toString());
        e.answeredAt = fromMsecs(q.value(8));
        const int code = q.value(9).toInt();
        e.httpCode = code < 0;
        e.code = qAbs(code);
        e.requestId = q.value(10).toString();
        e.result = resultFromKey(q.value(11).toString());
        e.resultAt = fromMsecs(q.value(12));
        out.append(e);
    }
    return out;
}

int OperationJournal::count() const
{
    QSqlQuery q(m_store->database());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM operations")) && q.next()
               ? q.value(0).toInt()
               : 0;
}

} // namespace compshare
