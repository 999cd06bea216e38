// SPDX-License-Identifier: MIT
// 4. GUI-thread stall: the real MainWindow (offscreen) loads 10,000
// instances while a 2 ms precise timer records the longest gap between its
// timeouts. Measured with the simulator in this process (its serving work
// counts into the gap) and in a separate compshare-sim process (the figure
// that counts for the console).
#include "BenchCloud.h"
#include "BenchReport.h"
#include "Benchmarks.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "ui/MainWindow.h"
#include "work/RefreshScheduler.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

namespace compshare::bench {

namespace {

constexpr int kProbeIntervalMs = 2;

class StallProbe final
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = qMax(m_maxGapNs, now - m_lastNs);
            m_lastNs = now;
        });
    }
    void start()
    {
        m_maxGapNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start(kProbeIntervalMs);
    }
    double stopMs()
    {
        m_timer.stop();
        // The time since the last timeout counts too (the loop may be blocked right now).
        m_maxGapNs = qMax(m_maxGapNs, m_clock.nsecsElapsed() - m_lastNs);
        return double(m_maxGapNs) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
};

struct StallRun
{
    double firstGapMs = -1;  // first load into an empty window
    double firstMs = 0;      // connect -> list shown
    double insertMs = 0;     // rowsAboutToBeInserted -> rowsInserted (model + proxy + view)
    double repeatGapMs = -1; // a second full refresh of an unchanged list
    double repeatMs = 0;
    bool ok = false;
};

StallRun measureWindow(const QUrl &url, const Credentials &credentials, int count)
{
    CommandLineOptions options;
    options.connectLater = true;
    AccountSession account(options);
    ui::MainWindow window(&account);
    window.show();
    // The window's first layout and paint are start-up, not refresh: let them pass.
    waitFor([] { return false; }, 300);
    ConsoleSession *session = account.session();
    session->scheduler()->setAutoRefreshIntervalMs(3600 * 1000);

    StallRun run;
    QElapsedTimer insertClock;
    QObject::connect(session->model(), &QAbstractItemModel::rowsAboutToBeInserted, &window,
                     [&] { insertClock.start(); });
    QObject::connect(session->model(), &QAbstractItemModel::rowsInserted, &window,
                     [&] { run.insertMs = double(insertClock.nsecsElapsed()) / 1e6; });
    int succeeded = 0;
    QObject::connect(session->scheduler(), &RefreshScheduler::refreshSucceeded, &window,
                     [&] { ++succeeded; });

    StallProbe probe;
    QElapsedTimer clock;
    probe.start();
    clock.start();
    account.connectWith(url, credentials, QStringLiteral("bench"));
    const bool first = waitFor([&] { return succeeded >= 1; }, 120000);
    run.firstMs = double(clock.nsecsElapsed()) / 1e6;
    // Let the window paint the list before the probe stops.
    waitFor([] { return false; }, 100);
    run.firstGapMs = probe.stopMs();
    if (!first || session->model()->rowCount() != count)
        return run;

    probe.start();
    clock.start();
    session->scheduler()->refreshNow();
    const bool second = waitFor([&] { return succeeded >= 2; }, 120000);
    run.repeatMs = double(clock.nsecsElapsed()) / 1e6;
    waitFor([] { return false; }, 100);
    run.repeatGapMs = probe.stopMs();
    run.ok = second;
    session->scheduler()->stop();
    return run;
}

void addRows(BenchReport &report, const QString &where, const StallRun &r, int count)
{
    const QString size = QLocale::c().toString(count);
    report.add({QStringLiteral("stall"),
                QStringLiteral("first load of %1 instances, simulator %2").arg(size, where),
                r.firstGapMs < 0
                    ? QStringLiteral("FAILED")
                    : QStringLiteral("max gap %1 (list in %2; insert into model + "
                                     "proxy + view %3)")
                          .arg(formatMs(r.firstGapMs), formatMs(r.firstMs), formatMs(r.insertMs)),
                QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("≤ 50 ms"),
                where.startsWith(QLatin1String("in a separate"))
                    ? yesNo(r.firstGapMs >= 0 && r.firstGapMs <= 50)
                    : QStringLiteral("n/a")});
    report.add(
        {QStringLiteral("stall"),
         QStringLiteral("repeat refresh of %1 unchanged instances, simulator %2").arg(size, where),
         r.ok ? QStringLiteral("max gap %1 (refresh in %2)")
                    .arg(formatMs(r.repeatGapMs), formatMs(r.repeatMs))
              : QStringLiteral("FAILED"),
         QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("≤ 50 ms"),
         where.startsWith(QLatin1String("in a separate")) ? yesNo(r.ok && r.repeatGapMs <= 50)
                                                          : QStringLiteral("n/a")});
}

} // namespace

void runStallBench(const BenchOptions &options, BenchReport &report)
{
    const int count = options.quick ? 1000 : 10000;
    {
        BenchCloud cloud(count);
        addRows(report, QStringLiteral("in this process"),
                measureWindow(cloud.url(), cloud.credentials(), count), count);
    }
    const SimProcess sim(options.simPath, count);
    if (!sim.isRunning()) {
        report.note(QStringLiteral("stall: could not start %1; separate-process rows skipped")
                        .arg(options.simPath));
    } else {
        addRows(report, QStringLiteral("in a separate process"),
                measureWindow(sim.url(), SimProcess::credentials(), count), count);
    }
    report.note(
        QStringLiteral(
            "stall: longest gap between the timeouts of a %1 ms precise QTimer on the GUI thread, "
            "from connect until 100 ms after the list arrived, with the real MainWindow shown "
            "offscreen. With the simulator in this process its own serving work (routing, JSON "
            "building) runs on the same thread and counts into the gap.")
            .arg(kProbeIntervalMs));
}

} // namespace compshare::bench
