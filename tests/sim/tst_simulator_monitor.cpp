// SPDX-License-Identifier: MIT
// GetCompShareInstanceMonitor seen from an independent client: the answer
// shape of its API page, one point a minute for a single instance with a
// time range, the last 60 s for several, at most 10 ids, and the refusals
// (210 / 230) the official CLI saw in production.
#include "SimTestClient.h"
#include "simulator/Simulator.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>
#include <memory>

using compshare::sim::Simulator;
using compshare::simtest::Params;
using compshare::simtest::SimTestClient;

namespace {
const QString kMonitor = QStringLiteral("GetCompShareInstanceMonitor");

QString randomKey()
{
    QByteArray bytes(30, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(bytes.toBase64());
}

QJsonArray metric(const QJsonObject &host, const QString &key)
{
    for (const QJsonValue &m : host.value(QStringLiteral("Metrics")).toArray()) {
        if (m.toObject().value(QStringLiteral("MetricKey")).toString() == key)
            return m.toObject().value(QStringLiteral("Results")).toArray();
    }
    return {};
}
} // namespace

class TestSimulatorMonitor final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_client;
    const QString kBusy = QStringLiteral("uhost-8m3p0zrd"); // the demo: 4 busy GPUs
    const QString kIdle = QStringLiteral("uhost-2kx7f1qa"); // the demo: 1 idle GPU

private slots:
    void init()
    {
        m_sim = std::make_unique<Simulator>();
        QVERIFY(m_sim->loadScenario(Simulator::demoScenario()));
        const QString pub = QStringLiteral("Test+Pub/") + randomKey();
        const QString priv = randomKey();
        m_sim->addAccount(pub, priv);
        QVERIFY(m_sim->listen());
        m_client = std::make_unique<SimTestClient>(m_sim->url(), pub, priv);
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void oneInstanceOverARange()
    {
        m_sim->setGpuUseVaries(true);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto reply = m_client->call(
            kMonitor, Params{{QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
                             {QStringLiteral("UHostIds.0"), kBusy},
                             {QStringLiteral("StartTime"), QString::number(now - 3600)},
                             {QStringLiteral("EndTime"), QString::number(now)}});
        QCOMPARE(reply.retCode(), 0);
        QCOMPARE(reply.json.value(QStringLiteral("Action")).toString(),
                 kMonitor + QStringLiteral("Response"));
        const QJsonArray list = reply.json.value(QStringLiteral("Data"))
                                    .toObject()
                                    .value(QStringLiteral("List"))
                                    .toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject host = list.first().toObject();
        QCOMPARE(host.value(QStringLiteral("UHostId")).toString(), kBusy);
        const QJsonArray use = metric(host, QStringLiteral("cloudwatch_gpu_util"));
        QCOMPARE(use.size(), 4); // one Result per GPU
        QCOMPARE(metric(host, QStringLiteral("cloudwatch_gpu_memory_usage")).size(), 4);
        QCOMPARE(metric(host, QStringLiteral("uhost_cpu_used")).size(), 1);
        const QJsonObject gpu0 = use.first().toObject();
        QCOMPARE(gpu0.value(QStringLiteral("TagMap"))
                     .toObject()
                     .value(QStringLiteral("gpu_bus_id"))
                     .toString(),
                 QStringLiteral("00000000:00:07.0"));
        const QJsonArray values = gpu0.value(QStringLiteral("Values")).toArray();
        QVERIFY2(values.size() >= 60 && values.size() <= 61,
                 qPrintable(QString::number(values.size())));
        QSet<double> distinct;
        for (const QJsonValue &v : values) {
            const double value = v.toObject().value(QStringLiteral("Value")).toDouble();
            QVERIFY(value >= 0 && value <= 100);
            distinct.insert(value);
        }
        QVERIFY(distinct.size() > 10); // it moves with the clock
    }

    void severalInstancesLastMinuteOnlyAtMostTen()
    {
        Params two{{QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
                   {QStringLiteral("UHostIds.0"), kBusy},
                   {QStringLiteral("UHostIds.1"), kIdle},
                   {QStringLiteral("StartTime"),
                    QString::number(QDateTime::currentSecsSinceEpoch() - 3600)}};
        const auto reply = m_client->call(kMonitor, two);
        QCOMPARE(reply.retCode(), 0);
        const QJsonArray list = reply.json.value(QStringLiteral("Data"))
                                    .toObject()
                                    .value(QStringLiteral("List"))
                                    .toArray();
        QCOMPARE(list.size(), 2);
        const QJsonArray idle =
            metric(list.at(1).toObject(), QStringLiteral("cloudwatch_gpu_util"));
        QVERIFY(idle.first().toObject().value(QStringLiteral("Values")).toArray().size() <= 2);

        Params eleven{{QStringLiteral("Region"), QStringLiteral("cn-wlcb")}};
        for (int n = 0; n < 11; ++n)
            eleven.insert(QStringLiteral("UHostIds.%1").arg(n), kBusy);
        QCOMPARE(m_client->call(kMonitor, eleven).retCode(), 230);
    }

    void refusedAsProductionDoes_data()
    {
        QTest::addColumn<int>("retCode");
        QTest::newRow("210") << 210;
        QTest::newRow("230") << 230;
    }
    void refusedAsProductionDoes()
    {
        QFETCH(int, retCode);
        m_sim->setMonitorRefusal(retCode);
        const auto reply =
            m_client->call(kMonitor, Params{{QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
                                            {QStringLiteral("UHostIds.0"), kBusy}});
        QCOMPARE(reply.retCode(), retCode);
        QVERIFY(!reply.message().isEmpty());
        QCOMPARE(m_sim->requestCount(kMonitor), 1);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorMonitor)
#include "tst_simulator_monitor.moc"
