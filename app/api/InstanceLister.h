// SPDX-License-Identifier: MIT
// One "list every instance" operation: the first page, then the remaining
// pages concurrently (at most maxPagesInFlight), merged by UHostId.
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

#include "api/CompShareClient.h"
#include "api/InstanceParser.h"

#include <QHash>
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
    QSet<int> m_requested; // offsets asked for in this pass
    bool m_restQueued = false;

    struct Pass
    {
        QHash<QString, Instance> byId;
        QList<QString> order; // first-seen order, for a stable result
        QSet<int> totals;     // TotalCount values the pages reported
        int lastTotal = -1;
        int skipped = 0;
        QString requestId;   // of the answer that told lastTotal
        QString duplicateId; // a UHostId seen on two pages (ListSanity)
    };

    void requestPage(int offset);
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
