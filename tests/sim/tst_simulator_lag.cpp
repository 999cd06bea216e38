// SPDX-License-Identifier: MIT
// The simulator is no kinder than a real control plane: an accepted
// operation keeps listing the old state for the acceptance lag, a dropped
// answer still applies the operation, records carry Region (unless
// stripped), every answer carries a request id, and the journal counts
// requests per action and instance.
#include "ManualCloud.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using compshare::simtest::ManualCloud;
using compshare::simtest::Reply;
using compshare::simtest::scenarioInstance;

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
    ManualCloud m_cloud;

private slots:
    void init()
    {
        const auto instance = [](const char *id, const char *state) {
            return scenarioInstance(QString::fromLatin1(id), QString::fromLatin1(state));
        };
        const QJsonObject scenario{
            {QStringLiteral("delays"), QJsonObject{{QStringLiteral("transitionMs"), kTransitionMs},
                                                   {QStringLiteral("acceptLagMs"), kLagMs}}},
            {QStringLiteral("instances"),
             QJsonArray{instance("uhost-run", "Running"), instance("uhost-off", "Stopped"),
                        instance("uhost-pend", "Pending"), instance("uhost-re", "Reinstalling")}}};
        QString error;
        QVERIFY2(m_cloud.start(scenario, &error), qPrintable(error));
    }
    void cleanup() { m_cloud.stop(); }

    void stopShowsOldStateDuringTheLag()
    {
        QCOMPARE(m_cloud.operate(kStop, QStringLiteral("uhost-run")).retCode(), 0);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QStringLiteral("Running"));
        m_cloud.sim().clock().advance(kLagMs - 1);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QStringLiteral("Running"));
        // A second stop during the lag meets the lock, like the real gateway.
        const Reply again = m_cloud.operate(kStop, QStringLiteral("uhost-run"));
        QVERIFY(again.message().contains(QLatin1String("InstanceOperationInProgress")));
        m_cloud.sim().clock().advance(1);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QStringLiteral("Stopping"));
        m_cloud.sim().clock().advance(kTransitionMs);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QStringLiteral("Stopped"));
        QCOMPARE(m_cloud.sim().requestCount(kStop, QStringLiteral("uhost-run")), 2);
        QCOMPARE(m_cloud.sim().requestCount(kStop, QStringLiteral("uhost-off")), 0);
    }

    void startAndRebootLagToo()
    {
        QCOMPARE(m_cloud.operate(kStart, QStringLiteral("uhost-off")).retCode(), 0);
        QCOMPARE(m_cloud.operate(kReboot, QStringLiteral("uhost-run")).retCode(), 0);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-off")), QStringLiteral("Stopped"));
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QStringLiteral("Running"));
        m_cloud.sim().clock().advance(kLagMs);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-off")), QStringLiteral("Starting"));
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QStringLiteral("Rebooting"));
        m_cloud.sim().clock().advance(kTransitionMs);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-off")), QStringLiteral("Running"));
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QStringLiteral("Running"));
    }

    void pendingAndReinstallingRefuseOperations()
    {
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-pend")), QStringLiteral("Pending"));
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-re")), QStringLiteral("Reinstalling"));
        QVERIFY(m_cloud.operate(kStop, QStringLiteral("uhost-pend")).retCode() != 0);
        QVERIFY(m_cloud.operate(kStart, QStringLiteral("uhost-re")).retCode() != 0);
    }

    void droppedAnswerStillApplies()
    {
        QVERIFY(m_cloud.sim().addFault(QStringLiteral("StopCompShareInstance:drop:1")));
        const Reply reply = m_cloud.operate(kStop, QStringLiteral("uhost-run"));
        QVERIFY(reply.finished);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(reply.body.isEmpty());
        const auto entries = m_cloud.sim().journal(kStop);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().verdict, QStringLiteral("fault:drop"));
        QCOMPARE(m_cloud.sim().instanceState(QStringLiteral("uhost-run")),
                 QStringLiteral("Running"));
        m_cloud.sim().clock().advance(kLagMs);
        QCOMPARE(m_cloud.sim().instanceState(QStringLiteral("uhost-run")),
                 QStringLiteral("Stopping"));
    }

    void recordsCarryRegionUnlessStripped()
    {
        QCOMPARE(m_cloud.listedRecord(QStringLiteral("uhost-run"))
                     .value(QStringLiteral("Region"))
                     .toString(),
                 QStringLiteral("cn-wlcb"));
        m_cloud.sim().setStripRegion(true);
        QVERIFY(
            !m_cloud.listedRecord(QStringLiteral("uhost-run")).contains(QStringLiteral("Region")));
    }

    void everyAnswerCarriesARequestId()
    {
        const Reply ok = m_cloud.client().call(QStringLiteral("DescribeCompShareInstance"));
        const Reply refused = m_cloud.operate(kStart, QStringLiteral("uhost-run"));
        QVERIFY(!ok.requestId.isEmpty());
        QVERIFY(!refused.requestId.isEmpty());
        QVERIFY(ok.requestId != refused.requestId);
        QCOMPARE(QString::fromLatin1(refused.requestId),
                 m_cloud.sim().journal(kStart).last().requestId);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorLag)
#include "tst_simulator_lag.moc"
