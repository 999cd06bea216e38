// SPDX-License-Identifier: MIT
// One "list every instance" operation: the first page, then the remaining
// pages concurrently (at most maxPagesInFlight), merged by UHostId. Each
// page's rows end where the next page starts, whatever page size the gateway
// chose: a page that brought fewer rows than asked for (a gateway that caps
// Limit) leaves a gap that is asked for at once, in steps of the rows it
// brought. A gap page that brings only rows already listed ends that: the
// gateway is not paging, and what it sent is the list.
//
// Consistency rule: a pass is consistent when every page reports the same
// TotalCount and the pass found exactly that many distinct UHostIds. An
// inconsistent pass (the list changed while we paged, so records may have
// shifted between pages) is followed by a fresh pass over all pages, at most
// kMaxExtraPasses times. The first consistent pass is the result; if none is,
// the result is the union of every pass (newest record per id), so an
// instance that existed throughout is never missing. What an answer may not
// say at all (an empty page it claims is full, one id on two pages of a
// stable listing, a TotalCount beyond reason) ends the listing with an
// error: see ListSanity.
#pragma once

#include "wire/CompShareClient.h"
#include "wire/InstanceParser.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

namespace compshare {

class ApiTransport;
struct ApiResponse;

class InstanceLister final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxExtraPasses = 2;

    InstanceLister(ApiTransport *transport, int maxPagesInFlight, QObject *context,
                   std::function<void(const ListResult &)> done, QObject *parent);
    // TotalCount of the previous listing: the first pages can then be asked
    // for together with page 0, saving a round trip (a wrong guess only
    // costs an empty page).
    void setExpectedTotal(int total) { m_expectedTotal = total; }
    void start();

private:
    int m_expectedTotal = 0;
    // Offsets asked for in this pass -> rows that came back (-1 while in flight).
    QMap<int, int> m_pages;
    // Rows a page brings: Limit (kPageSize) until a gateway brings fewer.
    int m_step = kPageSize;
    // Offsets asked for only because a page came back short.
    QSet<int> m_gapOffsets;
    // A gap page brought only rows already listed: the gateway does not page
    // (the API page's own example: TotalCount 8, the same single record at
    // every offset). What it sent is the list; ListResult::undelivered says
    // how many short of TotalCount.
    bool m_notPaging = false;

    struct Pass
    {
        QHash<QString, Instance> byId;
        QList<QString> order; // first-seen order, for a stable result
        QSet<int> totals;     // TotalCount values the pages reported
        int lastTotal = -1;
        int skipped = 0;
        QList<RecordProblem> problems;
        QString requestId;   // of the answer that told lastTotal
        QString duplicateId; // a UHostId seen on two pages (ListSanity)
    };

    void requestPage(int offset);
    // Queues the offsets of [0, total) that no page asked for covers.
    void queueGaps(int total);
    void pumpQueue();
    void pageParsed(int offset, const QString &requestId, const InstanceParser::Result &page);
    void passComplete();
    void startPass(int total);
    void fail(const ApiError &error);
    void deliver(const Pass &pass);

    ApiTransport *m_transport;
    int m_maxInFlight;
    QPointer<QObject> m_context;
    bool m_hasContext;
    std::function<void(const ListResult &)> m_done;
    QList<int> m_queue; // offsets still to request in this pass
    int m_inFlight = 0;
    int m_passes = 0;
    Pass m_pass;
    Pass m_union;
    ListResult m_totals;
    bool m_finished = false;
};

} // namespace compshare
