// SPDX-License-Identifier: MIT
// OperationTracker (the operation owner) on its own clock: who may act, the
// phases of an operation, what each answer means, when it ends, whose lock a
// lock answer is, and the outcomes it reports as data.
#include "base/Bounds.h"
#include "domain/BillingRules.h"
#include "state/OperationTracker.h"
#include "support/OutcomeSpy.h"

#include <QtTest>

using namespace compshare;
using Kind = OperationTracker::Kind;
using Phase = OperationTracker::Phase;
using OK = OperationOutcome::Kind;
using B = ActionVerdict::Blocker;

namespace {
Instance listed(const QString &id, InstanceState state)
{
    Instance i;
    i.id = id;
    i.state = state;
    return i;
}
const QString kId = QStringLiteral("uhost-1");

OperationOutcome last(const QSignalSpy &spy)
{
    return compshare::test::outcomeAt(spy, int(spy.count()) - 1);
}
} // namespace

class TestOperationTracker final : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;
    std::unique_ptr<OperationTracker> m_tracker;

    void begin(const QString &id, Kind kind, InstanceState state)
    {
        const Instance i = listed(id, state);
        QVERIFY(m_tracker->begin(&i, kind).allowed());
    }

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 30), QTime(14, 2), Qt::UTC);
        m_tracker = std::make_unique<OperationTracker>();
        m_tracker->setClock([this] { return m_now; });
    }

    void verdictIsTheOneRuleForWhoMayAct()
    {
        OperationTracker &t = *m_tracker;
        const Instance running = listed(kId, InstanceState::Running);
        const Instance stopped = listed(kId, InstanceState::Stopped);
        const Instance stopping = listed(kId, InstanceState::Stopping);
        const Instance odd = listed(kId, InstanceState::InstallFail);
        QVERIFY(t.verdict(&running, Kind::Stop).allowed());
        QVERIFY(t.verdict(&running, Kind::Reboot).allowed());
        QCOMPARE(t.verdict(&running, Kind::Start).blocker, B::WrongState);
        QVERIFY(t.verdict(&stopped, Kind::Start).allowed());
        QCOMPARE(t.verdict(&stopped, Kind::Stop).blocker, B::WrongState);
        QCOMPARE(t.verdict(&stopping, Kind::Stop).blocker, B::Transitional);
        QCOMPARE(t.verdict(&odd, Kind::Stop).blocker, B::NoAction);
        QCOMPARE(t.verdict(nullptr, Kind::Stop).blocker, B::NotListed);
        QCOMPARE(t.rowVerdict(stopped).kind, Kind::Start);
        // Ours under way outranks the listed state.
        begin(kId, Kind::Stop, InstanceState::Running);
        QCOMPARE(t.verdict(&running, Kind::Stop).blocker, B::Sending);
        QCOMPARE(t.verdict(&running, Kind::Reboot).blocker, B::Sending);
        t.accept(kId);
        QCOMPARE(t.verdict(&running, Kind::Stop).blocker, B::AwaitingList);
        QCOMPARE(t.verdict(&running, Kind::Stop).at, m_now);
    }

    void aSecondBeginIsRefusedQuietly()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy outcomes(&t, &OperationTracker::outcome);
        begin(kId, Kind::Stop, InstanceState::Running);
        const Instance running = listed(kId, InstanceState::Running);
        const ActionVerdict again = t.begin(&running, Kind::Stop);
        QVERIFY(!again.allowed());
        QVERIFY(again.isOursUnderWay());
        QCOMPARE(outcomes.count(), 0); // a second confirmation is no error
        const Instance stopped = listed(QStringLiteral("b"), InstanceState::Stopped);
        QVERIFY(!t.begin(&stopped, Kind::Stop).allowed());
        QCOMPARE(compshare::test::outcomeKinds(outcomes), QList<OK>{OK::NotSent});
        QCOMPARE(last(outcomes).verdict.blocker, B::WrongState);
    }

    void stopRunsThroughItsPhases()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy outcomes(&t, &OperationTracker::outcome);
        begin(kId, Kind::Stop, InstanceState::Running);
        QCOMPARE(t.find(kId)->phase, Phase::Sending);
        t.accept(kId);
        QVERIFY(t.isRequested(kId));
        QCOMPARE(t.idsToPoll(), QStringList{kId});
        QCOMPARE(t.pace(), OperationTracker::Pace::Quick);
        m_now = m_now.addSecs(10);
        t.observe({listed(kId, InstanceState::Running)}); // the list lags
        QCOMPARE(t.find(kId)->phase, Phase::Accepted);
        t.observe({listed(kId, InstanceState::Stopping)});
        QCOMPARE(t.find(kId)->phase, Phase::Transitioning);
        QVERIFY(!t.isRequested(kId));
        t.observe({listed(kId, InstanceState::Stopped)});
        QCOMPARE(t.find(kId)->phase, Phase::Done);
        QVERIFY(t.idsToPoll().isEmpty());
        QCOMPARE(t.pace(), OperationTracker::Pace::None);
        QCOMPARE(compshare::test::outcomeKinds(outcomes), QList<OK>{OK::ReachedFinal});
    }

    void startSurvivesAFirstPollThatStillSaysStopped()
    {
        OperationTracker &t = *m_tracker;
        begin(kId, Kind::Start, InstanceState::Stopped);
        t.accept(kId);
        t.observe({listed(kId, InstanceState::Stopped)});
        t.observe({listed(kId, InstanceState::Stopped)});
        QVERIFY(t.isUnderWay(kId));
        t.observe({listed(kId, InstanceState::Running)});
        QCOMPARE(t.find(kId)->phase, Phase::Done);
    }

    void aStartWithoutGpuListedWithItsGpusIsNamed()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy spy(&t, &OperationTracker::outcome);
        Instance off = listed(kId, InstanceState::Stopped);
        off.chargeType = ChargeType::Postpay;
        off.gpuCount = 8;
        off.instancePrice = 2.96;
        off.imagePrice = 0.10;
        off.diskPrices = {{QStringLiteral("Postpay"), true, 0.05}};
        QVERIFY(t.begin(&off, Kind::Start, true).allowed());
        t.accept(kId);
        Instance on = off;
        on.state = InstanceState::Running;
        t.observe({on});
        QCOMPARE(spy.count(), 2); // the note of the start withdrawn, then the news
        QCOMPARE(compshare::test::outcomeAt(spy, 0).kind, OK::ReachedFinal);
        const OperationOutcome o = last(spy);
        QCOMPARE(o.kind, OK::GpuStillAttached);
        QCOMPARE(o.gpuCount, 8);
        QCOMPARE(o.perHour, BillingRules::runningBill(on).figure().value);
        QVERIFY(qAbs(o.perHour - 3.11) < 1e-9);
        QCOMPARE(o.severity(), OperationOutcome::Severity::Warning);

        // Listed without its GPUs: nothing to say beyond the end of the start.
        const QString other = QStringLiteral("uhost-2");
        Instance off2 = off;
        off2.id = other;
        QVERIFY(t.begin(&off2, Kind::Start, true).allowed());
        t.accept(other);
        Instance on2 = off2;
        on2.state = InstanceState::Running;
        on2.gpuCount = 0;
        t.observe({on2});
        QCOMPARE(last(spy).kind, OK::ReachedFinal);
        QCOMPARE(last(spy).instanceId, other);

        // A start with its GPUs that lists GPUs is just a start.
        const QString third = QStringLiteral("uhost-3");
        Instance off3 = off;
        off3.id = third;
        QVERIFY(t.begin(&off3, Kind::Start).allowed());
        t.accept(third);
        Instance on3 = off3;
        on3.state = InstanceState::Running;
        t.observe({on3});
        QCOMPARE(last(spy).kind, OK::ReachedFinal);
    }

    void rebootEndsOnlyAfterRebootingWasSeen()
    {
        OperationTracker &t = *m_tracker;
        begin(kId, Kind::Reboot, InstanceState::Running);
        t.accept(kId);
        t.observe({listed(kId, InstanceState::Running)});
        QVERIFY(t.isUnderWay(kId));
        t.observe({listed(kId, InstanceState::Rebooting)});
        t.observe({listed(kId, InstanceState::Running)});
        QCOMPARE(t.find(kId)->phase, Phase::Done);
    }

    void aRefusalIsAnAnswerNotALostOne()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy outcomes(&t, &OperationTracker::outcome);
        begin(kId, Kind::Stop, InstanceState::Running);
        t.refuse(kId, ApiError::httpStatus(429, QStringLiteral("StopCompShareInstance")));
        QCOMPARE(compshare::test::outcomeKinds(outcomes), QList<OK>{OK::Refused});
        QCOMPARE(last(outcomes).error.httpStatus(), 429);
        QCOMPARE(last(outcomes).severity(), OperationOutcome::Severity::Error);
        // The action is free again at once, and one re-read is asked for.
        const Instance running = listed(kId, InstanceState::Running);
        QVERIFY(t.verdict(&running, Kind::Stop).allowed());
        QCOMPARE(t.idsToPoll(), QStringList{kId});
        t.observe({running}); // nothing changed, as the answer said
        QVERIFY(t.idsToPoll().isEmpty());
        QCOMPARE(t.find(kId)->phase, Phase::NotApplied);
        QCOMPARE(outcomes.count(), 1);
    }

    void aRefusalTheListContradictsTookEffect()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy outcomes(&t, &OperationTracker::outcome);
        begin(kId, Kind::Stop, InstanceState::Running);
        t.refuse(kId, ApiError::httpStatus(409));
        t.observe({listed(kId, InstanceState::Stopping)});
        QCOMPARE(compshare::test::outcomeKinds(outcomes), (QList<OK>{OK::Refused, OK::TookEffect}));
        QVERIFY(t.isUnderWay(kId));
        t.observe({listed(kId, InstanceState::Stopped)});
        QCOMPARE(compshare::test::outcomeKinds(outcomes).last(), OK::ReachedFinal);
    }

    void afterTheNoChangeBoundTheInstanceIsFollowed()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy outcomes(&t, &OperationTracker::outcome);
        begin(kId, Kind::Stop, InstanceState::Running);
        t.accept(kId);
        m_now = m_now.addSecs(bounds::kNoChangeSecs - 1);
        t.observe({listed(kId, InstanceState::Running)});
        QVERIFY(t.isUnderWay(kId));
        m_now = m_now.addSecs(1);
        t.observe({listed(kId, InstanceState::Running)});
        QCOMPARE(t.find(kId)->phase, Phase::Following);
        QCOMPARE(compshare::test::outcomeKinds(outcomes), QList<OK>{OK::NoChange});
        QCOMPARE(last(outcomes).acceptedAt, QDateTime(QDate(2026, 11, 30), QTime(14, 2), Qt::UTC));
        // The actions are free again, yet the instance is still watched.
        const Instance running = listed(kId, InstanceState::Running);
        QVERIFY(t.verdict(&running, Kind::Stop).allowed());
        QCOMPARE(t.idsToPoll(), QStringList{kId});
        QCOMPARE(t.pace(), OperationTracker::Pace::Follow);
        // The cloud catches up: the "still shows Running" note is withdrawn.
        m_now = m_now.addSecs(60);
        t.observe({listed(kId, InstanceState::Stopping)});
        QCOMPARE(compshare::test::outcomeKinds(outcomes).last(), OK::Withdrawn);
        t.observe({listed(kId, InstanceState::Stopped)});
        QCOMPARE(compshare::test::outcomeKinds(outcomes).last(), OK::ReachedFinal);
        QVERIFY(t.idsToPoll().isEmpty());
    }

    void followingEndsAfterItsBound()
    {
        OperationTracker &t = *m_tracker;
        begin(kId, Kind::Stop, InstanceState::Running);
        t.accept(kId);
        m_now = m_now.addSecs(bounds::kNoChangeSecs);
        t.observe({listed(kId, InstanceState::Running)});
        m_now = m_now.addSecs(bounds::kFollowSecs);
        t.observe({listed(kId, InstanceState::Running)});
        QCOMPARE(t.find(kId)->phase, Phase::Ended);
        QVERIFY(t.idsToPoll().isEmpty());
    }

    void lostAnswerIsDecidedByTheList()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy outcomes(&t, &OperationTracker::outcome);
        const ApiError lost = ApiError::timeout(15000);
        begin(kId, Kind::Stop, InstanceState::Running);
        t.answerUnknown(kId, lost);
        QCOMPARE(compshare::test::outcomeKinds(outcomes), QList<OK>{OK::AnswerLost});
        const Instance running = listed(kId, InstanceState::Running);
        QCOMPARE(t.verdict(&running, Kind::Stop).blocker, B::CheckingLost);
        const Instance stopping = listed(kId, InstanceState::Stopping);
        t.answerLost(kId, lost, &stopping);
        QCOMPARE(compshare::test::outcomeKinds(outcomes).last(), OK::TookEffect);

        // The re-read still shows Running: it did not take effect, at once.
        // The action is free again; the instance is still followed.
        const QString b = QStringLiteral("b");
        begin(b, Kind::Stop, InstanceState::Running);
        const Instance bRunning = listed(b, InstanceState::Running);
        t.answerLost(b, lost, &bRunning);
        QCOMPARE(compshare::test::outcomeKinds(outcomes).last(), OK::DidNotTakeEffect);
        QCOMPARE(t.find(b)->phase, Phase::Following);
        QVERIFY(t.verdict(&bRunning, Kind::Stop).allowed());
        QVERIFY(t.idsToPoll().contains(b));
        // ... and when the list shows it later after all, it took effect.
        t.observe({listed(b, InstanceState::Stopping)});
        QCOMPARE(compshare::test::outcomeKinds(outcomes).last(), OK::TookEffect);

        const QString c = QStringLiteral("c");
        begin(c, Kind::Stop, InstanceState::Running);
        t.answerLost(c, lost, nullptr);
        m_now = m_now.addSecs(bounds::kNoChangeSecs);
        t.observe({}); // the list could not show it at all
        QCOMPARE(compshare::test::outcomeKinds(outcomes).last(), OK::Unknown);
    }

    void lostAnswerThatTheRereadShowsStoppedTookEffect()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy outcomes(&t, &OperationTracker::outcome);
        begin(kId, Kind::Stop, InstanceState::Running);
        const Instance stopped = listed(kId, InstanceState::Stopped);
        t.answerLost(kId, ApiError::network(QStringLiteral("closed")), &stopped);
        QCOMPARE(compshare::test::outcomeKinds(outcomes),
                 (QList<OK>{OK::AnswerLost, OK::TookEffect}));
        QCOMPARE(t.find(kId)->phase, Phase::Done);
    }

    void releaseIsForStoppedInstancesAndEndsWhenTheListNoLongerHasIt()
    {
        OperationTracker &t = *m_tracker;
        const Instance running = listed(kId, InstanceState::Running);
        const Instance stopped = listed(kId, InstanceState::Stopped);
        QCOMPARE(t.verdict(&running, Kind::Release).blocker, B::WrongState);
        QVERIFY(t.verdict(&stopped, Kind::Release).allowed());
        QSignalSpy spy(&t, &OperationTracker::outcome);
        QVERIFY(!t.begin(&running, Kind::Release).allowed());
        QCOMPARE(last(spy).kind, OK::NotSent);
        begin(kId, Kind::Release, InstanceState::Stopped);
        // While sending, an absence decides nothing: the answer comes first.
        QVERIFY(t.observeAbsent({kId}).isEmpty());
        t.accept(kId, RecycleBin::Yes);
        QVERIFY(t.idsToPoll().contains(kId));
        QCOMPARE(t.verdict(&stopped, Kind::Start).blocker, B::AwaitingList);
        // Still listed as Stopped (eventual consistency): nothing ends.
        m_now = m_now.addSecs(5);
        t.observe({stopped});
        QVERIFY(t.isUnderWay(kId));
        QCOMPARE(t.releasesAwaitingAbsence(), QStringList{kId});
        const int before = int(spy.count());
        QCOMPARE(t.observeAbsent({kId, QStringLiteral("uhost-other")}), QStringList{kId});
        QCOMPARE(int(spy.count()), before + 1);
        const OperationOutcome o = last(spy);
        QCOMPARE(o.kind, OK::ReachedFinal);
        QCOMPARE(o.operation, Kind::Release);
        QVERIFY(o.gone);
        QCOMPARE(o.recycle, RecycleBin::Yes);
        QVERIFY(!t.find(kId));
        QVERIFY(t.idsToPoll().isEmpty());
    }

    void aReleaseWhoseAnswerWasLostTookEffectWhenTheListLosesIt()
    {
        OperationTracker &t = *m_tracker;
        begin(kId, Kind::Release, InstanceState::Stopped);
        QSignalSpy spy(&t, &OperationTracker::outcome);
        const Instance stopped = listed(kId, InstanceState::Stopped);
        t.answerLost(kId, ApiError::httpStatus(504), &stopped);
        // The re-read still lists it: did not take effect (yet); still followed.
        QCOMPARE(compshare::test::outcomeKinds(spy),
                 (QList<OK>{OK::AnswerLost, OK::DidNotTakeEffect}));
        QCOMPARE(t.observeAbsent({kId}), QStringList{kId});
        QCOMPARE(last(spy).kind, OK::TookEffect);
        QVERIFY(last(spy).gone);
    }

    void stuckIsSaidOnce()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy outcomes(&t, &OperationTracker::outcome);
        begin(kId, Kind::Stop, InstanceState::Running);
        t.accept(kId);
        t.observe({listed(kId, InstanceState::Stopping)});
        QVERIFY(!t.isStuck(kId));
        m_now = m_now.addSecs(bounds::kStuckSecs);
        QVERIFY(t.isStuck(kId));
        QCOMPARE(t.pace(), OperationTracker::Pace::Slow);
        t.observe({listed(kId, InstanceState::Stopping)});
        t.observe({listed(kId, InstanceState::Stopping)});
        QCOMPARE(compshare::test::outcomeKinds(outcomes), QList<OK>{OK::Stuck});
    }

    void ownLockIsNotALockAnotherIs()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy outcomes(&t, &OperationTracker::outcome);
        const ApiError lock = ApiError::api(8000, QStringLiteral("InstanceOperationInProgress"));
        begin(kId, Kind::Stop, InstanceState::Running);
        t.accept(kId);
        m_now = m_now.addSecs(bounds::kNoChangeSecs + 1);
        t.observe({listed(kId, InstanceState::Running)}); // followed, free again
        begin(kId, Kind::Stop, InstanceState::Running);
        t.lockAnswered(kId, lock, InstanceState::Running); // ours
        QCOMPARE(compshare::test::outcomeKinds(outcomes).last(), OK::StillInProgress);
        QVERIFY(!t.isLocked(kId));
        QCOMPARE(t.find(kId)->phase, Phase::Accepted); // watched again

        const QString other = QStringLiteral("other");
        begin(other, Kind::Stop, InstanceState::Running);
        t.lockAnswered(other, lock, InstanceState::Running);
        QCOMPARE(compshare::test::outcomeKinds(outcomes).last(), OK::LockedByOther);
        QVERIFY(t.isLocked(other));
        const Instance otherRunning = listed(other, InstanceState::Running);
        QCOMPARE(t.verdict(&otherRunning, Kind::Stop).blocker, B::LockedByOther);
        t.observe({otherRunning});
        QVERIFY(t.isLocked(other)); // same state, lock time left
        t.observe({listed(other, InstanceState::Stopped)});
        QVERIFY(!t.isLocked(other)); // a new state: the other operation ended

        const QString third = QStringLiteral("third");
        begin(third, Kind::Start, InstanceState::Stopped);
        t.lockAnswered(third, lock, InstanceState::Stopped);
        m_now = m_now.addSecs(bounds::kLockSecs);
        QVERIFY(!t.isLocked(third)); // the lock time ran out
    }

    void outcomesGoOutAfterTheStateIsSettled()
    {
        // A listener that changes the tracker while hearing an outcome must
        // not pull the map out from under observe().
        OperationTracker &t = *m_tracker;
        const QStringList ids = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QList<Instance> stopped;
        for (const QString &id : ids) {
            begin(id, Kind::Stop, InstanceState::Running);
            t.accept(id);
            stopped << listed(id, InstanceState::Stopped);
        }
        QStringList heard;
        connect(&t, &OperationTracker::outcome, this, [&](const OperationOutcome &o) {
            heard << o.instanceId;
            t.clear();
        });
        t.observe(stopped);
        heard.sort();
        QCOMPARE(heard, ids);
    }
};

QTEST_GUILESS_MAIN(TestOperationTracker)
#include "tst_operationtracker.moc"
