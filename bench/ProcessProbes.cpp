// SPDX-License-Identifier: MIT
// 5. Memory and 6. start-up, measured on the real compshare-console run as a
// child process (offscreen): peak RSS (VmHWM from /proc/<pid>/status,
// sampled until the child exits) and process start to first painted list
// (COMPSHARE_STARTUP_PROBE makes the console print and exit right then).
#include "BenchCloud.h"
#include "BenchReport.h"
#include "Benchmarks.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

namespace compshare::bench {

namespace {

QProcessEnvironment childEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings and caches of the child go to a throw-away folder.
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.insert(QString::fromLatin1(name),
                   home.path() + QLatin1Char('/') + QString::fromLatin1(name).toLower());
    env.remove(QStringLiteral("COMPSHARE_PUBLIC_KEY"));
    env.remove(QStringLiteral("COMPSHARE_PRIVATE_KEY"));
    return env;
}

qint64 peakRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+)\\s+kB"));
    const QRegularExpressionMatch m = hwm.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

struct ChildRun
{
    qint64 peakKiB = -1;
    double wallMs = 0;
    double probeLineMs = -1;  // spawn -> the probe's line on stdout
    double reportedMs = -1;   // what the console itself printed
    double cachedLineMs = -1; // spawn -> "cached list painted" (a saved list was shown)
    bool ok = false;
};

ChildRun runConsole(const QString &path, const QStringList &arguments,
                    const QProcessEnvironment &env)
{
    QProcess process;
    process.setProgram(path);
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    ChildRun run;
    QTimer sampler;
    sampler.setTimerType(Qt::PreciseTimer);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const qint64 kib = peakRssKiB(process.processId());
        run.peakKiB = qMax(run.peakKiB, kib); // VmHWM only grows; keep the last good one
    });
    QByteArray out;
    QElapsedTimer clock;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, [&] {
        out += process.readAllStandardOutput();
        static const QRegularExpression line(
            QStringLiteral("startup-probe: first list painted after (\\d+) ms"));
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(out));
        static const QRegularExpression cached(
            QStringLiteral("startup-probe: cached list painted after (\\d+) ms"));
        if (run.cachedLineMs < 0 && cached.match(QString::fromUtf8(out)).hasMatch())
            run.cachedLineMs = double(clock.nsecsElapsed()) / 1e6;
        if (m.hasMatch() && run.probeLineMs < 0) {
            run.probeLineMs = double(clock.nsecsElapsed()) / 1e6;
            run.reportedMs = m.captured(1).toDouble();
        }
    });
    clock.start();
    process.start();
    sampler.start(5);
    const bool exited = waitFor([&] { return process.state() == QProcess::NotRunning; }, 120000);
    run.wallMs = double(clock.nsecsElapsed()) / 1e6;
    sampler.stop();
    if (!exited) {
        process.kill();
        waitFor([&] { return process.state() == QProcess::NotRunning; }, 5000);
    }
    run.ok = exited && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return run;
}

QString mib(qint64 kib)
{
    return kib < 0 ? QStringLiteral("?")
                   : QString::number(double(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

void runMemoryProbe(const BenchOptions &options, BenchReport &report)
{
    QTemporaryDir home;
    const QProcessEnvironment env = childEnvironment(home);
    const int big = options.quick ? 100 : 10000;
    const QString shot = home.path() + QStringLiteral("/shot.png");
    const auto demo = [&](int n) {
        return runConsole(options.consolePath,
                          {QStringLiteral("--demo"), QStringLiteral("--demo-instances"),
                           QString::number(n), QStringLiteral("--screenshot"), shot},
                          env);
    };
    const ChildRun small = demo(1);
    const ChildRun large = demo(big);
    const double perInstance = double(large.peakKiB - small.peakKiB) * 1024.0 / qMax(1, big - 1);
    report.add({QStringLiteral("memory"),
                QStringLiteral("peak RSS, --demo --demo-instances %1 (console + in-process demo "
                               "simulator)")
                    .arg(big),
                mib(large.peakKiB) + (large.ok ? QString() : QStringLiteral(", FAILED")),
                QStringLiteral("%1 holding 1 instance").arg(mib(small.peakKiB)),
                QStringLiteral("%1 per instance").arg(formatBytes(qint64(perInstance))),
                QStringLiteral("-"), QStringLiteral("n/a")});

    // The console alone: the simulator in its own process, keys from the environment.
    const auto external = [&](int n) {
        BenchCloud cloud(n);
        QProcessEnvironment withKeys = env;
        withKeys.insert(QStringLiteral("COMPSHARE_PUBLIC_KEY"), cloud.credentials().publicKey);
        withKeys.insert(QStringLiteral("COMPSHARE_PRIVATE_KEY"), cloud.credentials().privateKey);
        // The simulator must keep serving while the child runs: runConsole spins our loop.
        return runConsole(options.consolePath,
                          {QStringLiteral("--endpoint"), cloud.url().toString(),
                           QStringLiteral("--screenshot"), shot},
                          withKeys);
    };
    const ChildRun alone1 = external(1);
    const ChildRun aloneBig = external(big);
    const double alonePer = double(aloneBig.peakKiB - alone1.peakKiB) * 1024.0 / qMax(1, big - 1);
    report.add({QStringLiteral("memory"),
                QStringLiteral("peak RSS, console alone holding %1 instances (simulator in the "
                               "bench process)")
                    .arg(big),
                mib(aloneBig.peakKiB) + (aloneBig.ok ? QString() : QStringLiteral(", FAILED")),
                QStringLiteral("%1 holding 1 instance").arg(mib(alone1.peakKiB)),
                QStringLiteral("%1 per instance").arg(formatBytes(qint64(alonePer))),
                QStringLiteral("-"), QStringLiteral("n/a")});
    report.note(QStringLiteral(
        "memory: VmHWM of the child, sampled every 5 ms until it exits (it quits ~300 ms after "
        "the first list, having saved a screenshot). \"Per instance\" is the difference to the "
        "1-instance run divided by the instance count."));
}

void runStartupProbe(const BenchOptions &options, BenchReport &report)
{
    QTemporaryDir home;
    QProcessEnvironment env = childEnvironment(home);
    env.insert(QStringLiteral("COMPSHARE_STARTUP_PROBE"), QStringLiteral("1"));
    const int runs = options.quick ? 2 : 10;
    QList<double> spawnToList;
    QList<double> reported;
    int failures = 0;
    for (int k = 0; k < runs; ++k) {
        const ChildRun r = runConsole(
            options.consolePath,
            {QStringLiteral("--demo"), QStringLiteral("--demo-instances"), QStringLiteral("100")},
            env);
        if (!r.ok || r.probeLineMs < 0) {
            ++failures;
            continue;
        }
        spawnToList.append(r.probeLineMs);
        reported.append(r.reportedMs);
    }
    std::sort(spawnToList.begin(), spawnToList.end());
    const QString spread = spawnToList.isEmpty() ? QStringLiteral("no successful run")
                                                 : QStringLiteral("min %1, max %2")
                                                       .arg(formatMs(spawnToList.first()),
                                                            formatMs(spawnToList.last()));
    report.add({QStringLiteral("start-up"),
                QStringLiteral("process start → first painted list, --demo 100 instances, "
                               "offscreen, %1 runs")
                    .arg(runs),
                QStringLiteral("median %1 (%2); console's own figure median %3")
                        .arg(formatMs(median(spawnToList)), spread, formatMs(median(reported))) +
                    (failures ? QStringLiteral(", %1 FAILED").arg(failures) : QString()),
                QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                QStringLiteral("n/a")});
    report.note(QStringLiteral(
        "start-up: measured by the bench from QProcess::start to the console's "
        "\"startup-probe\" line (COMPSHARE_STARTUP_PROBE=1: at firstListShown the window "
        "repaints synchronously, prints the milliseconds since its process started, and "
        "exits)."));
}

namespace {
// One console start with the start-up probe, against `cloud`, in `home`.
ChildRun startProbedConsole(const BenchOptions &options, const BenchCloud &cloud,
                            const QTemporaryDir &home)
{
    QProcessEnvironment env = childEnvironment(home);
    env.insert(QStringLiteral("COMPSHARE_STARTUP_PROBE"), QStringLiteral("1"));
    env.insert(QStringLiteral("COMPSHARE_PUBLIC_KEY"), cloud.credentials().publicKey);
    env.insert(QStringLiteral("COMPSHARE_PRIVATE_KEY"), cloud.credentials().privateKey);
    return runConsole(options.consolePath, {QStringLiteral("--endpoint"), cloud.url().toString()},
                      env);
}
} // namespace

void runFirstRefreshProbe(const BenchOptions &options, BenchReport &report)
{
    // 1,000 instances, every DescribeCompShareInstance answer 50 ms late:
    // process start -> painted list, with nothing remembered (a first run)
    // and with the list size the previous run remembered for this account.
    const int instances = options.quick ? 200 : 1000;
    BenchCloud cloud(instances);
    cloud.setDescribeLatencyMs(50);
    const int runs = options.quick ? 1 : 7;
    const auto start = [&](const QTemporaryDir &home) {
        return startProbedConsole(options, cloud, home);
    };
    QList<double> cold;
    QList<double> remembered;
    int failures = 0;
    for (int k = 0; k < runs; ++k) { // interleaved, so both see the same machine load
        QTemporaryDir fresh;
        const ChildRun c = start(fresh);
        if (c.ok && c.probeLineMs >= 0)
            cold.append(c.probeLineMs);
        else
            ++failures;
        // The first run in this home remembers the size; the second uses it.
        const ChildRun again = start(fresh);
        if (again.ok && again.probeLineMs >= 0)
            remembered.append(again.probeLineMs);
        else
            ++failures;
    }
    std::sort(cold.begin(), cold.end());
    std::sort(remembered.begin(), remembered.end());
    const auto describe = [](const QList<double> &v) {
        return v.isEmpty() ? QStringLiteral("no successful run")
                           : QStringLiteral("median %1 (min %2, max %3)")
                                 .arg(formatMs(median(v)), formatMs(v.first()), formatMs(v.last()));
    };
    const double ratio = median(remembered) > 0 ? median(cold) / median(remembered) : 0;
    report.add({QStringLiteral("start-up"),
                QStringLiteral("process start → painted list, %1 instances, +50 ms/req, simulator "
                               "in the bench process, %2 runs each: list size remembered from the "
                               "last run vs nothing remembered")
                    .arg(instances)
                    .arg(runs),
                describe(remembered) +
                    (failures ? QStringLiteral(", %1 FAILED").arg(failures) : QString()),
                describe(cold), QStringLiteral("%1×").arg(ratio, 0, 'f', 2),
                QStringLiteral("≈ 250 ms (start-up + 2 RTT + parse)"),
                median(remembered) > 0 && median(remembered) <= 275 ? QStringLiteral("yes")
                                                                    : QStringLiteral("no")});
    report.note(QStringLiteral(
        "start-up (first refresh): the console is started twice per settings folder; the first "
        "start has nothing remembered (baseline, pages asked as TotalCount reveals them), the "
        "second starts with the account's list size saved by the first, so it asks for the first "
        "pages together with page 0."));
}

void runCachedStartProbe(const BenchOptions &options, BenchReport &report)
{
    // 1,000 instances, every DescribeCompShareInstance answer 50 ms late. The
    // first start in a fresh home saves the list in its local store; the
    // second paints that list at once (marked), then the fresh one.
    const int instances = options.quick ? 200 : 1000;
    BenchCloud cloud(instances);
    cloud.setDescribeLatencyMs(50);
    const int runs = options.quick ? 1 : 7;
    const auto start = [&](const QTemporaryDir &home) {
        return startProbedConsole(options, cloud, home);
    };
    QList<double> cached;
    QList<double> fresh;
    QList<double> firstRun;
    int failures = 0;
    for (int k = 0; k < runs; ++k) {
        QTemporaryDir home;
        const ChildRun first = start(home); // nothing saved yet: no cached list
        if (first.ok && first.probeLineMs >= 0 && first.cachedLineMs < 0)
            firstRun.append(first.probeLineMs);
        else
            ++failures;
        const ChildRun again = start(home);
        if (again.ok && again.cachedLineMs >= 0 && again.probeLineMs >= 0) {
            cached.append(again.cachedLineMs);
            fresh.append(again.probeLineMs);
        } else {
            ++failures;
        }
    }
    for (QList<double> *v : {&cached, &fresh, &firstRun})
        std::sort(v->begin(), v->end());
    const auto describe = [](const QList<double> &v) {
        return v.isEmpty() ? QStringLiteral("no successful run")
                           : QStringLiteral("median %1 (min %2, max %3)")
                                 .arg(formatMs(median(v)), formatMs(v.first()), formatMs(v.last()));
    };
    const QString failed = failures ? QStringLiteral(", %1 FAILED").arg(failures) : QString();
    report.add({QStringLiteral("start-up"),
                QStringLiteral("process start → cached list painted (local store), %1 instances, "
                               "+50 ms/req, %2 runs")
                    .arg(instances)
                    .arg(runs),
                describe(cached) + failed, QStringLiteral("-"), QStringLiteral("-"),
                QStringLiteral("≤ 150 ms"),
                median(cached) > 0 && median(cached) <= 150 ? QStringLiteral("yes")
                                                            : QStringLiteral("no")});
    report.add({QStringLiteral("start-up"),
                QStringLiteral("process start → fresh list painted, same runs (after the cached "
                               "list) vs the first start of each home (nothing saved)"),
                describe(fresh) + failed, describe(firstRun),
                median(fresh) > 0
                    ? QStringLiteral("%1×").arg(median(firstRun) / median(fresh), 0, 'f', 2)
                    : QStringLiteral("-"),
                QStringLiteral("-"), QStringLiteral("n/a")});
    report.note(QStringLiteral(
        "start-up (cached list): the console is started twice per home; the first start saves "
        "the list in its local store (SQLite under XDG_DATA_HOME), the second prints when the "
        "table first paints rows from that saved list, then when the fresh list is painted."));
}

} // namespace compshare::bench
