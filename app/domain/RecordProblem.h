// SPDX-License-Identifier: MIT
// A record of a listing that the console could not use as CompShare sent it,
// as data: ui/ names it in the list's warning ("1 record could not be read;
// it is not in the totals"). Collected by InstanceParser, carried by
// ListResult.
#pragma once

#include <QList>
#include <QString>

namespace compshare {

struct RecordProblem
{
    enum class Kind
    {
        NotAnObject,  // an entry of UHostSet that is not a JSON object: dropped
        NoId,         // no usable UHostId (missing, empty or not text): dropped
        TextRepaired, // kept, but bytes of its text were not UTF-8 (shown as U+FFFD)
    };
    Kind kind = Kind::NoId;
    int position = 0; // 1-based place in the listing (the page's Offset + index + 1)
    QString id;       // its UHostId, when it has one
    QString name;     // its Name, when it has one

    bool dropped() const { return kind != Kind::TextRepaired; }
    friend bool operator==(const RecordProblem &a, const RecordProblem &b)
    {
        return a.kind == b.kind && a.position == b.position && a.id == b.id && a.name == b.name;
    }
};

} // namespace compshare
