// SPDX-License-Identifier: MIT
// Fault injection seen from a real client: latency, HTTP statuses, hang,
// close mid-body, malformed JSON, injected RetCodes, rates and counts.
#include "SimTestClient.h"
#include "simulator/Simulator.h"

#include <QTest>
#include <QTimer>
#include <memory>

using compshare::sim::FaultRule;
using compshare::sim::Simulator;
using compshare::simtest::Reply;
using compshare::simtest::SimTestClient;

namespace {

const QString kDescribe = QStringLiteral("DescribeCompShareInstance");

FaultRule rule(FaultRule::Type type, const QString &action = {})
{
    FaultRule fault;
    fault.type = type;
    fault.action = action;
    return fault;
}

} // namespace

class TestSimulatorFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<SimTestClient> m_client;

private slots:
    void init()
    {
        m_sim = std::make_unique<Simulator>();
        QVERIFY(m_sim->loadScenario(Simulator::demoScenario()));
        m_sim->setSeed(42);
        QVERIFY(m_sim->listen());
        m_client = std::make_unique<SimTestClient>(m_sim->url(), Simulator::demoPublicKey(),
                                                   Simulator::demoPrivateKey());
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void latency()
    {
        FaultRule fault = rule(FaultRule::Type::Latency);
        fault.latencyMs = 400;
        fault.latencyJitterMs = 100;
        m_sim->addFault(fault);
        // Ordering, not a stopwatch: a precise 300 ms timer started with the
        // call must fire before the (at least 400 ms) late answer arrives.
        bool timerFired = false;
        QTimer::singleShot(300, Qt::PreciseTimer, this, [&timerFired] { timerFired = true; });
        const Reply reply = m_client->call(kDescribe);
        QVERIFY(timerFired);
        QCOMPARE(reply.retCode(), 0);
        const auto entry = m_sim->journal().constLast();
        QCOMPARE(entry.verdict, QStringLiteral("ok"));
        QVERIFY(entry.delayMs >= 400 && entry.delayMs <= 500);
    }

    void httpStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("429") << 429;
    }
    void httpStatus()
    {
        QFETCH(int, status);
        FaultRule fault = rule(FaultRule::Type::HttpStatus, kDescribe);
        fault.httpStatus = status;
        m_sim->addFault(fault);
        const Reply reply = m_client->call(kDescribe);
        QVERIFY(reply.finished);
        QCOMPARE(reply.httpStatus, status);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QCOMPARE(m_sim->journal().constLast().verdict, QStringLiteral("fault:http%1").arg(status));
        // Another action is not affected.
        QCOMPARE(m_client->call(QStringLiteral("DescribeCompShareSupportZone")).retCode(), 0);
    }

    void httpErrorDoesNotReachTheBackend()
    {
        m_sim->addFault(rule(FaultRule::Type::HttpStatus, QStringLiteral("StopCompShareInstance")));
        m_client->call(QStringLiteral("StopCompShareInstance"),
                       {{QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
                        {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
                        {QStringLiteral("UHostId"), QStringLiteral("uhost-2kx7f1qa")}});
        QCOMPARE(m_sim->instanceState(QStringLiteral("uhost-2kx7f1qa")), QStringLiteral("Running"));
    }

    // A gateway that answers 504 (or RetCode 8433) after the backend acted:
    // "http-applied" / "retcode-applied" apply the request, then the error.
    void appliedErrorsReachTheBackend_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("retCode");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("504") << QStringLiteral("StopCompShareInstance:http-applied:1:504:1") << 504
                             << -1 << QStringLiteral("fault:http504:applied");
        QTest::newRow("8433") << QStringLiteral("StopCompShareInstance:retcode-applied:1:8433:1")
                              << 200 << 8433 << QStringLiteral("fault:retcode:8433:applied");
    }
    void appliedErrorsReachTheBackend()
    {
        QFETCH(QString, spec);
        QFETCH(int, httpStatus);
        QFETCH(int, retCode);
        QFETCH(QString, verdict);
        QString error;
        QVERIFY2(m_sim->addFault(spec, &error), qPrintable(error));
        const Reply reply =
            m_client->call(QStringLiteral("StopCompShareInstance"),
                           {{QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
                            {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
                            {QStringLiteral("UHostId"), QStringLiteral("uhost-2kx7f1qa")}});
        QCOMPARE(reply.httpStatus, httpStatus);
        if (retCode >= 0)
            QCOMPARE(reply.retCode(), retCode);
        QCOMPARE(m_sim->journal().constLast().verdict, verdict);
        QVERIFY(m_sim->instanceState(QStringLiteral("uhost-2kx7f1qa")) != QLatin1String("Running"));
        // Only the types with an error answer can be "-applied".
        QVERIFY(!m_sim->addFault(QStringLiteral("*:hang-applied:1"), &error));
    }

    void hangTimesOut()
    {
        m_sim->addFault(rule(FaultRule::Type::Hang));
        const Reply reply = m_client->call(kDescribe, {}, SimTestClient::Encoding::Form, 600);
        QVERIFY(reply.finished); // by the client's own timeout: the simulator never answered
        QCOMPARE(reply.httpStatus, 0);
        QVERIFY2(reply.error == QNetworkReply::OperationCanceledError ||
                     reply.error == QNetworkReply::TimeoutError,
                 qPrintable(QString::number(reply.error)));
        QCOMPARE(m_sim->journal().constLast().verdict, QStringLiteral("fault:hang"));
        // The simulator stays usable once the fault is gone.
        m_sim->clearFaults();
        QCOMPARE(m_client->call(kDescribe).retCode(), 0);
    }

    void closeMidBodyIsANetworkError()
    {
        m_sim->addFault(rule(FaultRule::Type::CloseMidBody));
        const Reply reply = m_client->call(kDescribe);
        QVERIFY(reply.finished);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(reply.error != QNetworkReply::OperationCanceledError);
        QVERIFY(!reply.jsonValid);
        QCOMPARE(m_sim->journal().constLast().verdict, QStringLiteral("fault:close"));
    }

    void closeMidBodyStillApplies()
    {
        // The answer is lost, not the operation: the client cannot know.
        m_sim->addFault(
            rule(FaultRule::Type::CloseMidBody, QStringLiteral("StopCompShareInstance")));
        m_client->call(QStringLiteral("StopCompShareInstance"),
                       {{QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
                        {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
                        {QStringLiteral("UHostId"), QStringLiteral("uhost-2kx7f1qa")}});
        QCOMPARE(m_sim->instanceState(QStringLiteral("uhost-2kx7f1qa")),
                 QStringLiteral("Stopping"));
    }

    void malformedJson()
    {
        m_sim->addFault(rule(FaultRule::Type::MalformedJson));
        const Reply reply = m_client->call(kDescribe);
        QCOMPARE(reply.error, QNetworkReply::NoError);
        QCOMPARE(reply.httpStatus, 200);
        QVERIFY(!reply.body.isEmpty());
        QVERIFY(!reply.jsonValid);
        QCOMPARE(m_sim->journal().constLast().verdict, QStringLiteral("fault:malformed"));
    }

    void injectedRetCode()
    {
        FaultRule fault = rule(FaultRule::Type::RetCode);
        fault.retCode = 226601;
        m_sim->addFault(fault);
        Reply reply = m_client->call(kDescribe);
        QCOMPARE(reply.retCode(), 226601);
        QVERIFY(reply.message().contains(QLatin1String("arrears")));
        QCOMPARE(m_sim->journal().constLast().verdict, QStringLiteral("fault:retcode:226601"));
        m_sim->clearFaults();
        fault.retCode = 8433;
        fault.message = QStringLiteral("custom words");
        m_sim->addFault(fault);
        reply = m_client->call(kDescribe);
        QCOMPARE(reply.retCode(), 8433);
        QCOMPARE(reply.message(), QStringLiteral("custom words"));
    }

    void countAndRate()
    {
        FaultRule fault = rule(FaultRule::Type::HttpStatus);
        fault.remaining = 2;
        m_sim->addFault(fault);
        QCOMPARE(m_client->call(kDescribe).httpStatus, 503);
        QCOMPARE(m_client->call(kDescribe).httpStatus, 503);
        QCOMPARE(m_client->call(kDescribe).retCode(), 0);
        m_sim->clearFaults();
        fault.remaining = -1;
        fault.rate = 0.0;
        m_sim->addFault(fault);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_client->call(kDescribe).retCode(), 0);
        m_sim->clearFaults();
        fault.rate = 0.5;
        m_sim->addFault(fault);
        int failures = 0;
        for (int i = 0; i < 40; ++i)
            failures += m_client->call(kDescribe).httpStatus == 503 ? 1 : 0;
        QVERIFY2(failures > 5 && failures < 35, qPrintable(QString::number(failures)));
    }

    void specStrings()
    {
        QString error;
        QVERIFY(m_sim->addFault(QStringLiteral("DescribeCompShareInstance:http:1:502"), &error));
        QCOMPARE(m_client->call(kDescribe).httpStatus, 502);
        m_sim->clearFaults();
        QVERIFY(m_sim->addFault(QStringLiteral("*:retcode:1:226604"), &error));
        QCOMPARE(m_client->call(kDescribe).retCode(), 226604);
        QVERIFY(!m_sim->addFault(QStringLiteral("*:explode:1"), &error));
        QVERIFY(error.contains(QLatin1String("explode")));
        QVERIFY(!m_sim->addFault(QStringLiteral("*:http:2"), &error));
        QVERIFY(!m_sim->addFault(QStringLiteral("nonsense"), &error));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "tst_simulator_faults.moc"
