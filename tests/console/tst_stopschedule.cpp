// SPDX-License-Identifier: MIT
// The scheduled stop against the simulator over real HTTP: set, extend and
// cancel with ProjectId; the 300 s rule on both sides; spot refused before
// any request; the re-read confirmation (also after a lost answer); and the
// scheduled time reached with the row going to Stopped by itself.
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "support/SimulatorFixture.h"
#include "wire/ApiTransport.h"
#include "work/ProjectDirectory.h"
#include "work/RefreshScheduler.h"
#include "work/StopScheduleController.h"

#include <QtTest>

using namespace compshare;
using compshare::sim::FaultRule;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {

const QString kUpdate = QStringLiteral("UpdateCompShareStopScheduler");
const QString kDelete = QStringLiteral("DeleteCompShareStopScheduler");
const QString kDescribe = QStringLiteral("DescribeCompShareInstance");
const QString kA = QStringLiteral("uhost-a");
const QString kSpot = QStringLiteral("uhost-spot");

QJsonObject scenario()
{
    return smallScenario(
        {{kA, QStringLiteral("cn-wlcb"), QStringLiteral("Running"), QStringLiteral("Postpay")},
         {kSpot, QStringLiteral("cn-sh2"), QStringLiteral("Running"), QStringLiteral("Spot")}});
}

// A session on the simulator's manual clock, with the list loaded.
struct Setup
{
    SimulatorFixture f{scenario()};
    ConsoleSession *s = nullptr;
    QDateTime now()
    {
        return QDateTime::fromMSecsSinceEpoch(f.sim().clock().nowMs(), QTimeZone::utc());
    }
    bool start()
    {
        f.sim().clock().setManual(true);
        // On a whole second: the API's times are whole seconds.
        f.sim().clock().advance(1000 - f.sim().clock().nowMs() % 1000);
        s = &f.session();
        s->setClock([this] { return now(); }); // the session's one clock
        s->stopSchedules()->setConfirmAttempts(3, 20);
        return QTest::qWaitFor([this] { return s->model()->rowCount() == 2; }, 10000);
    }
    qint64 simStopTime(const QString &id)
    {
        return f.sim().instance(id).value(QStringLiteral("SchedulerStopTime")).toInteger();
    }
};

ScheduleOutcome lastOutcome(const QSignalSpy &spy)
{
    return spy.last().first().value<ScheduleOutcome>();
}

} // namespace

class TestStopSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void setExtendAndCancelAreConfirmedByARead()
    {
        Setup t;
        QVERIFY(t.start());
        QSignalSpy outcomes(t.s->stopSchedules(), &StopScheduleController::outcome);
        const QDateTime at = t.now().addSecs(3600);
        QCOMPARE(t.s->stopSchedules()->schedule({kA}, at), 1);
        QTRY_COMPARE(outcomes.count(), 1);
        ScheduleOutcome o = lastOutcome(outcomes);
        QCOMPARE(o.result, ScheduleOutcome::Result::Confirmed);
        QCOMPARE(o.seen.toSecsSinceEpoch(), at.toSecsSinceEpoch());
        QCOMPARE(t.simStopTime(kA), at.toSecsSinceEpoch());
        // The model shows it at once (from the confirming read).
        QCOMPARE(t.s->model()->instance(kA)->scheduledStop.toSecsSinceEpoch(),
                 at.toSecsSinceEpoch());
        const auto updates = t.f.entries(kUpdate);
        QCOMPARE(updates.size(), 1);
        const auto &p = updates.first().params;
        QCOMPARE(p.value(QStringLiteral("Region")), QStringLiteral("cn-wlcb"));
        QCOMPARE(p.value(QStringLiteral("Zone")), QStringLiteral("cn-wlcb-01"));
        QCOMPARE(p.value(QStringLiteral("UHostId")), kA);
        QCOMPARE(p.value(QStringLiteral("ProjectId")), t.s->projects()->currentId());
        QVERIFY(!p.value(QStringLiteral("ProjectId")).isEmpty());
        QCOMPARE(p.value(QStringLiteral("SchedulerStopTime")),
                 QString::number(at.toSecsSinceEpoch()));
        // The confirming read came after the update.
        QVERIFY(t.f.entries(kDescribe).last().atMs >= updates.first().atMs);

        // Extend by one hour: from the current schedule, not from now.
        QCOMPARE(t.s->stopSchedules()->extend({kA}, 3600), 1);
        QTRY_COMPARE(outcomes.count(), 2);
        o = lastOutcome(outcomes);
        QCOMPARE(o.result, ScheduleOutcome::Result::Confirmed);
        QCOMPARE(t.simStopTime(kA), at.addSecs(3600).toSecsSinceEpoch());

        QCOMPARE(t.s->stopSchedules()->cancel({kA}), 1);
        QTRY_COMPARE(outcomes.count(), 3);
        o = lastOutcome(outcomes);
        QCOMPARE(o.kind, ScheduleOutcome::Kind::Cancel);
        QCOMPARE(o.result, ScheduleOutcome::Result::Confirmed);
        QVERIFY(!o.seen.isValid());
        QCOMPARE(t.simStopTime(kA), 0);
        QVERIFY(!t.s->model()->instance(kA)->scheduledStop.isValid());
        const auto deletes = t.f.entries(kDelete);
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes.first().params.value(QStringLiteral("Region")), QStringLiteral("cn-wlcb"));
        QVERIFY(!deletes.first().params.value(QStringLiteral("ProjectId")).isEmpty());
        QVERIFY(!deletes.first().params.contains(QStringLiteral("Zone")));
    }

    void lessThanFiveMinutesAwayIsRefusedOnBothSides()
    {
        Setup t;
        QVERIFY(t.start());
        QSignalSpy outcomes(t.s->stopSchedules(), &StopScheduleController::outcome);
        // The console refuses before sending...
        QCOMPARE(t.s->stopSchedules()->schedule({kA}, t.now().addSecs(299)), 0);
        QCOMPARE(outcomes.count(), 1);
        QCOMPARE(lastOutcome(outcomes).result, ScheduleOutcome::Result::Skipped);
        QCOMPARE(lastOutcome(outcomes).blocker, ScheduleBlocker::TooSoon);
        QCOMPARE(t.f.count(kUpdate), 0);
        // ...and the simulator refuses too when the time slips under 300 s in
        // flight (the client's clock ahead of the gateway's is simulated by
        // moving the simulator on after the check).
        t.s->setClock([&t] { return t.now().addSecs(-10); });
        QCOMPARE(t.s->stopSchedules()->schedule({kA}, t.now().addSecs(295)), 1);
        QTRY_COMPARE(outcomes.count(), 2);
        const ScheduleOutcome o = lastOutcome(outcomes);
        QCOMPARE(o.result, ScheduleOutcome::Result::Rejected);
        QCOMPARE(o.error.retCode(), 230);
        QVERIFY(o.error.message().contains(QStringLiteral("SchedulerStopTime")));
        QCOMPARE(t.f.count(kUpdate), 1);
        QCOMPARE(t.simStopTime(kA), 0);
        // Exactly 300 s is accepted.
        t.s->setClock([&t] { return t.now(); });
        QCOMPARE(t.s->stopSchedules()->schedule({kA}, t.now().addSecs(300)), 1);
        QTRY_COMPARE(outcomes.count(), 3);
        QCOMPARE(lastOutcome(outcomes).result, ScheduleOutcome::Result::Confirmed);
    }

    void spotIsRefusedBeforeAnyRequest()
    {
        Setup t;
        QVERIFY(t.start());
        t.f.sim().clearJournal();
        QSignalSpy outcomes(t.s->stopSchedules(), &StopScheduleController::outcome);
        QCOMPARE(t.s->stopSchedules()->schedule({kSpot, kA}, t.now().addSecs(7200)), 1);
        QCOMPARE(lastOutcome(outcomes).id, kSpot); // reported at once
        QCOMPARE(lastOutcome(outcomes).result, ScheduleOutcome::Result::Skipped);
        QCOMPARE(lastOutcome(outcomes).blocker, ScheduleBlocker::Spot);
        QCOMPARE(t.s->stopSchedules()->cancel({kSpot}), 0);
        QCOMPARE(t.s->stopSchedules()->extend({kSpot}, 3600), 0);
        QTRY_COMPARE(outcomes.count(), 4);
        // The journal: one update, for the pay-as-you-go instance only; nothing for the spot one.
        const auto journal = t.f.sim().journal();
        int updates = 0;
        for (const auto &e : journal) {
            QVERIFY(e.params.value(QStringLiteral("UHostId")) != kSpot);
            QVERIFY(e.action != kDelete);
            updates += e.action == kUpdate ? 1 : 0;
        }
        QCOMPARE(updates, 1);
        // The simulator would refuse it anyway.
        QCOMPARE(t.simStopTime(kSpot), 0);
    }

    void aLostAnswerIsSettledByTheReReadNotByResending()
    {
        Setup t;
        QVERIFY(t.start());
        FaultRule rule;
        rule.action = kUpdate;
        rule.type = FaultRule::Type::CloseMidBody; // took effect, answer lost
        rule.remaining = 1;
        t.f.sim().addFault(rule);
        QSignalSpy outcomes(t.s->stopSchedules(), &StopScheduleController::outcome);
        const QDateTime at = t.now().addSecs(7200);
        QCOMPARE(t.s->stopSchedules()->schedule({kA}, at), 1);
        QTRY_COMPARE(outcomes.count(), 1);
        QCOMPARE(lastOutcome(outcomes).result, ScheduleOutcome::Result::Confirmed);
        QCOMPARE(t.f.count(kUpdate), 1); // never resent

        // HTTP 502 does not say whether it was applied: re-read, not resent,
        // and the re-read decides (here CompShare did not apply it).
        rule.type = FaultRule::Type::HttpStatus;
        rule.httpStatus = 502;
        rule.remaining = 1;
        t.f.sim().addFault(rule);
        QCOMPARE(t.s->stopSchedules()->schedule({kA}, at.addSecs(3600)), 1);
        QTRY_COMPARE(outcomes.count(), 2);
        const ScheduleOutcome o = lastOutcome(outcomes);
        QCOMPARE(o.result, ScheduleOutcome::Result::NotConfirmed);
        QCOMPARE(o.error.httpStatus(), 502);
        QCOMPARE(o.seen, at); // still the time set before
        QCOMPARE(t.f.count(kUpdate), 2);

        // HTTP 429 refuses it: nothing to re-read.
        rule.httpStatus = 429;
        rule.remaining = 1;
        t.f.sim().addFault(rule);
        QCOMPARE(t.s->stopSchedules()->schedule({kA}, at.addSecs(7200)), 1);
        QTRY_COMPARE(outcomes.count(), 3);
        QCOMPARE(lastOutcome(outcomes).result, ScheduleOutcome::Result::Rejected);
        QCOMPARE(t.f.count(kUpdate), 3);
    }

    void theScheduledTimeStopsTheInstanceByItself()
    {
        Setup t;
        QVERIFY(t.start());
        QSignalSpy outcomes(t.s->stopSchedules(), &StopScheduleController::outcome);
        QCOMPARE(t.s->stopSchedules()->schedule({kA}, t.now().addSecs(600)), 1);
        QTRY_COMPARE(outcomes.count(), 1);
        const int stopsBefore = t.f.count(QStringLiteral("StopCompShareInstance"));
        // Just past the scheduled time, inside the Stopping transition.
        t.f.sim().clock().advance(600 * 1000 + t.f.sim().transitionDelayMs() / 2);
        t.s->scheduler()->refreshNow();
        QTRY_COMPARE(t.s->model()->instance(kA)->state, InstanceState::Stopping);
        QVERIFY(!t.s->model()->instance(kA)->scheduledStop.isValid()); // used up
        t.f.sim().clock().advance(t.f.sim().transitionDelayMs());
        t.s->scheduler()->refreshNow();
        QTRY_COMPARE(t.s->model()->instance(kA)->state, InstanceState::Stopped);
        // The server did it: the console sent no stop.
        QCOMPARE(t.f.count(QStringLiteral("StopCompShareInstance")), stopsBefore);
    }
};

QTEST_GUILESS_MAIN(TestStopSchedule)
#include "tst_stopschedule.moc"
