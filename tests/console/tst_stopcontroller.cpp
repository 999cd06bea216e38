// SPDX-License-Identifier: MIT
// StopController and OperationTracker against the simulator over real HTTP:
// exactly one request per confirmed instance, Force only when confirmed, an
// HTTP error is a refusal (never a lost answer), another's lock disables the
// row but our own never does, an unanswered stop is re-read (never resent),
// and accepted operations are watched to the end even while CompShare's list
// still shows the old state, and followed after the no-change bound.
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/OperationTracker.h"
#include "support/OutcomeSpy.h"
#include "support/SimulatorFixture.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"
#include "work/StopController.h"

#include <QtTest>

using namespace compshare;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {
QList<QStringList> instances()
{
    return {{QStringLiteral("uhost-a"), QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
             QStringLiteral("Postpay")},
            {QStringLiteral("uhost-spot"), QStringLiteral("cn-sh2"), QStringLiteral("Running"),
             QStringLiteral("Spot")},
            {QStringLiteral("uhost-img"), QStringLiteral("hk"), QStringLiteral("Running"),
             QStringLiteral("Postpay"), QStringLiteral("making-image")},
            {QStringLiteral("uhost-off"), QStringLiteral("hk"), QStringLiteral("Stopped"),
             QStringLiteral("Postpay")}};
}

using OK = OperationOutcome::Kind;

StopDecision decide(const QString &id, ForceStop force = ForceStop::No)
{
    StopDecision d;
    d.id = id;
    d.force = force;
    return d;
}
} // namespace

class TestStopController final : public QObject
{
    Q_OBJECT

private slots:
    void ordinaryStopSendsNoForceAndReachesStopped()
    {
        SimulatorFixture f(smallScenario(instances()));
        f.sim().clock().setManual(true);
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 4);
        QSignalSpy accepted(s.stopController(), &StopController::operationAccepted);
        QCOMPARE(s.stopController()->stop({decide(QStringLiteral("uhost-a"))}), 1);
        QVERIFY(s.model()->isBusy(QStringLiteral("uhost-a")));
        QTRY_COMPARE(accepted.count(), 1);
        const auto stops = f.entries(QStringLiteral("StopCompShareInstance"));
        QCOMPARE(stops.size(), 1);
        QVERIFY(!stops.first().params.contains(QStringLiteral("Force")));
        QCOMPARE(stops.first().params.value(QStringLiteral("Zone")), QStringLiteral("cn-wlcb-01"));
        QTRY_COMPARE(s.model()->instance(QStringLiteral("uhost-a"))->state,
                     InstanceState::Stopping);
        f.sim().clock().advance(5000);
        QTRY_COMPARE(s.model()->instance(QStringLiteral("uhost-a"))->state, InstanceState::Stopped);
    }

    void noDoubleSubmitWhileInFlight()
    {
        SimulatorFixture f(smallScenario(instances()));
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 4);
        sim::FaultRule slow;
        slow.action = QStringLiteral("StopCompShareInstance");
        slow.type = sim::FaultRule::Type::Latency;
        slow.latencyMs = 300;
        f.sim().addFault(slow);
        QSignalSpy outcomes(s.operations(), &OperationTracker::outcome);
        QCOMPARE(s.stopController()->stop({decide(QStringLiteral("uhost-a"))}), 1);
        QCOMPARE(s.stopController()->stop({decide(QStringLiteral("uhost-a"))}), 0);
        QCOMPARE(outcomes.count(), 0); // ours under way: not an error, nothing to show
        QVERIFY(!s.model()
                     ->index(s.model()->rowOf(QStringLiteral("uhost-a")),
                             InstanceTableModel::ActionColumn)
                     .data(InstanceTableModel::ActionEnabledRole)
                     .toBool());
        QTRY_VERIFY(!s.stopController()->isInFlight(QStringLiteral("uhost-a")));
        QCOMPARE(f.count(QStringLiteral("StopCompShareInstance")), 1);
    }

    void spotNeedsTheConfirmedForce()
    {
        SimulatorFixture f(smallScenario(instances()));
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 4);
        QSignalSpy outcomes(s.operations(), &OperationTracker::outcome);
        s.stopController()->stop({decide(QStringLiteral("uhost-spot"))});
        QTRY_COMPARE(outcomes.count(), 1);
        const OperationOutcome refused = compshare::test::outcomeAt(outcomes, 0);
        QCOMPARE(refused.kind, OK::Refused);
        // No documented RetCode: shown as the gateway said it.
        QCOMPARE(refused.error.reason(), ApiError::Reason::Other);
        QVERIFY(refused.error.toString().contains(QLatin1String("SpotInstanceNeedsForce")));
        QVERIFY(!f.entries(QStringLiteral("StopCompShareInstance"))
                     .first()
                     .params.contains(QStringLiteral("Force")));

        QSignalSpy accepted(s.stopController(), &StopController::operationAccepted);
        s.stopController()->stop({decide(QStringLiteral("uhost-spot"), ForceStop::UserConfirmed)});
        QTRY_COMPARE(accepted.count(), 1);
        const auto stops = f.entries(QStringLiteral("StopCompShareInstance"));
        QCOMPARE(stops.size(), 2);
        QCOMPARE(stops.last().params.value(QStringLiteral("Force")), QStringLiteral("true"));
    }

    void lockErrorDisablesTheRow()
    {
        SimulatorFixture f(smallScenario(instances()));
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 4);
        sim::FaultRule lock;
        lock.action = QStringLiteral("StopCompShareInstance");
        lock.type = sim::FaultRule::Type::RetCode;
        lock.retCode = 8437;
        lock.message = QStringLiteral(
            "InstanceOperationInProgress: another operation on uhost-a is in progress");
        lock.remaining = 1;
        f.sim().addFault(lock);
        QSignalSpy outcomes(s.operations(), &OperationTracker::outcome);
        s.stopController()->stop({decide(QStringLiteral("uhost-a"))});
        QTRY_COMPARE(outcomes.count(), 1);
        QCOMPARE(compshare::test::outcomeAt(outcomes, 0).kind, OK::LockedByOther);
        QCOMPARE(compshare::test::outcomeAt(outcomes, 0).error.reason(),
                 ApiError::Reason::OperationLocked);
        QVERIFY(s.model()->isLocked(QStringLiteral("uhost-a")));
        const QModelIndex action = s.model()->index(s.model()->rowOf(QStringLiteral("uhost-a")),
                                                    InstanceTableModel::ActionColumn);
        QVERIFY(!action.data(InstanceTableModel::ActionEnabledRole).toBool());
        // Clicking again while locked sends nothing more.
        QCOMPARE(s.stopController()->stop({decide(QStringLiteral("uhost-a"))}), 0);
        QCOMPARE(f.count(QStringLiteral("StopCompShareInstance")), 1);
    }

    void wrongStateIsNotSentAnUnknownImageStatusIs()
    {
        SimulatorFixture f(smallScenario(instances()));
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 4);
        QSignalSpy outcomes(s.operations(), &OperationTracker::outcome);
        QCOMPARE(s.stopController()->stop(
                     {decide(QStringLiteral("uhost-off")), decide(QStringLiteral("uhost-gone"))}),
                 0);
        QCOMPARE(compshare::test::outcomeKinds(outcomes), (QList<OK>{OK::NotSent, OK::NotSent}));
        QCOMPARE(compshare::test::outcomeAt(outcomes, 0).verdict.blocker,
                 ActionVerdict::Blocker::WrongState);
        QCOMPARE(compshare::test::outcomeAt(outcomes, 1).verdict.blocker,
                 ActionVerdict::Blocker::NotListed);
        QCOMPARE(f.count(QStringLiteral("StopCompShareInstance")), 0);
        // "Making" is no documented state: the console sends the stop and the
        // gateway decides (the simulator refuses it, as CompShare would).
        QVERIFY(s.model()->instance(QStringLiteral("uhost-img"))->hasUnknownImageStatus());
        QCOMPARE(s.stopController()->stop({decide(QStringLiteral("uhost-img"))}), 1);
        QTRY_COMPARE(outcomes.count(), 3);
        QCOMPARE(compshare::test::outcomeAt(outcomes, 2).kind, OK::Refused);
        const auto stops = f.entries(QStringLiteral("StopCompShareInstance"));
        QCOMPARE(stops.size(), 1);
        QCOMPARE(stops.first().params.value(QStringLiteral("UHostId")),
                 QStringLiteral("uhost-img"));
    }

    void http503DoesNotSayAndOneRereadDecides()
    {
        SimulatorFixture f(smallScenario(instances()));
        f.sim().clock().setManual(true);
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 4);
        QVERIFY(f.sim().addFault(QStringLiteral("mutation:http:1:503:1"))); // the first only
        QSignalSpy outcomes(s.operations(), &OperationTracker::outcome);
        QSignalSpy accepted(s.stopController(), &StopController::operationAccepted);
        const QString id = QStringLiteral("uhost-a");
        const int describes = f.count(QStringLiteral("DescribeCompShareInstance"));
        QCOMPARE(s.stopController()->stop({decide(id)}), 1);
        // Said at once (never "refused"), then the one re-read decides.
        QTRY_COMPARE(outcomes.count(), 2);
        const OperationOutcome unclear = compshare::test::outcomeAt(outcomes, 0);
        QCOMPARE(unclear.kind, OK::AnswerLost);
        QCOMPARE(unclear.error.httpStatus(), 503);
        QCOMPARE(unclear.error.requestId(),
                 f.sim().journal(QStringLiteral("StopCompShareInstance")).first().requestId);
        QCOMPARE(compshare::test::outcomeAt(outcomes, 1).kind, OK::DidNotTakeEffect);
        QCOMPARE(f.count(QStringLiteral("StopCompShareInstance")), 1); // never resent
        QCOMPARE(f.count(QStringLiteral("DescribeCompShareInstance")), describes + 1);
        QVERIFY(!s.model()->isBusy(id));
        QCOMPARE(s.model()->instance(id)->state, InstanceState::Running);
        const QModelIndex action =
            s.model()->index(s.model()->rowOf(id), InstanceTableModel::ActionColumn);
        QVERIFY(action.data(InstanceTableModel::ActionEnabledRole).toBool());
        // The user tries again: one more request, accepted this time.
        QCOMPARE(s.stopController()->stop({decide(id)}), 1);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(f.count(QStringLiteral("StopCompShareInstance")), 2);
    }

    void unansweredStopIsReReadNotResent()
    {
        SimulatorFixture f(smallScenario(instances()));
        f.sim().clock().setManual(true); // the stop stays in Stopping
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 4);
        s.transport()->setTimeoutMs(400);
        sim::FaultRule hang;
        hang.action = QStringLiteral("StopCompShareInstance");
        hang.type = sim::FaultRule::Type::Hang; // applied, never answered
        f.sim().addFault(hang);
        QSignalSpy accepted(s.stopController(), &StopController::operationAccepted);
        QSignalSpy outcomes(s.operations(), &OperationTracker::outcome);
        const int describesBefore = f.count(QStringLiteral("DescribeCompShareInstance"));
        s.stopController()->stop({decide(QStringLiteral("uhost-a"))});
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 5000);
        QCOMPARE(f.count(QStringLiteral("StopCompShareInstance")), 1);
        QVERIFY(f.count(QStringLiteral("DescribeCompShareInstance")) > describesBefore);
        QCOMPARE(compshare::test::outcomeKinds(outcomes),
                 (QList<OK>{OK::AnswerLost, OK::TookEffect}));
    }

    void lostAnswerDuringTheLagIsWatchedUntilItShows()
    {
        SimulatorFixture f(smallScenario(instances()));
        f.sim().clock().setManual(true);
        f.sim().setAcceptLagMs(5000);
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 4);
        f.sim().addFault(QStringLiteral("StopCompShareInstance:drop:1"));
        QSignalSpy outcomes(s.operations(), &OperationTracker::outcome);
        s.stopController()->stop({decide(QStringLiteral("uhost-a"))});
        // The one re-read still lists Running: it did not take effect; the
        // action is free again, and the instance is still followed.
        QTRY_COMPARE(outcomes.count(), 2);
        QCOMPARE(compshare::test::outcomeAt(outcomes, 0).kind, OK::AnswerLost);
        QCOMPARE(compshare::test::outcomeAt(outcomes, 1).kind, OK::DidNotTakeEffect);
        QVERIFY(!s.model()->isBusy(QStringLiteral("uhost-a")));
        // The list shows it late: it took effect after all.
        f.sim().clock().advance(5000);
        QTRY_COMPARE(outcomes.count(), 3);
        QCOMPARE(compshare::test::outcomeAt(outcomes, 2).kind, OK::TookEffect);
        f.sim().clock().advance(5000);
        QTRY_COMPARE(s.model()->instance(QStringLiteral("uhost-a"))->state, InstanceState::Stopped);
        QTRY_VERIFY(!s.model()->isBusy(QStringLiteral("uhost-a")));
        QCOMPARE(
            compshare::test::outcomeKinds(outcomes),
            (QList<OK>{OK::AnswerLost, OK::DidNotTakeEffect, OK::TookEffect, OK::ReachedFinal}));
        QCOMPARE(f.sim().requestCount(QStringLiteral("StopCompShareInstance")), 1);
    }

    void startIsWatchedThroughTheLagUntilRunning()
    {
        SimulatorFixture f(smallScenario(instances()));
        f.sim().clock().setManual(true);
        f.sim().setAcceptLagMs(5000);
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 4);
        QSignalSpy accepted(s.stopController(), &StopController::operationAccepted);
        QVERIFY(s.stopController()->start(QStringLiteral("uhost-off")));
        QTRY_COMPARE(accepted.count(), 1);
        // Polls keep listing Stopped during the lag; the watch must not drop.
        const QList<sim::JournalEntry> sofar =
            f.entries(QStringLiteral("DescribeCompShareInstance"));
        QTRY_VERIFY(f.count(QStringLiteral("DescribeCompShareInstance")) >= sofar.size() + 3);
        QCOMPARE(s.model()->instance(QStringLiteral("uhost-off"))->state, InstanceState::Stopped);
        QVERIFY(s.model()->isBusy(QStringLiteral("uhost-off")));
        f.sim().clock().advance(5000);
        QTRY_COMPARE(s.model()->instance(QStringLiteral("uhost-off"))->state,
                     InstanceState::Starting);
        f.sim().clock().advance(5000);
        QTRY_COMPARE(s.model()->instance(QStringLiteral("uhost-off"))->state,
                     InstanceState::Running);
        QTRY_VERIFY(!s.model()->isBusy(QStringLiteral("uhost-off")));
        QCOMPARE(f.sim().requestCount(QStringLiteral("StartCompShareInstance")), 1);
    }

    void ownLockAfterNoChangeNeverLocksTheRow()
    {
        SimulatorFixture f(smallScenario(instances()));
        f.sim().clock().setManual(true);
        f.sim().setAcceptLagMs(600000); // the list lags far behind
        ConsoleSession &s = f.session();
        QDateTime now = QDateTime::currentDateTimeUtc();
        s.operations()->setClock([&now] { return now; });
        QTRY_COMPARE(s.model()->rowCount(), 4);
        QSignalSpy outcomes(s.operations(), &OperationTracker::outcome);
        QSignalSpy accepted(s.stopController(), &StopController::operationAccepted);
        s.stopController()->stop({decide(QStringLiteral("uhost-a"))});
        QTRY_COMPARE(accepted.count(), 1);
        now = now.addSecs(181); // 3 minutes and still Running
        QTRY_COMPARE(outcomes.count(), 1);
        QCOMPARE(compshare::test::outcomeAt(outcomes, 0).kind, OK::NoChange);
        QCOMPARE(compshare::test::outcomeAt(outcomes, 0).listed, InstanceState::Running);
        QTRY_VERIFY(!s.model()->isBusy(QStringLiteral("uhost-a")));
        // Stop again: the gateway answers with the lock of our own first stop.
        QCOMPARE(s.stopController()->stop({decide(QStringLiteral("uhost-a"))}), 1);
        QTRY_COMPARE(outcomes.count(), 2);
        QCOMPARE(compshare::test::outcomeAt(outcomes, 1).kind, OK::StillInProgress);
        QVERIFY(!s.model()->isLocked(QStringLiteral("uhost-a")));
        QVERIFY(s.model()->isBusy(QStringLiteral("uhost-a"))); // watched again
        QCOMPARE(f.sim().requestCount(QStringLiteral("StopCompShareInstance")), 2);
        QVERIFY(f.sim()
                    .journal(QStringLiteral("StopCompShareInstance"))
                    .last()
                    .verdict.startsWith(QLatin1String("retcode:")));
    }

    void afterTheNoChangeBoundTheRowFollowsTheCloud()
    {
        SimulatorFixture f(smallScenario(instances()));
        f.sim().clock().setManual(true);
        f.sim().setAcceptLagMs(600000); // far behind the no-change bound
        ConsoleSession &s = f.session();
        QDateTime now = QDateTime::currentDateTimeUtc();
        s.operations()->setClock([&now] { return now; });
        QTRY_COMPARE(s.model()->rowCount(), 4);
        QSignalSpy outcomes(s.operations(), &OperationTracker::outcome);
        const QString id = QStringLiteral("uhost-a");
        s.stopController()->stop({decide(id)});
        QTRY_COMPARE(s.operations()->find(id)->phase, OperationTracker::Phase::Accepted);
        now = now.addSecs(181);
        QTRY_COMPARE(compshare::test::outcomeKinds(outcomes), QList<OK>{OK::NoChange});
        QCOMPARE(s.operations()->pace(), OperationTracker::Pace::Follow);
        // Still watched (no full refresh is due): the cloud moves, the row follows.
        const int describes = f.count(QStringLiteral("DescribeCompShareInstance"));
        f.sim().clock().advance(600000);
        QTRY_COMPARE(s.model()->instance(id)->state, InstanceState::Stopping);
        QVERIFY(f.count(QStringLiteral("DescribeCompShareInstance")) > describes);
        QCOMPARE(compshare::test::outcomeKinds(outcomes), (QList<OK>{OK::NoChange, OK::Withdrawn}));
        f.sim().clock().advance(10000);
        QTRY_COMPARE(s.model()->instance(id)->state, InstanceState::Stopped);
        QTRY_COMPARE(compshare::test::outcomeKinds(outcomes).last(), OK::ReachedFinal);
        QCOMPARE(f.sim().requestCount(QStringLiteral("StopCompShareInstance")), 1);
    }
};

QTEST_GUILESS_MAIN(TestStopController)
#include "tst_stopcontroller.moc"
