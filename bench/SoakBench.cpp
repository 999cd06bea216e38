// SPDX-License-Identifier: MIT
// 8. Memory over time (issue 22): the real MainWindow (offscreen) lists a
// large account again and again, as fast as a separate compshare-sim answers
// (time compressed: 120 lists take about a minute, not an hour), and this
// process's resident set is read after each list. Reported, not asserted:
// "flat" means RSS after the last list within 10 % of RSS after the second.
#include "BenchCloud.h"
#include "BenchReport.h"
#include "Benchmarks.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "ui/MainWindow.h"
#include "work/RefreshScheduler.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

namespace compshare::bench {

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression rss(QStringLiteral("VmRSS:\\s+(\\d+)\\s+kB"));
    const QRegularExpressionMatch m = rss.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

QString mib(qint64 kib)
{
    return QStringLiteral("%1 MiB").arg(QLocale::c().toString(double(kib) / 1024, 'f', 1));
}

struct SoakRun
{
    QList<qint64> rssKiB; // after list 1, 2, ...
    double seconds = 0;
    bool ok = false;
};

SoakRun soak(const QUrl &url, const Credentials &credentials, int count, int lists)
{
    CommandLineOptions options;
    options.connectLater = true;
    AccountSession account(options);
    ui::MainWindow window(&account);
    window.show();
    ConsoleSession *session = account.session();
    session->scheduler()->setAutoRefreshIntervalMs(3600 * 1000);
    SoakRun run;
    QObject::connect(session->scheduler(), &RefreshScheduler::refreshSucceeded, &window, [&] {
        run.rssKiB << residentKiB();
        if (run.rssKiB.size() % 10 == 0) // progress: a soak takes a while
            QTextStream(stderr) << "soak: list " << run.rssKiB.size() << ", RSS "
                                << mib(run.rssKiB.last()) << '\n';
        if (run.rssKiB.size() < lists)
            session->scheduler()->refreshNow(); // the next list as soon as this one is in
    });
    QElapsedTimer clock;
    clock.start();
    account.connectWith(url, credentials, QStringLiteral("bench"));
    run.ok = waitFor([&] { return run.rssKiB.size() >= lists; }, 30 * 60 * 1000) &&
             session->model()->rowCount() == count;
    run.seconds = double(clock.elapsed()) / 1000;
    session->scheduler()->stop();
    return run;
}

} // namespace

void runSoakBench(const BenchOptions &options, BenchReport &report)
{
    const int count = options.quick ? 1000 : 10000;
    const int lists = options.quick ? 10 : 120;
    const SimProcess sim(options.simPath, count);
    if (!sim.isRunning()) {
        report.note(QStringLiteral("soak: could not start %1; skipped").arg(options.simPath));
        return;
    }
    const SoakRun r = soak(sim.url(), SimProcess::credentials(), count, lists);
    const QString size = QLocale::c().toString(count);
    if (!r.ok || r.rssKiB.size() < lists) {
        report.add({QStringLiteral("soak"),
                    QStringLiteral("RSS over %1 lists of %2 instances").arg(lists).arg(size),
                    QStringLiteral("FAILED after %1 lists").arg(r.rssKiB.size()),
                    QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("within 10 %"),
                    QStringLiteral("no")});
        return;
    }
    const qint64 second = r.rssKiB.at(1);
    const qint64 last = r.rssKiB.last();
    QStringList curve;
    for (int n : {2, lists / 4, lists / 2, 3 * lists / 4, lists})
        curve << QStringLiteral("%1: %2").arg(n).arg(mib(r.rssKiB.at(n - 1)));
    const double growth = 100.0 * double(last - second) / double(second);
    report.add(
        {QStringLiteral("soak"),
         QStringLiteral("RSS after list n of %1 instances, %2 lists back to back (%3 s), "
                        "real MainWindow offscreen, simulator in a separate process")
             .arg(size)
             .arg(lists)
             .arg(QLocale::c().toString(r.seconds, 'f', 0)),
         curve.join(QStringLiteral(", ")) + QStringLiteral("; %1 %2 %")
                                                .arg(growth >= 0 ? QStringLiteral("+") : QString())
                                                .arg(QLocale::c().toString(growth, 'f', 1)),
         QStringLiteral("-"), QStringLiteral("-"),
         QStringLiteral("list %1 within 10 % of list 2").arg(lists), yesNo(qAbs(growth) <= 10)});
    report.note(QStringLiteral(
        "soak: VmRSS of the bench process (the console's window, session and model; the "
        "simulator runs in its own process) read after each list; each list is asked for as "
        "soon as the previous one is in, so an hour of 30-second refreshes takes about a "
        "minute."));
}

} // namespace compshare::bench
