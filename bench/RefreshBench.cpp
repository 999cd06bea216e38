// SPDX-License-Identifier: MIT
// 1. Full refresh: CompShareClient::listAllInstances (first page, then up to
// 8 pages in flight) against the official CLI's way, page after page with
// Offset += 100, written here directly on ApiTransport::call.
#include "BenchCloud.h"
#include "BenchReport.h"
#include "Benchmarks.h"
#include "api/ApiTransport.h"
#include "api/InstanceParser.h"

#include <QElapsedTimer>
#include <QLocale>
#include <cmath>

namespace compshare::bench {

namespace {

constexpr int kPageSize = 100;
constexpr int kTimeoutMs = 180000;

struct RefreshRun
{
    double ms = 0;
    int instances = 0;
    int requests = 0; // as the client counted them
    int journal = 0;  // as the simulator saw them
    qint64 bytes = 0;
    bool ok = false;
};

// The naive baseline: one page at a time, each parsed before the next is asked.
class SequentialLister final
{
public:
    explicit SequentialLister(ApiTransport *transport)
        : m_transport(transport)
    {}

    void start() { requestPage(0); }
    bool finished() const { return m_finished; }
    const RefreshRun &run() const { return m_run; }

private:
    void requestPage(int offset)
    {
        RequestParams params;
        params.set(QStringLiteral("Limit"), kPageSize).set(QStringLiteral("Offset"), offset);
        m_transport->call(QStringLiteral("DescribeCompShareInstance"), params, nullptr,
                          [this, offset](const ApiResponse &response) {
                              m_run.requests += response.attempts;
                              m_run.bytes += response.bytes;
                              if (response.error) {
                                  m_finished = true;
                                  return;
                              }
                              const InstanceParser::Result page =
                                  InstanceParser::parseBody(response.body);
                              m_run.instances += int(page.instances.size());
                              const int next = offset + kPageSize;
                              if (page.error || next >= page.totalCount) {
                                  m_run.ok = !page.error;
                                  m_finished = true;
                                  return;
                              }
                              requestPage(next);
                          });
    }

    ApiTransport *m_transport;
    RefreshRun m_run;
    bool m_finished = false;
};

RefreshRun runOurs(BenchCloud &cloud)
{
    const auto transport = cloud.newTransport();
    CompShareClient client(transport.get());
    cloud.sim().clearJournal();
    RefreshRun run;
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    client.listAllInstances(nullptr, [&](const ListResult &result) {
        run.ms = double(clock.nsecsElapsed()) / 1e6;
        run.instances = int(result.instances.size());
        run.requests = result.requests;
        run.bytes = result.bytes;
        run.ok = !result.error.isError();
        done = true;
    });
    waitFor([&] { return done; }, kTimeoutMs);
    run.journal = cloud.describeRequests();
    return run;
}

RefreshRun runSequential(BenchCloud &cloud)
{
    const auto transport = cloud.newTransport();
    cloud.sim().clearJournal();
    SequentialLister lister(transport.get());
    QElapsedTimer clock;
    clock.start();
    lister.start();
    waitFor([&] { return lister.finished(); }, kTimeoutMs);
    RefreshRun run = lister.run();
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    run.journal = cloud.describeRequests();
    return run;
}

// Median wall time; counts from the last run (they do not vary).
RefreshRun repeat(int times, const std::function<RefreshRun()> &once)
{
    QList<double> ms;
    RefreshRun last;
    bool allOk = true;
    for (int k = 0; k < times; ++k) {
        last = once();
        allOk = allOk && last.ok;
        ms.append(last.ms);
    }
    last.ms = median(ms);
    last.ok = allOk;
    return last;
}

QString describe(const RefreshRun &r)
{
    QString text = formatMs(r.ms) + QStringLiteral(", %1 req (journal %2), %3")
                                        .arg(r.requests)
                                        .arg(r.journal)
                                        .arg(formatBytes(r.bytes));
    if (!r.ok)
        text += QStringLiteral(", FAILED");
    return text;
}

} // namespace

void runRefreshBench(const BenchOptions &options, BenchReport &report)
{
    const QList<int> sizes = options.quick ? QList<int>{100} : QList<int>{100, 1000, 5000, 10000};
    const int repetitions = options.quick ? 1 : 3;
    for (const int size : sizes) {
        BenchCloud cloud(size);
        for (const int latency : {0, 50}) {
            cloud.setDescribeLatencyMs(latency);
            runOurs(cloud); // warm-up: first-touch allocations in client and simulator
            const RefreshRun ours = repeat(repetitions, [&] { return runOurs(cloud); });
            const RefreshRun seq = repeat(repetitions, [&] { return runSequential(cloud); });
            const double ratio = ours.ms > 0 ? seq.ms / ours.ms : 0;
            QString target = QStringLiteral("-");
            QString met = QStringLiteral("n/a");
            const int pages = (size + kPageSize - 1) / kPageSize;
            if (latency == 50 && size == 1000) {
                // 1 + ceil(9 / 8) = 3 round trips, plus parsing.
                const int rounds = 1 + int(std::ceil((pages - 1) / 8.0));
                target =
                    QStringLiteral("≈ %1 RTT (%2 ms) + parse").arg(rounds).arg(rounds * latency);
                met = yesNo(ours.ms <= rounds * latency * 1.5);
            } else if (latency == 50 && size == 5000) {
                target = QStringLiteral("≥ 5× faster");
                met = yesNo(ratio >= 5.0);
            }
            report.add({QStringLiteral("refresh"),
                        QStringLiteral("%1 instances, +%2 ms/req, %3 pages")
                            .arg(QLocale::c().toString(size))
                            .arg(latency)
                            .arg(pages),
                        describe(ours), describe(seq), formatRatio(ratio), target, met});
        }
    }
    report.note(
        QStringLiteral(
            "refresh: wall time from the call to the complete, de-duplicated list (median of %1); "
            "the baseline pages sequentially (Offset += 100) and parses each page before asking "
            "the "
            "next. Both use a fresh connection pool per run; the simulator runs in this process.")
            .arg(repetitions));
}

} // namespace compshare::bench
