// SPDX-License-Identifier: MIT
// 1. Full refresh: CompShareClient::listAllInstances (first page, then up to
// 8 pages in flight) against the official CLI's way, page after page with
// Offset += 100, written here directly on ApiTransport::call.
#include "BenchCloud.h"
#include "BenchReport.h"
#include "Benchmarks.h"
#include "wire/ApiTransport.h"
#include "wire/InstanceParser.h"
#include "wire/JsonDecoder.h"

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
    int journal = -1; // as the simulator saw them (in-process only)
    int widest = 0;   // most requests in flight at the simulator at once
    qint64 bytes = 0;
    bool ok = false;
};

// Where the requests go: the in-process simulator (with a journal) or a
// compshare-sim process.
struct Target
{
    std::function<std::unique_ptr<ApiTransport>()> newTransport;
    sim::Simulator *sim = nullptr;
    int latencyMs = 0;
};

void beginRun(const Target &target)
{
    if (target.sim)
        target.sim->clearJournal();
}

// Counts from the journal. Every request is held at least the added
// latency, so the most arrivals inside one latency window is the
// concurrency the simulator saw.
void endRun(const Target &target, RefreshRun *run)
{
    if (!target.sim)
        return;
    const QList<sim::JournalEntry> entries =
        target.sim->journal(QStringLiteral("DescribeCompShareInstance"));
    run->journal = int(entries.size());
    if (target.latencyMs <= 0)
        return;
    QList<qint64> at;
    for (const sim::JournalEntry &e : entries)
        at.append(e.atMs);
    std::sort(at.begin(), at.end());
    qsizetype first = 0;
    for (qsizetype k = 0; k < at.size(); ++k) {
        while (at.at(k) - at.at(first) >= target.latencyMs)
            ++first;
        run->widest = qMax(run->widest, int(k - first + 1));
    }
}

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

// knownTotal > 0: the client knows the account's size from a previous
// refresh (every refresh of a running console after its first).
RefreshRun runOurs(const Target &target, int knownTotal = 0)
{
    const auto transport = target.newTransport();
    CompShareClient client(transport.get());
    client.setListSizeHint(knownTotal);
    beginRun(target);
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
    endRun(target, &run);
    return run;
}

RefreshRun runSequential(const Target &target)
{
    const auto transport = target.newTransport();
    beginRun(target);
    SequentialLister lister(transport.get());
    QElapsedTimer clock;
    clock.start();
    lister.start();
    waitFor([&] { return lister.finished(); }, kTimeoutMs);
    RefreshRun run = lister.run();
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    endRun(target, &run);
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
    QString text =
        formatMs(r.ms) + QStringLiteral(", %1 req, %2").arg(r.requests).arg(formatBytes(r.bytes));
    if (r.journal >= 0)
        text += QStringLiteral(", journal %1").arg(r.journal);
    if (r.widest > 0)
        text += QStringLiteral(", ≤ %1 in flight").arg(r.widest);
    if (!r.ok)
        text += QStringLiteral(", FAILED");
    return text;
}

// The client's CPU work for one 100-instance page: JSON decode + record parse.
void addPageCostRow(BenchReport &report, int repetitions)
{
    BenchCloud cloud(kPageSize * 2);
    const auto transport = cloud.newTransport();
    QByteArray raw;
    RequestParams params;
    params.set(QStringLiteral("Limit"), kPageSize).set(QStringLiteral("Offset"), 0);
    transport->call(QStringLiteral("DescribeCompShareInstance"), params, nullptr,
                    [&](const ApiResponse &response) { raw = response.raw; });
    if (!waitFor([&] { return !raw.isEmpty(); }, 10000))
        return;
    QList<double> decode;
    QList<double> parse;
    for (int k = 0; k < repetitions * 10; ++k) {
        QElapsedTimer clock;
        clock.start();
        const JsonDecoder::Result json = JsonDecoder::decodeNow(raw);
        decode.append(double(clock.nsecsElapsed()) / 1e6);
        clock.start();
        const InstanceParser::Result page = InstanceParser::parseBody(json.object);
        parse.append(double(clock.nsecsElapsed()) / 1e6);
        Q_UNUSED(page)
    }
    report.add({QStringLiteral("refresh"),
                QStringLiteral("client CPU per page (%1 instances, %2)")
                    .arg(kPageSize)
                    .arg(formatBytes(raw.size())),
                QStringLiteral("JSON decode %1 + record parse %2")
                    .arg(formatMs(median(decode)), formatMs(median(parse))),
                QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                QStringLiteral("n/a")});
}

void addRow(BenchReport &report, const QString &where, int size, int latency,
            const RefreshRun &ours, const RefreshRun &seq, bool sizeKnown = false)
{
    const double ratio = ours.ms > 0 ? seq.ms / ours.ms : 0;
    QString target = QStringLiteral("-");
    QString met = QStringLiteral("n/a");
    const int pages = (size + kPageSize - 1) / kPageSize;
    if (latency == 50 && size == 1000) {
        // 1 + ceil(9 / 8) = 3 round trips, plus parsing.
        const int rounds = 1 + int(std::ceil((pages - 1) / 8.0));
        target = QStringLiteral("≈ %1 RTT (%2 ms) + parse").arg(rounds).arg(rounds * latency);
        met = yesNo(ours.ok && ours.ms <= rounds * latency * 1.5);
    } else if (latency == 50 && size == 5000) {
        target = QStringLiteral("≥ 5× faster");
        met = yesNo(ours.ok && ratio >= 5.0);
    }
    report.add(
        {QStringLiteral("refresh"),
         QStringLiteral("%1 instances, +%2 ms/req, %3 pages, simulator %4%5")
             .arg(QLocale::c().toString(size))
             .arg(latency)
             .arg(pages)
             .arg(where, sizeKnown ? QStringLiteral(", size known (repeat refresh)") : QString()),
         describe(ours), describe(seq), formatRatio(ratio), target, met});
}

} // namespace

void runRefreshBench(const BenchOptions &options, BenchReport &report)
{
    const QList<int> sizes = !options.sizes.isEmpty() ? options.sizes
                             : options.quick          ? QList<int>{100}
                                                      : QList<int>{100, 1000, 5000, 10000};
    const int repetitions = options.quick ? 1 : 3;
    for (const int size : sizes) {
        BenchCloud cloud(size);
        for (const int latency : {0, 50}) {
            cloud.setDescribeLatencyMs(latency);
            const Target target{[&] { return cloud.newTransport(); }, &cloud.sim(), latency};
            runOurs(target); // warm-up: first-touch allocations in client and simulator
            const RefreshRun ours = repeat(repetitions, [&] { return runOurs(target); });
            const RefreshRun seq = repeat(repetitions, [&] { return runSequential(target); });
            addRow(report, QStringLiteral("in-process"), size, latency, ours, seq);
            if (latency == 50 && size > kPageSize) {
                const RefreshRun warm = repeat(repetitions, [&] { return runOurs(target, size); });
                addRow(report, QStringLiteral("in-process"), size, latency, warm, seq, true);
            }
        }
    }
    addPageCostRow(report, repetitions);
    // The same with the simulator's serving work on the other core.
    for (const int size : sizes) {
        if (size < 1000 && !options.quick)
            continue;
        const int latency = 50;
        const SimProcess sim(
            options.simPath, size,
            {QStringLiteral("--fault"),
             QStringLiteral("DescribeCompShareInstance:latency:1:%1").arg(latency)});
        if (!sim.isRunning())
            continue;
        const Target target{[&] { return sim.newTransport(); }, nullptr, latency};
        runOurs(target);
        const RefreshRun ours = repeat(repetitions, [&] { return runOurs(target); });
        const RefreshRun seq = repeat(repetitions, [&] { return runSequential(target); });
        addRow(report, QStringLiteral("separate process"), size, latency, ours, seq);
        const RefreshRun warm = repeat(repetitions, [&] { return runOurs(target, size); });
        addRow(report, QStringLiteral("separate process"), size, latency, warm, seq, true);
    }
    report.note(
        QStringLiteral(
            "refresh: wall time from the call to the complete, de-duplicated list (median of %1); "
            "the baseline pages sequentially (Offset += 100) and parses each page before asking "
            "the next. Both use a fresh connection pool per run. \"size known\": the client "
            "knows the account's size from its previous refresh (every refresh after the first) "
            "and asks for the first pages together with page 0. \"≤ N in flight\": the most "
            "requests the simulator held at once (Qt caps HTTP/1.1 at 6 connections per host).")
            .arg(repetitions));
}

} // namespace compshare::bench
