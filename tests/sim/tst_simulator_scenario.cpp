// SPDX-License-Identifier: MIT
// Scenarios: the built-in demo, the generator, files (good and bad), and the
// compshare-sim executable started as a process.
#include "SimTestClient.h"
#include "simulator/Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using compshare::sim::Simulator;
using compshare::simtest::SimTestClient;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

} // namespace

class TestSimulatorScenario final : public QObject
{
    Q_OBJECT

private slots:
    void demoScenario()
    {
        Simulator sim;
        QString error;
        QVERIFY2(sim.loadScenario(Simulator::demoScenario(), &error), qPrintable(error));
        const QList<QJsonObject> all = sim.instances();
        QVERIFY(all.size() >= 12 && all.size() <= 20);
        QCOMPARE(sim.regions(), (QStringList{QStringLiteral("cn-wlcb"), QStringLiteral("cn-sh2"),
                                             QStringLiteral("hk")}));
        QSet<QString> zones;
        int spotRunning = 0, spots = 0, making = 0, installFail = 0, stopped = 0, prepaid = 0;
        bool chinese = false;
        for (const QJsonObject &instance : all) {
            zones.insert(instance.value(QStringLiteral("Zone")).toString());
            const QString charge = instance.value(QStringLiteral("ChargeType")).toString();
            const QString state = instance.value(QStringLiteral("State")).toString();
            spots += charge == QLatin1String("Spot");
            spotRunning += charge == QLatin1String("Spot") && state == QLatin1String("Running");
            prepaid += charge == QLatin1String("Month") || charge == QLatin1String("Day");
            making += instance.value(QStringLiteral("CompShareImageStatus")).toString() ==
                      QLatin1String("Making");
            installFail += state == QLatin1String("Install Fail");
            stopped += state == QLatin1String("Stopped");
            const QString name = instance.value(QStringLiteral("Name")).toString();
            chinese = chinese || name.contains(QChar(0x8bad)); // 训
            // Hourly types priced by the hour; daily and monthly ones for their
            // period (shared/api/README.md, "Units").
            const double price = instance.value(QStringLiteral("InstancePrice")).toDouble();
            if (charge == QLatin1String("Month") || charge == QLatin1String("Day"))
                QVERIFY2(price >= 100 && price <= 20000, qPrintable(QString::number(price)));
            else
                QVERIFY2(price >= 1.5 && price <= 30.0, qPrintable(QString::number(price)));
            const QString ip = instance.value(QStringLiteral("IPSet"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("IP"))
                                   .toString();
            QVERIFY2(ip.startsWith(QLatin1String("203.0.113.")), qPrintable(ip));
        }
        QCOMPARE(zones, (QSet<QString>{QStringLiteral("cn-wlcb-01"), QStringLiteral("cn-sh2-02"),
                                       QStringLiteral("hk-02")}));
        QVERIFY(spots >= 2 && spotRunning >= 1);
        QCOMPARE(making, 1);
        QCOMPARE(installFail, 1);
        QVERIFY(stopped >= 2 && prepaid >= 2);
        QVERIFY(chinese);
    }

    // How fast the generator is belongs in bench/, not here: a wall-clock
    // threshold fails at random on a loaded (or sanitized) machine.
    void generatorMakesLargeAccountsDeterministically()
    {
        const QJsonObject scenario = Simulator::generatedScenario(10000, {}, 99);
        Simulator sim;
        QVERIFY(sim.loadScenario(scenario));
        QVERIFY(sim.listen());
        SimTestClient client(sim.url(), Simulator::demoPublicKey(), Simulator::demoPrivateKey());
        const auto reply = client.call(QStringLiteral("DescribeCompShareInstance"),
                                       {{QStringLiteral("Offset"), QStringLiteral("9950")},
                                        {QStringLiteral("Limit"), QStringLiteral("100")}});
        QCOMPARE(reply.json.value(QStringLiteral("TotalCount")).toInt(), 10000);
        QCOMPARE(reply.json.value(QStringLiteral("UHostSet")).toArray().size(), 50);
        QCOMPARE(sim.instanceCount(), 10000);
        QCOMPARE(Simulator::generatedScenario(50, {}, 99),
                 Simulator::generatedScenario(50, {}, 99));
        const QJsonObject two = Simulator::generatedScenario(10, {QStringLiteral("cn-sh2")}, 1);
        Simulator small;
        QVERIFY(small.loadScenario(two));
        QCOMPARE(small.regions(), QStringList{QStringLiteral("cn-sh2")});
    }

    void scenarioFile()
    {
        QTemporaryDir dir;
        const QByteArray json = R"({
            "accounts": [{"publicKey": "file-pub", "privateKey": "file-priv"}],
            "zones": [{"region": "cn-wlcb", "zone": "cn-wlcb-01", "describe": "华北二"}],
            "delays": {"transitionMs": 10, "lockMs": 20},
            "faults": [{"action": "StopCompShareInstance", "type": "http", "status": 502, "count": 1}],
            "instances": [{"UHostId": "uhost-a", "Zone": "cn-wlcb-01", "Memory": 32768, "GraphicsMemory": 24}]
        })";
        Simulator sim;
        QString error;
        QVERIFY2(sim.loadScenarioFile(writeFile(dir, QStringLiteral("ok.json"), json), &error),
                 qPrintable(error));
        QCOMPARE(sim.transitionDelayMs(), 10);
        QCOMPARE(sim.operationLockMs(), 20);
        const QJsonObject a = sim.instance(QStringLiteral("uhost-a"));
        QCOMPARE(a.value(QStringLiteral("Memory")).toString(), QStringLiteral("32768"));
        QCOMPARE(a.value(QStringLiteral("GraphicsMemory"))
                     .toObject()
                     .value(QStringLiteral("Value"))
                     .toInt(),
                 24);
        QCOMPARE(a.value(QStringLiteral("State")).toString(), QStringLiteral("Running"));
        QVERIFY(sim.listen());
        SimTestClient client(sim.url(), QStringLiteral("file-pub"), QStringLiteral("file-priv"));
        const compshare::simtest::Params stop{
            {QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
            {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
            {QStringLiteral("UHostId"), QStringLiteral("uhost-a")}};
        QCOMPARE(client.call(QStringLiteral("StopCompShareInstance"), stop).httpStatus, 502);
        QCOMPARE(client.call(QStringLiteral("StopCompShareInstance"), stop).retCode(), 0);
    }

    void badScenarioFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("invalid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be an object");
        QTest::newRow("no id") << QByteArray(R"({"instances":[{"Zone":"hk-02"}]})")
                               << QStringLiteral("instances[0]: missing UHostId");
        QTest::newRow("no zone") << QByteArray(R"({"instances":[{"UHostId":"u"}]})")
                                 << QStringLiteral("instances[0]: missing Zone");
        QTest::newRow("duplicate")
            << QByteArray(
                   R"({"instances":[{"UHostId":"u","Zone":"hk-02"},{"UHostId":"u","Zone":"hk-02"}]})")
            << QStringLiteral("instances[1]: duplicate UHostId u");
        QTest::newRow("bad fault") << QByteArray(R"({"faults":[{"type":"boom"}]})")
                                   << QStringLiteral("faults[0]: unknown fault type");
        QTest::newRow("bad account")
            << QByteArray(R"({"accounts":[{"publicKey":"x"}]})") << QStringLiteral("accounts[0]");
    }
    void badScenarioFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        Simulator sim;
        QVERIFY(sim.loadScenario(Simulator::demoScenario()));
        QString error;
        const QString path = writeFile(dir, QStringLiteral("bad.json"), content);
        QVERIFY(!sim.loadScenarioFile(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.contains(path));
        QCOMPARE(sim.instanceCount(), 15); // unchanged
    }

    void missingFile()
    {
        Simulator sim;
        QString error;
        QVERIFY(!sim.loadScenarioFile(QStringLiteral("/nonexistent/scenario.json"), &error));
        QVERIFY(error.contains(QLatin1String("cannot open")));
    }

    void executableServesTheDemo()
    {
        const QString binary = qEnvironmentVariable("COMPSHARE_BINARY_DIR") +
                               QStringLiteral("/simulator/compshare-sim");
        if (!QFile::exists(binary))
            QSKIP("compshare-sim is not built");
        QProcess process;
        process.start(binary,
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fault"),
                       QStringLiteral("FlyToTheMoon:http:1:503")});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 30000); // ASan start-up under load
        const QUrl url(QString::fromUtf8(process.readLine().trimmed()));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        SimTestClient client(url, Simulator::demoPublicKey(), Simulator::demoPrivateKey());
        const auto reply = client.call(QStringLiteral("DescribeCompShareInstance"));
        QCOMPARE(reply.json.value(QStringLiteral("TotalCount")).toInt(), 15);
        QCOMPARE(client.call(QStringLiteral("FlyToTheMoon")).httpStatus, 503);
        process.kill();
        process.waitForFinished();

        QProcess bad;
        bad.start(binary, {QStringLiteral("--fault"), QStringLiteral("x:y")});
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorScenario)
#include "tst_simulator_scenario.moc"
