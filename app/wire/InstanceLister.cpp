// SPDX-License-Identifier: MIT
#include "wire/InstanceLister.h"

#include "base/BackgroundTask.h"
#include "base/Logging.h"
#include "wire/ApiTransport.h"
#include "wire/InstanceParser.h"
#include "wire/ListSanity.h"

#include <algorithm>

namespace compshare {

namespace {
const QString kAction = QStringLiteral("DescribeCompShareInstance");
}

InstanceLister::InstanceLister(ApiTransport *transport, int maxPagesInFlight, QObject *context,
                               std::function<void(const ListResult &)> done, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_maxInFlight(qMax(1, maxPagesInFlight))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_done(std::move(done))
{}

void InstanceLister::start()
{
    // Pass 1 starts with the first page (only it tells TotalCount) plus, when
    // the previous listing's size is known, the pages it is likely to have.
    m_passes = 1;
    m_queue.clear();
    m_pages.clear();
    m_gapOffsets.clear();
    m_notPaging = false;
    const int likelyPages = (m_expectedTotal + kPageSize - 1) / kPageSize;
    for (int page = 0; page < qBound(1, likelyPages, m_maxInFlight); ++page)
        requestPage(page * kPageSize);
}

void InstanceLister::requestPage(int offset)
{
    RequestParams params;
    // No Region: the gateway then lists every region the account uses.
    params.set(QStringLiteral("Limit"), kPageSize).set(QStringLiteral("Offset"), offset);
    ++m_inFlight;
    m_pages.insert(offset, -1);
    const int pass = m_passes;
    m_transport->call(kAction, params, this, [this, offset, pass](const ApiResponse &response) {
        m_totals.requests += response.attempts;
        m_totals.bytes += response.bytes;
        if (m_finished || pass != m_passes)
            return;
        if (response.error) {
            --m_inFlight;
            fail(response.error);
            return;
        }
        const QString requestId = response.requestId;
        InstanceParser::parseAsync(
            response.body, response.raw.size(), this,
            [this, offset, pass, requestId](const InstanceParser::Result &parsed) {
                if (m_finished || pass != m_passes)
                    return;
                if (parsed.error) {
                    --m_inFlight;
                    ApiError error = parsed.error;
                    error.setRequestId(requestId);
                    fail(error);
                    return;
                }
                pageParsed(offset, requestId, parsed);
            },
            offset, response.textRepaired);
    });
}

void InstanceLister::pumpQueue()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty())
        requestPage(m_queue.takeFirst());
}

void InstanceLister::pageParsed(int offset, const QString &requestId,
                                const InstanceParser::Result &page)
{
    --m_inFlight;
    int total = page.totalCount;
    const int skipped = page.skippedRecords;
    const QList<Instance> &instances = page.instances;
    if (total < 0) {
        // Without TotalCount we cannot know how many pages there are.
        if (offset == 0 && instances.size() < kPageSize) {
            total = int(instances.size());
        } else {
            fail(ApiError::malformed(
                QCoreApplication::translate("ApiError", "the answer has no TotalCount"), kAction));
            return;
        }
    }
    if (ApiError contradiction =
            ListSanity::checkPage(offset, total, int(instances.size()) + skipped, kAction)) {
        contradiction.setRequestId(requestId);
        fail(contradiction);
        return;
    }
    const int rows = int(instances.size()) + skipped;
    m_pages.insert(offset, rows);
    if (m_gapOffsets.contains(offset) && !instances.isEmpty() &&
        std::all_of(instances.cbegin(), instances.cend(),
                    [this](const Instance &i) { return m_pass.byId.contains(i.id); })) {
        m_notPaging = true;
        m_queue.clear();
        if (m_inFlight == 0)
            passComplete();
        return;
    }
    m_pass.totals.insert(total);
    if (offset == 0 || m_pass.requestId.isEmpty())
        m_pass.requestId = requestId;
    m_pass.lastTotal = total;
    m_pass.skipped += skipped;
    m_pass.problems.append(page.problems);
    for (const Instance &i : instances) {
        if (!m_pass.byId.contains(i.id))
            m_pass.order.append(i.id);
        else if (m_pass.duplicateId.isEmpty())
            m_pass.duplicateId = i.id;
        m_pass.byId.insert(i.id, i);
    }
    // Fewer rows than asked for, with more to come: the gateway's own page size.
    if (rows > 0 && rows < m_step && offset + rows < total)
        m_step = rows;
    if (!m_notPaging)
        queueGaps(total);
    pumpQueue();
    if (m_inFlight == 0 && m_queue.isEmpty())
        passComplete();
}

void InstanceLister::queueGaps(int total)
{
    // What is claimed already: each page asked for (in flight it is expected
    // to bring m_step rows; answered, it brought what it brought) and each
    // offset queued. Every gap in [0, total) is queued in steps of m_step.
    QMap<int, int> claimed;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        claimed.insert(it.key(), it.value() < 0 ? m_step : it.value());
    for (const int queued : std::as_const(m_queue))
        claimed.insert(queued, m_step);
    int coveredTo = 0;
    const auto fillTo = [&](int end) {
        for (; coveredTo < qMin(end, total); coveredTo += m_step) {
            m_queue.append(coveredTo);
            if (coveredTo % kPageSize != 0)
                m_gapOffsets.insert(coveredTo);
        }
    };
    for (auto it = claimed.cbegin(); it != claimed.cend(); ++it) {
        fillTo(it.key());
        coveredTo = qMax(coveredTo, it.key() + it.value());
    }
    fillTo(total);
    std::sort(m_queue.begin(), m_queue.end());
}

void InstanceLister::passComplete()
{
    const bool stableTotal = m_pass.totals.size() == 1;
    const bool consistent = stableTotal && m_pass.duplicateId.isEmpty() &&
                            m_pass.byId.size() + m_pass.skipped == m_pass.lastTotal;
    if (consistent || (m_notPaging && stableTotal && m_pass.duplicateId.isEmpty())) {
        deliver(m_pass);
        return;
    }
    // Only inconsistent passes need the union (the fallback when no pass is
    // consistent); merging 10,000 records costs tens of ms on the GUI thread.
    for (const QString &id : std::as_const(m_pass.order)) {
        if (!m_union.byId.contains(id))
            m_union.order.append(id);
        m_union.byId.insert(id, m_pass.byId.value(id));
    }
    m_union.skipped = qMax(m_union.skipped, m_pass.skipped);
    m_union.problems = m_pass.problems;
    m_union.lastTotal = m_pass.lastTotal;
    m_union.requestId = m_pass.requestId;
    qCDebug(lcApi).noquote().nospace()
        << kAction << " list changed while paging (pass " << m_passes << ": " << m_pass.byId.size()
        << " distinct, TotalCount " << m_pass.lastTotal << ")";
    if (m_passes > kMaxExtraPasses) {
        if (stableTotal && !m_pass.duplicateId.isEmpty()) {
            ApiError contradiction =
                ListSanity::duplicateAcrossPages(m_pass.duplicateId, m_pass.lastTotal, kAction);
            contradiction.setRequestId(m_pass.requestId);
            fail(contradiction);
            return;
        }
        deliver(m_union);
        return;
    }
    startPass(m_pass.lastTotal);
}

void InstanceLister::startPass(int total)
{
    ++m_passes;
    m_pass = Pass{};
    m_queue.clear();
    m_pages.clear();
    m_gapOffsets.clear();
    // A fresh snapshot of every page, all concurrently (bounded), since we
    // already know how many there are (and how many rows a page brings).
    for (int offset = 0; offset < qMax(total, 1); offset += m_step)
        m_queue.append(offset);
    // Pages of the previous pass still in flight are ignored (pass check).
    m_inFlight = 0;
    pumpQueue();
}

void InstanceLister::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    ListResult result = m_totals;
    result.error = error;
    result.instances.clear();
    if (!m_hasContext || m_context)
        m_done(result);
    deleteLater();
}

void InstanceLister::deliver(const Pass &pass)
{
    m_finished = true;
    // Assembling 10,000 records costs tens of ms: do it on the thread pool
    // (the pass is implicitly shared, so the copy is cheap).
    const ListResult totals = m_totals;
    const int passes = m_passes;
    runInBackground<ListResult>(
        this,
        [pass, totals] {
            ListResult result = totals;
            result.instances.reserve(pass.order.size());
            for (const QString &id : pass.order)
                result.instances.append(pass.byId.value(id));
            result.totalCount = pass.lastTotal;
            result.skippedRecords = pass.skipped;
            result.problems = pass.problems;
            result.requestId = pass.requestId;
            return result;
        },
        [this, passes](const ListResult &result) {
            qCDebug(lcApi).noquote().nospace()
                << kAction << " listed " << result.instances.size() << " instances in "
                << result.requests << " requests, " << result.bytes << " bytes, " << passes
                << " pass(es)";
            if (!m_hasContext || m_context)
                m_done(result);
            deleteLater();
        });
}

} // namespace compshare
