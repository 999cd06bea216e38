// SPDX-License-Identifier: MIT
// The simulator's state machines on its manual clock: stop, start, reboot,
// the per-instance lock, spot Force, image making, wrong states, reclaim.
#include "ManualCloud.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using compshare::simtest::ManualCloud;
using compshare::simtest::Params;
using compshare::simtest::Reply;
using compshare::simtest::scenarioInstance;

namespace {

constexpr qint64 kTransitionMs = 5000;
constexpr qint64 kLockMs = 10 * 60 * 1000;

QJsonObject instance(const QString &id, const QString &state, const QString &charge,
                     const QString &imageStatus = QStringLiteral("Normal"))
{
    return compshare::simtest::scenarioInstance(id, state, charge, imageStatus);
}

} // namespace

class TestSimulatorStates final : public QObject
{
    Q_OBJECT

private:
    ManualCloud m_cloud;

private slots:
    void init()
    {
        const QJsonObject scenario{
            {QStringLiteral("delays"), QJsonObject{{QStringLiteral("transitionMs"), kTransitionMs},
                                                   {QStringLiteral("lockMs"), kLockMs}}},
            {QStringLiteral("instances"),
             QJsonArray{instance(QStringLiteral("uhost-run"), QStringLiteral("Running"),
                                 QStringLiteral("Postpay")),
                        instance(QStringLiteral("uhost-off"), QStringLiteral("Stopped"),
                                 QStringLiteral("Month")),
                        instance(QStringLiteral("uhost-spot"), QStringLiteral("Running"),
                                 QStringLiteral("Spot")),
                        instance(QStringLiteral("uhost-img"), QStringLiteral("Running"),
                                 QStringLiteral("Postpay"), QStringLiteral("Making")),
                        instance(QStringLiteral("uhost-fail"), QStringLiteral("Install Fail"),
                                 QStringLiteral("Dynamic"))}}};
        QString error;
        QVERIFY2(m_cloud.start(scenario, &error), qPrintable(error));
    }
    void cleanup() { m_cloud.stop(); }

    void stopRunsThroughStopping()
    {
        const Reply reply =
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-run"));
        QCOMPARE(reply.retCode(), 0);
        QCOMPARE(reply.json.value(QStringLiteral("UHostId")).toString(),
                 QStringLiteral("uhost-run"));
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QStringLiteral("Stopping"));
        m_cloud.sim().clock().advance(kTransitionMs - 1);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QStringLiteral("Stopping"));
        m_cloud.sim().clock().advance(1);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QStringLiteral("Stopped"));
        QCOMPARE(m_cloud.sim().instanceState(QStringLiteral("uhost-run")),
                 QStringLiteral("Stopped"));
    }

    void startRunsThroughStarting()
    {
        QCOMPARE(m_cloud
                     .operate(QStringLiteral("StartCompShareInstance"), QStringLiteral("uhost-off"),
                              {{QStringLiteral("WithoutGpu"), QStringLiteral("true")}})
                     .retCode(),
                 0);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-off")), QStringLiteral("Starting"));
        m_cloud.sim().clock().advance(kTransitionMs);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-off")), QStringLiteral("Running"));
    }

    void startWithoutGpuListsNoGpuUntilStopped()
    {
        const QString id = QStringLiteral("uhost-off");
        const int gpus = m_cloud.listedRecord(id).value(QStringLiteral("GPU")).toInt();
        QVERIFY(gpus > 0);
        // The CLI's parameter alone: "A" or "B", nothing else.
        Reply bad = m_cloud.operate(QStringLiteral("StartCompShareInstance"), id,
                                    {{QStringLiteral("WithoutGpuSpec"), QStringLiteral("C")}});
        QCOMPARE(bad.retCode(), 230);
        QCOMPARE(bad.message(), QStringLiteral("Params [WithoutGpuSpec] not available"));
        QCOMPARE(m_cloud
                     .operate(QStringLiteral("StartCompShareInstance"), id,
                              {{QStringLiteral("WithoutGpuSpec"), QStringLiteral("B")}})
                     .retCode(),
                 0);
        m_cloud.sim().clock().advance(kTransitionMs);
        QCOMPARE(m_cloud.listedState(id), QStringLiteral("Running"));
        QCOMPARE(m_cloud.listedRecord(id).value(QStringLiteral("GPU")).toInt(), 0);
        QCOMPARE(m_cloud.operate(QStringLiteral("StopCompShareInstance"), id).retCode(), 0);
        m_cloud.sim().clock().advance(kTransitionMs);
        QCOMPARE(m_cloud.listedState(id), QStringLiteral("Stopped"));
        QCOMPARE(m_cloud.listedRecord(id).value(QStringLiteral("GPU")).toInt(), gpus);
    }

    void aGatewayThatIgnoresWithoutGpuBootsTheGpus()
    {
        const QString id = QStringLiteral("uhost-off");
        const int gpus = m_cloud.listedRecord(id).value(QStringLiteral("GPU")).toInt();
        m_cloud.sim().setIgnoreWithoutGpu(true);
        QCOMPARE(m_cloud
                     .operate(QStringLiteral("StartCompShareInstance"), id,
                              {{QStringLiteral("WithoutGpu"), QStringLiteral("true")},
                               {QStringLiteral("WithoutGpuSpec"), QStringLiteral("A")}})
                     .retCode(),
                 0);
        m_cloud.sim().clock().advance(kTransitionMs);
        QCOMPARE(m_cloud.listedState(id), QStringLiteral("Running"));
        QCOMPARE(m_cloud.listedRecord(id).value(QStringLiteral("GPU")).toInt(), gpus);
    }

    void rebootRunsThroughRebooting()
    {
        QCOMPARE(
            m_cloud.operate(QStringLiteral("RebootCompShareInstance"), QStringLiteral("uhost-run"))
                .retCode(),
            0);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QStringLiteral("Rebooting"));
        m_cloud.sim().clock().advance(kTransitionMs);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QStringLiteral("Running"));
    }

    void lockHeldWhileTheOperationRuns()
    {
        QCOMPARE(
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-run"))
                .retCode(),
            0);
        Reply again =
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-run"));
        QCOMPARE(again.retCode(), 8437);
        QCOMPARE(again.message(),
                 QStringLiteral("InstanceOperationInProgress: another operation on uhost-run is in "
                                "progress, retry after it finishes"));
        m_cloud.sim().clock().advance(kTransitionMs - 1); // still Stopping: still locked
        again =
            m_cloud.operate(QStringLiteral("StartCompShareInstance"), QStringLiteral("uhost-run"));
        QCOMPARE(again.retCode(), 8437);
        m_cloud.sim().clock().advance(1); // Stopped: the operation finished, the lock is released
        QCOMPARE(
            m_cloud.operate(QStringLiteral("StartCompShareInstance"), QStringLiteral("uhost-run"))
                .retCode(),
            0);
        // The lock is per instance: another one is free meanwhile.
        QCOMPARE(
            m_cloud.operate(QStringLiteral("StartCompShareInstance"), QStringLiteral("uhost-off"))
                .retCode(),
            0);
    }

    void lockTtlBoundsAnOperationThatNeverFinishes()
    {
        m_cloud.sim().setTransitionDelayMs(3 * kLockMs); // a stuck stop
        QCOMPARE(
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-run"))
                .retCode(),
            0);
        m_cloud.sim().clock().advance(kLockMs - 1);
        QCOMPARE(
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-run"))
                .retCode(),
            8437);
        m_cloud.sim().clock().advance(1); // the 10-minute TTL ran out: the state check answers now
        QCOMPARE(
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-run"))
                .retCode(),
            8436);
    }

    void failedOperationTakesNoLock()
    {
        QCOMPARE(
            m_cloud.operate(QStringLiteral("StartCompShareInstance"), QStringLiteral("uhost-run"))
                .retCode(),
            8436);
        QCOMPARE(
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-run"))
                .retCode(),
            0);
    }

    void spotNeedsForce()
    {
        Reply reply =
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-spot"));
        QCOMPARE(reply.retCode(), 8435);
        QCOMPARE(reply.message(), QStringLiteral("SpotInstanceNeedsForce: spot instance uhost-spot "
                                                 "can only be stopped with Force=true"));
        reply =
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-spot"),
                            {{QStringLiteral("Force"), QStringLiteral("false")}});
        QCOMPARE(reply.retCode(), 8435);
        reply =
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-spot"),
                            {{QStringLiteral("Force"), QStringLiteral("True")}});
        QCOMPARE(reply.retCode(), 230); // only the lower-case strings are booleans
        reply =
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-spot"),
                            {{QStringLiteral("Force"), QStringLiteral("true")}});
        QCOMPARE(reply.retCode(), 0);
        m_cloud.sim().clock().advance(kTransitionMs);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-spot")), QStringLiteral("Stopped"));
    }

    void makingImageRefusesStop()
    {
        const Reply reply =
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-img"));
        QCOMPARE(reply.retCode(), 226605);
        QCOMPARE(reply.message(), QStringLiteral("Image task exists: instance uhost-img is making "
                                                 "an image and cannot be stopped"));
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-img")), QStringLiteral("Running"));
        QVERIFY(m_cloud.sim().setInstanceField(QStringLiteral("uhost-img"),
                                               QStringLiteral("CompShareImageStatus"),
                                               QStringLiteral("Normal")));
        QCOMPARE(
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-img"))
                .retCode(),
            0);
    }

    void wrongState_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("message");
        QTest::newRow("stop stopped")
            << QStringLiteral("StopCompShareInstance") << QStringLiteral("uhost-off")
            << QStringLiteral("InstanceStateNotAllowed: instance uhost-off is Stopped, operation "
                              "needs Running");
        QTest::newRow("start running")
            << QStringLiteral("StartCompShareInstance") << QStringLiteral("uhost-run")
            << QStringLiteral("InstanceStateNotAllowed: instance uhost-run is Running, operation "
                              "needs Stopped");
        QTest::newRow("reboot stopped")
            << QStringLiteral("RebootCompShareInstance") << QStringLiteral("uhost-off")
            << QStringLiteral("InstanceStateNotAllowed: instance uhost-off is Stopped, operation "
                              "needs Running");
        QTest::newRow("stop install fail")
            << QStringLiteral("StopCompShareInstance") << QStringLiteral("uhost-fail")
            << QStringLiteral("InstanceStateNotAllowed: instance uhost-fail is Install Fail, "
                              "operation needs Running");
    }
    void wrongState()
    {
        QFETCH(QString, action);
        QFETCH(QString, id);
        QFETCH(QString, message);
        const Reply reply = m_cloud.operate(action, id);
        QCOMPARE(reply.retCode(), 8436);
        QCOMPARE(reply.message(), message);
    }

    void stopWhileStoppingIsLockedThenWrongState()
    {
        m_cloud.sim().setOperationLockMs(0);
        QCOMPARE(
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-run"))
                .retCode(),
            0);
        const Reply reply =
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-run"));
        QCOMPARE(reply.retCode(), 8436);
        QVERIFY(reply.message().contains(QLatin1String("is Stopping")));
    }

    void missingParamsAndUnknownInstance()
    {
        Reply reply =
            m_cloud.client().call(QStringLiteral("StopCompShareInstance"),
                                  {{QStringLiteral("Region"), QStringLiteral("cn-wlcb")},
                                   {QStringLiteral("UHostId"), QStringLiteral("uhost-run")}});
        QCOMPARE(reply.retCode(), 230);
        QCOMPARE(reply.message(), QStringLiteral("Missing params [Zone]"));
        reply =
            m_cloud.operate(QStringLiteral("StopCompShareInstance"), QStringLiteral("uhost-ghost"));
        QCOMPARE(reply.retCode(), 8039);
        // Right id, wrong region: not found there either.
        reply = m_cloud.client().call(QStringLiteral("StopCompShareInstance"),
                                      {{QStringLiteral("Region"), QStringLiteral("hk")},
                                       {QStringLiteral("Zone"), QStringLiteral("hk-02")},
                                       {QStringLiteral("UHostId"), QStringLiteral("uhost-run")}});
        QCOMPARE(reply.retCode(), 8039);
        QCOMPARE(m_cloud.sim().instanceState(QStringLiteral("uhost-run")),
                 QStringLiteral("Running"));
    }

    void reclaimSpot()
    {
        QVERIFY(!m_cloud.sim().reclaimSpot(QStringLiteral("uhost-run"))); // not a spot instance
        QVERIFY(m_cloud.sim().reclaimSpot(QStringLiteral("uhost-spot")));
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-spot")), QStringLiteral("Stopped"));
        QVERIFY(!m_cloud.sim().reclaimSpot(QStringLiteral("uhost-spot"))); // already stopped
        // A reclaimed spot instance can be started again, no lock involved.
        QCOMPARE(
            m_cloud.operate(QStringLiteral("StartCompShareInstance"), QStringLiteral("uhost-spot"))
                .retCode(),
            0);
    }

    void instanceEditing()
    {
        QVERIFY(m_cloud.sim().setInstanceField(QStringLiteral("uhost-run"), QStringLiteral("State"),
                                               QStringLiteral("")));
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-run")), QString());
        QVERIFY(m_cloud.sim().removeInstance(QStringLiteral("uhost-run")));
        QVERIFY(m_cloud.sim().instance(QStringLiteral("uhost-run")).isEmpty());
        m_cloud.sim().addInstance(instance(QStringLiteral("uhost-new"), QStringLiteral("Running"),
                                           QStringLiteral("Day")));
        QCOMPARE(m_cloud.sim().instanceCount(), 5);
        QCOMPARE(m_cloud.listedState(QStringLiteral("uhost-new")), QStringLiteral("Running"));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorStates)
#include "tst_simulator_states.moc"
