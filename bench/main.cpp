// SPDX-License-Identifier: MIT
// compshare-bench: runs every benchmark area against its naive baseline in
// the same run and prints one Markdown table (also written to --output).
#include "BenchReport.h"
#include "Benchmarks.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

using namespace compshare::bench;

int main(int argc, char *argv[])
{
    // Widgets are shown (stall benchmark) but never on a real screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The MainWindow of the stall benchmark reads and writes settings: not the user's.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
    // The table is the output; the console's own info logging would drown it.
    QLoggingCategory::setFilterRules(QStringLiteral("compshare.*.info=false\nqt.qpa.*=false"));
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("compshare-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CompShare Console benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Smallest sizes, one repetition."));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Comma-separated areas: "
                       "refresh,model,polling,stall,memory,startup,firstrefresh,cachedstart,soak."),
        QStringLiteral("AREAS"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Also write the table to FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption console(
        QStringLiteral("console"), QStringLiteral("compshare-console to probe."),
        QStringLiteral("PATH"), QStringLiteral(COMPSHARE_CONSOLE_PATH));
    const QCommandLineOption simulator(QStringLiteral("sim"),
                                       QStringLiteral("compshare-sim for the separate process."),
                                       QStringLiteral("PATH"), QStringLiteral(COMPSHARE_SIM_PATH));
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Comma-separated refresh sizes (default "
                                                  "100,1000,5000,10000)."),
                                   QStringLiteral("N,..."));
    parser.addOptions({quick, only, output, console, simulator, sizes});
    parser.process(app);

    BenchOptions options;
    options.quick = parser.isSet(quick);
    if (parser.isSet(only))
        options.only = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList sizeList = parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &n : sizeList)
        options.sizes.append(n.toInt());
    options.consolePath = parser.value(console);
    options.simPath = parser.value(simulator);

    QTextStream err(stderr);
    BenchReport report;
    const QList<std::pair<QString, void (*)(const BenchOptions &, BenchReport &)>> areas{
        {QStringLiteral("refresh"), runRefreshBench},
        {QStringLiteral("model"), runModelBench},
        {QStringLiteral("polling"), runPollingBench},
        {QStringLiteral("stall"), runStallBench},
        {QStringLiteral("memory"), runMemoryProbe},
        {QStringLiteral("startup"), runStartupProbe},
        {QStringLiteral("firstrefresh"), runFirstRefreshProbe},
        {QStringLiteral("cachedstart"), runCachedStartProbe},
        {QStringLiteral("soak"), runSoakBench}};
    for (const auto &[name, run] : areas) {
        if (!options.wants(name))
            continue;
        err << "compshare-bench: " << name << "...\n";
        err.flush();
        run(options, report);
    }

    const QString table = report.markdown();
    QTextStream(stdout) << table;
    if (parser.isSet(output)) {
        QFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "compshare-bench: cannot write " << parser.value(output) << '\n';
            return 1;
        }
        file.write(table.toUtf8());
    }
    return 0;
}
