// SPDX-License-Identifier: MIT
// compshare-sim: the simulator as a stand-alone process on 127.0.0.1.
// Prints its URL on the first line of stdout and runs until killed.
#include "simulator/Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using compshare::sim::Simulator;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("compshare-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "compshare-sim", "Local CompShare API simulator (loopback only)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("compshare-sim", "Port (0: any free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QCoreApplication::translate("compshare-sim",
                                    "Scenario JSON file (default: the built-in demo)."),
        QStringLiteral("FILE"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QCoreApplication::translate("compshare-sim", "Seed of the fault and generator RNG."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption generateOption(
        QStringLiteral("generate"),
        QCoreApplication::translate("compshare-sim", "Generate N instances instead of the demo."),
        QStringLiteral("N"));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency"),
        QCoreApplication::translate("compshare-sim", "Add MS milliseconds to every answer."),
        QStringLiteral("MS"));
    const QCommandLineOption transitionOption(
        QStringLiteral("transition-ms"),
        QCoreApplication::translate("compshare-sim", "Stopping/Starting/Rebooting duration."),
        QStringLiteral("MS"));
    const QCommandLineOption lockOption(
        QStringLiteral("lock-ms"),
        QCoreApplication::translate("compshare-sim", "Per-instance operation lock."),
        QStringLiteral("MS"));
    const QCommandLineOption lagOption(
        QStringLiteral("accept-lag-ms"),
        QCoreApplication::translate("compshare-sim",
                                    "Accepted operations keep listing the old state this long."),
        QStringLiteral("MS"));
    const QCommandLineOption stripRegionOption(
        QStringLiteral("strip-region"),
        QCoreApplication::translate("compshare-sim", "Leave Region out of instance records."));
    const QCommandLineOption maxPageOption(
        QStringLiteral("max-page-size"),
        QCoreApplication::translate("compshare-sim",
                                    "Bring at most N instances a page, whatever Limit says."),
        QStringLiteral("N"));
    const QCommandLineOption ignoreWithoutGpuOption(
        QStringLiteral("ignore-without-gpu"),
        QCoreApplication::translate("compshare-sim",
                                    "Accept a GPU-less start and boot the GPUs anyway."));
    const QCommandLineOption logOption(
        QStringLiteral("log-requests"),
        QCoreApplication::translate("compshare-sim",
                                    "Print one journal line per request on stderr."));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QCoreApplication::translate("compshare-sim",
                                    "Fault rule ACTION:TYPE:RATE[:ARG[:COUNT]] (repeatable; ACTION "
                                    "\"mutation\": every mutation)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption keysOption(
        QStringLiteral("print-demo-keys"),
        QCoreApplication::translate("compshare-sim", "Print the demo key pair (not secrets)."));
    const QCommandLineOption varyGpuOption(
        QStringLiteral("vary-gpu-use"),
        QCoreApplication::translate("compshare-sim",
                                    "Busy GPUs' use moves with the clock (as the demo does)."));
    const QCommandLineOption refuseMonitorOption(
        QStringLiteral("refuse-monitor"),
        QCoreApplication::translate(
            "compshare-sim", "Refuse GetCompShareInstanceMonitor with RetCode CODE (210 or 230)."),
        QStringLiteral("CODE"));
    const QCommandLineOption refusePriceOption(
        QStringLiteral("refuse-price"),
        QStringLiteral("Refuse GetCompShareInstancePrice with RetCode CODE, or with HTTP status "
                       "N when given as http:N."),
        QStringLiteral("CODE|http:N"));
    const QCommandLineOption subAccountOption(
        QStringLiteral("sub-account"),
        QStringLiteral("Act as a sub-account key: instance calls without ProjectId are refused."));
    parser.addOptions({portOption, scenarioOption, seedOption, generateOption, latencyOption,
                       transitionOption, lockOption, lagOption, stripRegionOption, maxPageOption,
                       ignoreWithoutGpuOption, logOption, faultOption, keysOption, subAccountOption,
                       varyGpuOption, refuseMonitorOption, refusePriceOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto number = [&](const QCommandLineOption &option, qint64 *value) {
        bool ok = false;
        *value = parser.value(option).toLongLong(&ok);
        if (!ok || *value < 0) {
            err << "compshare-sim: --" << option.names().constFirst() << " needs a number\n";
            return false;
        }
        return true;
    };

    Simulator simulator;
    qint64 seed = 1;
    if (!number(seedOption, &seed))
        return 2;
    simulator.setSeed(quint32(seed));
    QString error;
    if (parser.isSet(scenarioOption)) {
        if (!simulator.loadScenarioFile(parser.value(scenarioOption), &error)) {
            err << "compshare-sim: " << error << '\n';
            return 2;
        }
    } else if (parser.isSet(generateOption)) {
        qint64 count = 0;
        if (!number(generateOption, &count))
            return 2;
        simulator.loadScenario(Simulator::generatedScenario(int(count), {}, quint32(seed)));
    } else {
        simulator.loadScenario(Simulator::demoScenario());
    }
    simulator.setSeed(quint32(seed)); // the command line wins over the scenario's seed
    if (parser.isSet(subAccountOption))
        simulator.setSubAccountMode(true);
    if (parser.isSet(varyGpuOption))
        simulator.setGpuUseVaries(true);
    if (parser.isSet(refuseMonitorOption)) {
        qint64 code = 0;
        if (!number(refuseMonitorOption, &code))
            return 2;
        simulator.setMonitorRefusal(int(code));
    }
    if (parser.isSet(refusePriceOption)) {
        const QString spec = parser.value(refusePriceOption);
        const bool http = spec.startsWith(QLatin1String("http:"));
        bool ok = false;
        const int code = spec.mid(http ? 5 : 0).toInt(&ok);
        if (!ok || code <= 0 || (http && (code < 400 || code > 599))) {
            err << "compshare-sim: --refuse-price needs a RetCode or http:400-599\n";
            return 2;
        }
        compshare::sim::PriceRefusal refusal;
        (http ? refusal.httpStatus : refusal.retCode) = code;
        simulator.setPriceRefusal(refusal);
    }

    qint64 value = 0;
    if (parser.isSet(transitionOption)) {
        if (!number(transitionOption, &value))
            return 2;
        simulator.setTransitionDelayMs(value);
    }
    if (parser.isSet(lockOption)) {
        if (!number(lockOption, &value))
            return 2;
        simulator.setOperationLockMs(value);
    }
    if (parser.isSet(lagOption)) {
        if (!number(lagOption, &value))
            return 2;
        simulator.setAcceptLagMs(value);
    }
    if (parser.isSet(stripRegionOption))
        simulator.setStripRegion(true);
    if (parser.isSet(maxPageOption)) {
        if (!number(maxPageOption, &value))
            return 2;
        simulator.setMaxPageSize(int(qBound(qint64(1), value, qint64(100))));
    }
    if (parser.isSet(ignoreWithoutGpuOption))
        simulator.setIgnoreWithoutGpu(true);
    if (parser.isSet(latencyOption)) {
        if (!number(latencyOption, &value))
            return 2;
        simulator.addFault(QStringLiteral("*:latency:1:%1").arg(value));
    }
    const QStringList faults = parser.values(faultOption);
    for (const QString &spec : faults) {
        if (!simulator.addFault(spec, &error)) {
            err << "compshare-sim: " << error << '\n';
            return 2;
        }
    }

    qint64 port = 0;
    if (!number(portOption, &port) || port > 65535)
        return 2;
    if (!simulator.listen(quint16(port))) {
        err << "compshare-sim: cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }
    if (parser.isSet(logOption)) {
        // "journal ACTION UHOSTID VERDICT REQUESTID": for counting requests from a script.
        QObject::connect(&simulator, &Simulator::requestHandled, &app,
                         [](const compshare::sim::JournalEntry &e) {
                             QTextStream log(stderr);
                             log << "journal " << e.action << ' '
                                 << (e.instanceId().isEmpty() ? QStringLiteral("-")
                                                              : e.instanceId())
                                 << ' ' << e.verdict << ' ' << e.requestId << Qt::endl;
                         });
    }
    out << simulator.url().toString() << '\n';
    if (parser.isSet(keysOption)) {
        out << "PublicKey=" << Simulator::demoPublicKey() << '\n';
        out << "PrivateKey=" << Simulator::demoPrivateKey() << '\n';
    }
    out.flush();
    return QCoreApplication::exec();
}
