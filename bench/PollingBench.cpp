// SPDX-License-Identifier: MIT
// 3. Polling cost: N instances stopping at once across the regions, driven
// through ConsoleSession (RefreshScheduler + StopController) with the
// simulator's manual clock. Requests per poll tick are counted in the
// simulator's journal; the baseline asks once per instance.
#include "BenchCloud.h"
#include "BenchReport.h"
#include "Benchmarks.h"
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"
#include "work/StopController.h"

#include <QElapsedTimer>
#include <QSet>

namespace compshare::bench {

namespace {

constexpr qint64 kTransitionMs = 60000; // simulator clock: Stopping lasts until we advance
const QString kDescribe = QStringLiteral("DescribeCompShareInstance");

int pollRequestsInJournal(sim::Simulator &sim, int fromEntry)
{
    const QList<sim::JournalEntry> all = sim.journal();
    int n = 0;
    for (qsizetype k = fromEntry; k < all.size(); ++k) {
        if (all.at(k).action == kDescribe &&
            all.at(k).params.contains(QStringLiteral("UHostIds.0")))
            ++n;
    }
    return n;
}

bool allInState(const InstanceTableModel *model, const QStringList &ids, InstanceState state)
{
    for (const QString &id : ids) {
        const Instance *i = model->instance(id);
        if (!i || i->state != state)
            return false;
    }
    return true;
}

struct PollRun
{
    int maxRequestsPerTick = 0;
    int ticks = 0;
    double tickMs = 0;   // median wall time of one poll tick
    double toRowMs = -1; // clock advanced -> every row shows Stopped
    int regions = 0;
    bool ok = false;
};

PollRun runOurs(int count, int pollIntervalMs)
{
    BenchCloud cloud(count * 3 + 30);
    sim::Simulator &sim = cloud.sim();
    sim.clock().setManual(true);
    sim.setTransitionDelayMs(kTransitionMs);
    QStringList ids;
    QSet<QString> regions;
    const QList<QJsonObject> all = sim.instances();
    for (int k = 0; k < count; ++k) { // consecutive generated instances cycle through the regions
        const QString id = all.at(k).value(QStringLiteral("UHostId")).toString();
        sim.setInstanceField(id, QStringLiteral("State"), QStringLiteral("Running"));
        sim.setInstanceField(id, QStringLiteral("ChargeType"), QStringLiteral("Postpay"));
        ids.append(id);
        regions.insert(regionFromZone(all.at(k).value(QStringLiteral("Zone")).toString()));
    }

    ConsoleSession session;
    RefreshScheduler *scheduler = session.scheduler();
    scheduler->setAutoRefreshIntervalMs(3600 * 1000); // only polls in this window
    scheduler->setPollIntervalMs(pollIntervalMs);
    session.connectTo(cloud.url(), cloud.credentials());
    PollRun run;
    run.regions = int(regions.size());
    if (!waitFor([&] { return session.model()->rowCount() == sim.instanceCount(); }, 30000))
        return run;

    QList<int> perTick;
    QList<double> tickMs;
    int journalMark = 0;
    QElapsedTimer tickClock;
    QObject::connect(scheduler, &RefreshScheduler::refreshStarted, &session, [&](bool full) {
        if (full)
            return;
        journalMark = int(sim.journal().size());
        tickClock.start();
    });
    QObject::connect(scheduler, &RefreshScheduler::refreshSucceeded, &session,
                     [&](const ListResult &, bool full) {
                         if (full)
                             return;
                         tickMs.append(double(tickClock.nsecsElapsed()) / 1e6);
                         perTick.append(pollRequestsInJournal(sim, journalMark));
                     });

    QList<StopDecision> decisions;
    for (const QString &id : std::as_const(ids))
        decisions.append(StopDecision{id, {}, ForceStop::No});
    int accepted = 0;
    QObject::connect(session.stopController(), &StopController::operationAccepted, &session,
                     [&] { ++accepted; });
    session.stopController()->stop(decisions);
    if (!waitFor([&] { return accepted == count; }, 60000))
        return run;
    // Let a few ticks run while everything is Stopping.
    const int ticksBefore = int(perTick.size());
    if (!waitFor([&] { return perTick.size() >= ticksBefore + 3; }, 10 * pollIntervalMs + 10000))
        return run;
    if (!allInState(session.model(), ids, InstanceState::Stopping))
        return run;

    QElapsedTimer toRow;
    sim.clock().advance(kTransitionMs + 1000);
    toRow.start();
    if (!waitFor([&] { return allInState(session.model(), ids, InstanceState::Stopped); },
                 5 * pollIntervalMs + 10000))
        return run;
    run.toRowMs = double(toRow.nsecsElapsed()) / 1e6;
    for (const int n : std::as_const(perTick))
        run.maxRequestsPerTick = qMax(run.maxRequestsPerTick, n);
    run.ticks = int(perTick.size());
    run.tickMs = median(tickMs);
    run.ok = true;
    scheduler->stop();
    return run;
}

// The naive way: one DescribeCompShareInstance per instance, all at once.
PollRun runNaive(int count)
{
    BenchCloud cloud(count * 3 + 30);
    const auto transport = cloud.newTransport();
    const QList<QJsonObject> all = cloud.sim().instances();
    int pending = count;
    QElapsedTimer clock;
    clock.start();
    for (int k = 0; k < count; ++k) {
        RequestParams params;
        params.set(QStringLiteral("Region"),
                   regionFromZone(all.at(k).value(QStringLiteral("Zone")).toString()));
        params.setArray(QStringLiteral("UHostIds"),
                        {all.at(k).value(QStringLiteral("UHostId")).toString()});
        transport->call(kDescribe, params, nullptr, [&](const ApiResponse &) { --pending; });
    }
    PollRun run;
    run.ok = waitFor([&] { return pending == 0; }, 60000);
    run.tickMs = double(clock.nsecsElapsed()) / 1e6;
    run.maxRequestsPerTick = pollRequestsInJournal(cloud.sim(), 0);
    return run;
}

} // namespace

void runPollingBench(const BenchOptions &options, BenchReport &report)
{
    const QList<int> counts = options.quick ? QList<int>{1} : QList<int>{1, 10, 50};
    const int interval = options.quick ? 300 : 2500;
    for (const int count : counts) {
        const PollRun ours = runOurs(count, interval);
        const PollRun naive = runNaive(count);
        report.add({QStringLiteral("polling"),
                    QStringLiteral("%1 instance(s) stopping at once, %2 region(s)")
                        .arg(count)
                        .arg(ours.regions),
                    QStringLiteral("%1 req/tick (max over %2 ticks), tick %3")
                            .arg(ours.maxRequestsPerTick)
                            .arg(ours.ticks)
                            .arg(formatMs(ours.tickMs)) +
                        (ours.ok ? QString() : QStringLiteral(", FAILED")),
                    QStringLiteral("%1 req/tick, tick %2")
                        .arg(naive.maxRequestsPerTick)
                        .arg(formatMs(naive.tickMs)),
                    formatRatio(ours.maxRequestsPerTick > 0
                                    ? double(naive.maxRequestsPerTick) / ours.maxRequestsPerTick
                                    : 0) +
                        QStringLiteral(" fewer requests"),
                    QStringLiteral("req/tick = regions (%1)").arg(ours.regions),
                    yesNo(ours.ok && ours.maxRequestsPerTick == ours.regions)});
        report.add({QStringLiteral("polling"),
                    QStringLiteral("%1 instance(s): simulator state change right after a "
                                   "tick → model row (worst case), poll interval %2 ms")
                        .arg(count)
                        .arg(interval),
                    ours.ok ? formatMs(ours.toRowMs) : QStringLiteral("FAILED"),
                    QStringLiteral("-"), QStringLiteral("-"),
                    QStringLiteral("≤ interval + RTT (%1 ms + %2)")
                        .arg(interval)
                        .arg(formatMs(ours.tickMs)),
                    yesNo(ours.ok && ours.toRowMs <= interval + ours.tickMs + 50)});
    }
    report.note(QStringLiteral(
        "polling: a tick is one RefreshScheduler poll (refreshStarted → refreshSucceeded); its "
        "requests are the journal's DescribeCompShareInstance entries with UHostIds.0. The "
        "state change is made right after a tick, so the figure is the worst case (a change at a "
        "random moment waits half an interval on average)."));
}

} // namespace compshare::bench
