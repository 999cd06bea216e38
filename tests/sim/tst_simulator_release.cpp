// SPDX-License-Identifier: MIT
// TerminateCompShareInstance and ModifyCompShareInstanceName in the
// simulator, as their API pages say: release only from Stopped, under the
// per-instance lock, InRecycle in the answer, ReleaseUDisk recorded, and the
// instance listed as before for the acceptance lag, then gone; a rename
// checks the name (at most 63 characters; Chinese, letters, digits, _ . , : -).
#include "ManualCloud.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using compshare::simtest::ManualCloud;
using compshare::simtest::Reply;
using compshare::simtest::scenarioInstance;

namespace {
constexpr qint64 kLagMs = 4000;
const QString kTerminate = QStringLiteral("TerminateCompShareInstance");
const QString kRename = QStringLiteral("ModifyCompShareInstanceName");
} // namespace

class TestSimulatorRelease final : public QObject
{
    Q_OBJECT

private:
    ManualCloud m_cloud;

    Reply terminate(const QString &id, const QString &releaseDisk = QStringLiteral("false"))
    {
        return m_cloud.client().call(kTerminate,
                                     {{QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
                                      {QStringLiteral("Zone"), QStringLiteral("cn-wlcb-01")},
                                      {QStringLiteral("UHostId"), id},
                                      {QStringLiteral("ReleaseUDisk"), releaseDisk}});
    }
    Reply rename(const QString &id, const QString &name)
    {
        return m_cloud.client().call(kRename,
                                     {{QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
                                      {QStringLiteral("UHostId"), id},
                                      {QStringLiteral("Name"), name}});
    }
private slots:
    void init()
    {
        const auto instance = [](const char *id, const char *state) {
            return scenarioInstance(QString::fromLatin1(id), QString::fromLatin1(state));
        };
        const QJsonObject scenario{
            {QStringLiteral("delays"), QJsonObject{{QStringLiteral("acceptLagMs"), kLagMs}}},
            {QStringLiteral("instances"),
             QJsonArray{instance("uhost-run", "Running"), instance("uhost-off", "Stopped")}}};
        QString error;
        QVERIFY2(m_cloud.start(scenario, &error), qPrintable(error));
    }
    void cleanup() { m_cloud.stop(); }

    void releaseIsForStoppedInstancesOnly()
    {
        const Reply refused = terminate(QStringLiteral("uhost-run"));
        QCOMPARE(refused.retCode(), 8436);
        QVERIFY(refused.message().contains(QLatin1String("InstanceStateNotAllowed")));
        QCOMPARE(m_cloud.listed(QStringLiteral("uhost-run")).size(), 1);
        QVERIFY(m_cloud.sim().releasedInstances().isEmpty());
    }

    void releaseAnswersInRecycleThenLeavesTheListAfterTheLag()
    {
        const Reply ok = terminate(QStringLiteral("uhost-off"), QStringLiteral("true"));
        QCOMPARE(ok.retCode(), 0);
        QCOMPARE(ok.json.value(QStringLiteral("InRecycle")).toString(), QStringLiteral("Yes"));
        QCOMPARE(ok.json.value(QStringLiteral("UHostId")).toString(), QStringLiteral("uhost-off"));
        QCOMPARE(m_cloud.sim().releasedInstances().value(QStringLiteral("uhost-off")), true);
        // Eventual consistency: still listed, as Stopped, during the lag.
        QCOMPARE(m_cloud.listed(QStringLiteral("uhost-off")).size(), 1);
        // The lock holds while it runs.
        const Reply again = terminate(QStringLiteral("uhost-off"));
        QVERIFY(again.message().contains(QLatin1String("InstanceOperationInProgress")));
        m_cloud.sim().clock().advance(kLagMs);
        QCOMPARE(m_cloud.listed(QStringLiteral("uhost-off")).size(), 0);
        QCOMPARE(m_cloud.sim().instanceState(QStringLiteral("uhost-off")), QString());
        // Gone: a later release does not find it.
        QCOMPARE(terminate(QStringLiteral("uhost-off")).retCode(), 8039);
    }

    void recycleBinAnswerCanBeNo()
    {
        m_cloud.sim().setReleaseToRecycleBin(false);
        const Reply ok = terminate(QStringLiteral("uhost-off"));
        QCOMPARE(ok.json.value(QStringLiteral("InRecycle")).toString(), QStringLiteral("No"));
        QCOMPARE(m_cloud.sim().releasedInstances().value(QStringLiteral("uhost-off"), true), false);
    }

    void releaseUDiskMustBeABoolean()
    {
        QCOMPARE(terminate(QStringLiteral("uhost-off"), QStringLiteral("True")).retCode(), 230);
        QVERIFY(m_cloud.sim().releasedInstances().isEmpty());
    }

    void renameChecksTheNameAsItsPageSays()
    {
        QCOMPARE(rename(QStringLiteral("uhost-run"), QStringLiteral("训练-01_a.b,c:d")).retCode(),
                 0);
        QCOMPARE(m_cloud.sim().instance(QStringLiteral("uhost-run")).value(QStringLiteral("Name")),
                 QStringLiteral("训练-01_a.b,c:d"));
        QCOMPARE(rename(QStringLiteral("uhost-run"), QStringLiteral("a b")).retCode(), 230);
        QCOMPARE(rename(QStringLiteral("uhost-run"), QString(64, QLatin1Char('a'))).retCode(), 230);
        QCOMPARE(rename(QStringLiteral("uhost-run"), QString(63, QLatin1Char('a'))).retCode(), 0);
        QCOMPARE(rename(QStringLiteral("uhost-nope"), QStringLiteral("x")).retCode(), 8039);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorRelease)
#include "tst_simulator_release.moc"
