// SPDX-License-Identifier: MIT
#include "ui/text/ListWarningText.h"

#include "base/SentenceJoin.h"

#include <QLocale>
#include <QStringList>

namespace compshare::ui {

namespace {

QList<RecordProblem> select(const QList<RecordProblem> &problems, bool wantDropped)
{
    QList<RecordProblem> out;
    for (const RecordProblem &p : problems) {
        if (p.dropped() == wantDropped)
            out.append(p);
    }
    return out;
}

// "3, 7 and 12" in the locale's way of listing.
QString positions(const QList<RecordProblem> &problems)
{
    QStringList numbers;
    const QLocale l;
    for (const RecordProblem &p : problems)
        numbers << l.toString(p.position);
    return l.createSeparatedList(numbers);
}

// How a kept record is named: its name, else its id.
QString nameOf(const RecordProblem &p)
{
    return p.name.isEmpty() ? p.id : p.name;
}

} // namespace

QString ListWarningText::sentence(const ListResult &result)
{
    return SentenceJoin::join({shortfall(result), dropped(select(result.problems, true)),
                               repaired(select(result.problems, false))});
}

QString ListWarningText::shortfall(const ListResult &result)
{
    const int delivered = int(result.instances.size()) + result.skippedRecords;
    if (result.undelivered() <= 0 || delivered == 0)
        return {};
    const QLocale l;
    if (result.requestId.isEmpty())
        //: %1 the TotalCount CompShare announced, %2 how many instances it actually sent
        return tr("CompShare announced %1 instances but sent %2: the list shows the %2 it sent.")
            .arg(l.toString(result.totalCount), l.toString(delivered));
    //: %1 the TotalCount CompShare announced, %2 how many it sent, %3 the answer's request id
    return tr("CompShare announced %1 instances but sent %2: the list shows the %2 it sent "
              "(request id %3).")
        .arg(l.toString(result.totalCount), l.toString(delivered), result.requestId);
}

QString ListWarningText::dropped(const QList<RecordProblem> &problems)
{
    if (problems.isEmpty())
        return {};
    if (problems.size() == 1) {
        const RecordProblem &p = problems.constFirst();
        const QString at = QLocale().toString(p.position);
        if (p.kind == RecordProblem::Kind::NotAnObject)
            //: %1 the record's place in CompShare's list (1 = the first)
            return tr("Record %1 of CompShare's list could not be read: it is not an instance "
                      "record. It is not in the list or in the totals.")
                .arg(at);
        if (!p.name.isEmpty())
            //: %1 the record's place in CompShare's list, %2 the name it carried
            return tr("Record %1 of CompShare's list (named \"%2\") has no instance ID, so it "
                      "could not be read. It is not in the list or in the totals.")
                .arg(at, p.name);
        //: %1 the record's place in CompShare's list (1 = the first)
        return tr("Record %1 of CompShare's list has no instance ID, so it could not be read. "
                  "It is not in the list or in the totals.")
            .arg(at);
    }
    //: %n records; %1 their places in CompShare's list, e.g. "3, 7 and 12"
    return tr("%n record(s) of CompShare's list could not be read (numbers %1). They are not in "
              "the list or in the totals.",
              nullptr, int(problems.size()))
        .arg(positions(problems));
}

QString ListWarningText::repaired(const QList<RecordProblem> &problems)
{
    if (problems.isEmpty())
        return {};
    if (problems.size() == 1)
        //: %1 an instance's name (or ID); the replacement character is U+FFFD
        return tr("The text CompShare sent for %1 had bytes that are not valid UTF-8; they are "
                  "shown as \uFFFD.")
            .arg(nameOf(problems.constFirst()));
    QStringList names;
    for (const RecordProblem &p : problems)
        names << nameOf(p);
    //: %n instances; %1 their names (or IDs); the replacement character is U+FFFD
    return tr("The text CompShare sent for %n instance(s) (%1) had bytes that are not valid "
              "UTF-8; they are shown as \uFFFD.",
              nullptr, int(problems.size()))
        .arg(QLocale().createSeparatedList(names));
}

QString ListWarningText::details(const ListResult &result)
{
    QStringList lines{
        QStringLiteral("Action: DescribeCompShareInstance"),
        QStringLiteral("TotalCount: %1").arg(result.totalCount),
        QStringLiteral("Delivered: %1").arg(int(result.instances.size()) + result.skippedRecords),
        QStringLiteral("Request id (X-UCLOUD-REQUEST-UUID): %1")
            .arg(result.requestId.isEmpty() ? QStringLiteral("none received") : result.requestId)};
    for (const RecordProblem &p : result.problems) {
        switch (p.kind) {
        case RecordProblem::Kind::NotAnObject:
            lines << QStringLiteral("Record %1: not a JSON object (left out)").arg(p.position);
            break;
        case RecordProblem::Kind::NoId:
            lines << QStringLiteral("Record %1: no UHostId (left out)%2")
                         .arg(p.position)
                         .arg(p.name.isEmpty() ? QString() : QStringLiteral(", Name ") + p.name);
            break;
        case RecordProblem::Kind::TextRepaired:
            lines << QStringLiteral("Record %1 (UHostId %2): bytes that are not UTF-8, read as "
                                    "U+FFFD")
                         .arg(p.position)
                         .arg(p.id);
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace compshare::ui
