// SPDX-License-Identifier: MIT
#include "ui/history/HistoryText.h"

#include <QLocale>

namespace compshare::ui {

QString HistoryText::when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                        : QStringLiteral("—");
}

QString HistoryText::what(const JournalEntry &e)
{
    using W = JournalEntry::What;
    switch (e.what) {
    case W::Stop:
        return tr("Stop");
    case W::ForceStop:
        return tr("Force stop");
    case W::Start:
        return tr("Start");
    case W::StartWithoutGpu:
        return tr("Start without GPU");
    case W::Reboot:
        return tr("Reboot");
    case W::Release:
        return tr("Release, data disks kept");
    case W::ReleaseWithDisks:
        return tr("Release with its data disks");
    case W::Rename:
        return tr("Rename to “%1”").arg(e.detail);
    case W::ScheduleStop:
        return tr("Scheduled stop at %1").arg(when(QDateTime::fromString(e.detail, Qt::ISODate)));
    case W::CancelSchedule:
        return tr("Scheduled stop cancelled");
    }
    return {};
}

QString HistoryText::answer(const JournalEntry &e)
{
    using A = JournalEntry::Answer;
    switch (e.answer) {
    case A::Accepted:
        return tr("Accepted");
    case A::Refused:
        if (e.httpCode)
            return tr("Refused (HTTP %1)").arg(e.code);
        if (e.code != 0)
            return tr("Refused (RetCode %1)").arg(e.code);
        return tr("Refused");
    case A::Lost:
        return tr("No answer; not sent again");
    case A::Unclear:
        if (e.httpCode)
            //: an answer such as HTTP 504 that does not say whether the request was applied
            return tr("HTTP %1, which does not say whether it was applied; not sent again")
                .arg(e.code);
        if (e.code != 0)
            //: an answer such as RetCode 8433 (service error)
            return tr("RetCode %1, which does not say whether it was applied; not sent again")
                .arg(e.code);
        return tr("An unreadable answer; not sent again");
    case A::NotSent:
        return tr("Never left this computer");
    case A::Pending:
        break;
    }
    return tr("No answer recorded");
}

QString HistoryText::result(const JournalEntry &e)
{
    using R = JournalEntry::Result;
    switch (e.result) {
    case R::TookEffect:
        return tr("Took effect");
    case R::DidNotTakeEffect:
        return tr("Did not take effect");
    case R::Unknown:
        return tr("Unknown: no list could be read");
    case R::NoChangeYet:
        return tr("No change shown yet");
    case R::Pending:
        break;
    }
    // A refusal applied nothing, unless the list later said otherwise.
    return e.answer == JournalEntry::Answer::Refused || e.answer == JournalEntry::Answer::NotSent
               ? tr("Nothing changed")
               : QStringLiteral("—");
}

QString HistoryText::sentence(const JournalEntry &e)
{
    if (e.answer == JournalEntry::Answer::NotSent)
        //: %1 what the console tried to send, %2 when
        return tr("%1, tried %2: the connection failed before the request left this computer, "
                  "so nothing changed.")
            .arg(what(e), when(e.sentAt));
    const QString request =
        e.requestId.isEmpty() ? tr("no request id") : tr("request id %1").arg(e.requestId);
    //: %1 what was sent, %2 when, %3 CompShare's answer, %4 what the list showed, %5 request id
    return tr("%1, sent %2. Answer: %3. Result: %4. (%5)")
        .arg(what(e), when(e.sentAt), answer(e), result(e), request);
}

} // namespace compshare::ui
