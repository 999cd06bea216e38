// SPDX-License-Identifier: MIT
// The simulator is no kinder than a real control plane: an accepted
// operation keeps listing the old state for the acceptance lag, a dropped
// answer still applies the operation, records carry Region (unless
// stripped), every answer carries a request id, and the journal counts
// requests per action and instance.
#include "SimTestClient.h"
#include "simulator/Simulator.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using compshare::sim::Simulator;
using compshare::simtest::Params;
using compshare::simtest::Reply;
using compshare::simtest::SimTestClient;

namespace {
constexpr qint64 kLagMs = 4000;
constexpr qint64 kTransitionMs = 3000;
const QString kStop = QStringLiteral("StopCompShareInstance");
const QString kStart = QStringLiteral("StartCompShareInstance");
const QString kReboot = QStringLiteral("RebootCompShareInstance");
} // namespace

class TestSimulatorLag final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_client;

    Reply operate(const QString &action, const QString &id)
    {
        return m_client->call(action, {{QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
                                       {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
                                       {QStringLiteral("UHostId"), id}});
    }
    QJsonObject listed(const QString &id)
    {
        const Reply reply = m_client->call(QStringLiteral("DescribeCompShareInstance"),
                                           {{QStringLiteral("UHostIds.0"), id}});
        return reply.json.value(QStringLiteral("UHostSet")).toArray().at(0).toObject();
    }
    QString listedState(const QString &id)
    {
        return listed(id).value(QStringLiteral("State")).toString();
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<Simulator>();
        const auto instance = [](const char *id, const char *state) {
            return QJsonObject{{QStringLiteral("UHostId"), QString::fromLatin1(id)},
                               {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
                               {QStringLiteral("State"), QString::fromLatin1(state)},
                               {QStringLiteral("ChargeType"), QStringLiteral("Postpay")}};
        };
        const QJsonObject scenario{
            {QStringLiteral("delays"), QJsonObject{{QStringLiteral("transitionMs"), kTransitionMs},
                                                   {QStringLiteral("acceptLagMs"), kLagMs}}},
            {QStringLiteral("instances"),
             QJsonArray{instance("uhost-run", "Running"), instance("uhost-off", "Stopped"),
                        instance("uhost-pend", "Pending"), instance("uhost-re", "Reinstalling")}}};
        QString error;
        QVERIFY2(m_sim->loadScenario(scenario, &error), qPrintable(error));
        m_sim->clock().setManual(true);
        QVERIFY(m_sim->listen());
        m_client = std::make_unique<SimTestClient>(m_sim->url(), Simulator::demoPublicKey(),
                                                   Simulator::demoPrivateKey());
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void stopShowsOldStateDuringTheLag()
    {
        QCOMPARE(operate(kStop, QStringLiteral("uhost-run")).retCode(), 0);
        QCOMPARE(listedState(QStringLiteral("uhost-run")), QStringLiteral("Running"));
        m_sim->clock().advance(kLagMs - 1);
        QCOMPARE(listedState(QStringLiteral("uhost-run")), QStringLiteral("Running"));
        // A second stop during the lag meets the lock, like the real gateway.
        const Reply again = operate(kStop, QStringLiteral("uhost-run"));
        QVERIFY(again.message().contains(QLatin1String("InstanceOperationInProgress")));
        m_sim->clock().advance(1);
        QCOMPARE(listedState(QStringLiteral("uhost-run")), QStringLiteral("Stopping"));
        m_sim->clock().advance(kTransitionMs);
        QCOMPARE(listedState(QStringLiteral("uhost-run")), QStringLiteral("Stopped"));
        QCOMPARE(m_sim->requestCount(kStop, QStringLiteral("uhost-run")), 2);
        QCOMPARE(m_sim->requestCount(kStop, QStringLiteral("uhost-off")), 0);
    }

    void startAndRebootLagToo()
    {
        QCOMPARE(operate(kStart, QStringLiteral("uhost-off")).retCode(), 0);
        QCOMPARE(operate(kReboot, QStringLiteral("uhost-run")).retCode(), 0);
        QCOMPARE(listedState(QStringLiteral("uhost-off")), QStringLiteral("Stopped"));
        QCOMPARE(listedState(QStringLiteral("uhost-run")), QStringLiteral("Running"));
        m_sim->clock().advance(kLagMs);
        QCOMPARE(listedState(QStringLiteral("uhost-off")), QStringLiteral("Starting"));
        QCOMPARE(listedState(QStringLiteral("uhost-run")), QStringLiteral("Rebooting"));
        m_sim->clock().advance(kTransitionMs);
        QCOMPARE(listedState(QStringLiteral("uhost-off")), QStringLiteral("Running"));
        QCOMPARE(listedState(QStringLiteral("uhost-run")), QStringLiteral("Running"));
    }

    void pendingAndReinstallingRefuseOperations()
    {
        QCOMPARE(listedState(QStringLiteral("uhost-pend")), QStringLiteral("Pending"));
        QCOMPARE(listedState(QStringLiteral("uhost-re")), QStringLiteral("Reinstalling"));
        QVERIFY(operate(kStop, QStringLiteral("uhost-pend")).retCode() != 0);
        QVERIFY(operate(kStart, QStringLiteral("uhost-re")).retCode() != 0);
    }

    void droppedAnswerStillApplies()
    {
        QVERIFY(m_sim->addFault(QStringLiteral("StopCompShareInstance:drop:1")));
        const Reply reply = operate(kStop, QStringLiteral("uhost-run"));
        QVERIFY(reply.finished);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(reply.body.isEmpty());
        const auto entries = m_sim->journal(kStop);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().verdict, QStringLiteral("fault:drop"));
        QCOMPARE(m_sim->instanceState(QStringLiteral("uhost-run")), QStringLiteral("Running"));
        m_sim->clock().advance(kLagMs);
        QCOMPARE(m_sim->instanceState(QStringLiteral("uhost-run")), QStringLiteral("Stopping"));
    }

    void recordsCarryRegionUnlessStripped()
    {
        QCOMPARE(listed(QStringLiteral("uhost-run")).value(QStringLiteral("Region")).toString(),
                 QStringLiteral("cn-wlcb"));
        m_sim->setStripRegion(true);
        QVERIFY(!listed(QStringLiteral("uhost-run")).contains(QStringLiteral("Region")));
    }

    void everyAnswerCarriesARequestId()
    {
        const Reply ok = m_client->call(QStringLiteral("DescribeCompShareInstance"));
        const Reply refused = operate(kStart, QStringLiteral("uhost-run"));
        QVERIFY(!ok.requestId.isEmpty());
        QVERIFY(!refused.requestId.isEmpty());
        QVERIFY(ok.requestId != refused.requestId);
        QCOMPARE(QString::fromLatin1(refused.requestId), m_sim->journal(kStart).last().requestId);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorLag)
#include "tst_simulator_lag.moc"
