// SPDX-License-Identifier: MIT
// What the operation owner says holds now (OperationTracker::standing), on
// its own clock and a listing the test holds: every note follows its fact.
// A refusal goes once the list shows another state; "X was not stopped. The
// instance is Stopping" goes once it is Stopped; "still shows Running" goes
// once it does not; an answer that does not say is never a refusal; the
// elapsed time counts from the first send; a stop is a reclaim only when we
// sent nothing.
#include "base/Bounds.h"
#include "state/OperationTracker.h"
#include "support/OutcomeSpy.h"

#include <QtTest>

using namespace compshare;
using Kind = OperationTracker::Kind;
using OK = OperationOutcome::Kind;

namespace {
const QString kId = QStringLiteral("uhost-1");

Instance listed(const QString &id, InstanceState state, ChargeType charge = ChargeType::Postpay)
{
    Instance i;
    i.id = id;
    i.name = QStringLiteral("train-node-0009");
    i.state = state;
    i.chargeType = charge;
    return i;
}
} // namespace

class TestOperationStanding final : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;
    std::unique_ptr<OperationTracker> m_tracker;
    QHash<QString, Instance> m_list; // the listing as the store holds it

    void show(const Instance &i) { m_list.insert(i.id, i); }
    // The kinds of the standing notes for one instance.
    QList<OK> standing(const QString &id = kId) const
    {
        QList<OK> kinds;
        const auto all = m_tracker->standing([this](const QString &k) -> const Instance * {
            const auto it = m_list.constFind(k);
            return it == m_list.constEnd() ? nullptr : &it.value();
        });
        for (const OperationOutcome &o : all) {
            if (o.instanceId == id)
                kinds << o.kind;
        }
        return kinds;
    }
    void begin(const Instance &i, Kind kind = Kind::Stop)
    {
        show(i);
        QVERIFY(m_tracker->begin(&i, kind).allowed());
    }

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 30), QTime(19, 42), Qt::UTC);
        m_list.clear();
        m_tracker = std::make_unique<OperationTracker>();
        m_tracker->setClock([this] { return m_now; });
    }

    void aRefusalGoesWhenTheListShowsAnotherState()
    {
        OperationTracker &t = *m_tracker;
        begin(listed(kId, InstanceState::Running));
        t.refuse(kId, ApiError::httpStatus(429));
        QCOMPARE(standing(), QList<OK>{OK::Refused});
        t.observe({m_list.value(kId)}); // the re-read: nothing changed
        QCOMPARE(standing(), QList<OK>{OK::Refused});
        // Then a retry (or anything else) stops it: no "refused" beside Stopping.
        show(listed(kId, InstanceState::Stopping));
        QVERIFY(standing().isEmpty());
        show(listed(kId, InstanceState::Stopped));
        QVERIFY(standing().isEmpty());
    }

    void notSentBesideStoppingGoesWhenStopped()
    {
        // A Stop confirmed just after a scheduled stop began.
        OperationTracker &t = *m_tracker;
        const Instance stopping = listed(kId, InstanceState::Stopping);
        show(stopping);
        QVERIFY(!t.begin(&stopping, Kind::Stop).allowed());
        QCOMPARE(standing(), QList<OK>{OK::NotSent});
        show(listed(kId, InstanceState::Stopped));
        QVERIFY(standing().isEmpty());
    }

    void anAnswerThatDoesNotSayIsNeverARefusal()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy outcomes(&t, &OperationTracker::outcome);
        begin(listed(kId, InstanceState::Running));
        t.answerUnknown(kId, ApiError::httpStatus(504));
        QCOMPARE(compshare::test::outcomeKinds(outcomes), QList<OK>{OK::AnswerLost});
        QCOMPARE(standing(), QList<OK>{OK::AnswerLost});
        const Instance running = m_list.value(kId);
        QCOMPARE(t.verdict(&running, Kind::Stop).blocker, ActionVerdict::Blocker::CheckingAnswer);
        // Its own re-read is on the wire: no second read of it meanwhile.
        QVERIFY(t.idsToPoll().isEmpty());
        t.answerLost(kId, ApiError::httpStatus(504), &running);
        QCOMPARE(compshare::test::outcomeKinds(outcomes),
                 (QList<OK>{OK::AnswerLost, OK::DidNotTakeEffect}));
        QCOMPARE(standing(), QList<OK>{OK::DidNotTakeEffect});
        QVERIFY(t.verdict(&running, Kind::Stop).allowed()); // after that one re-read
        // The list shows it later after all: the note changes.
        show(listed(kId, InstanceState::Stopping));
        QVERIFY(standing().isEmpty()); // (no "did not take effect" beside Stopping)
        t.observe({m_list.value(kId)});
        QCOMPARE(standing(), QList<OK>{OK::TookEffect});
        show(listed(kId, InstanceState::Stopped));
        t.observe({m_list.value(kId)});
        QVERIFY(standing().isEmpty());
    }

    void stillShowsRunningGoesWithTheFact()
    {
        // Accepted, listed only after 3.5 minutes: "still shows Running"
        // holds only while the list shows Running.
        OperationTracker &t = *m_tracker;
        begin(listed(kId, InstanceState::Running, ChargeType::Spot));
        t.accept(kId);
        m_now = m_now.addSecs(bounds::kNoChangeSecs);
        t.observe({m_list.value(kId)});
        QCOMPARE(standing(), QList<OK>{OK::NoChange});
        show(listed(kId, InstanceState::Stopped, ChargeType::Spot));
        QVERIFY(standing().isEmpty()); // before the owner has even seen the listing
        m_now = m_now.addSecs(30);
        QSignalSpy outcomes(&t, &OperationTracker::outcome);
        t.observeStateChange(m_list.value(kId), listed(kId, InstanceState::Running));
        t.observe({m_list.value(kId)});
        // Our stop ended it, not a reclaim: its final outcome, with its cause.
        QCOMPARE(compshare::test::outcomeKinds(outcomes).last(), OK::ReachedFinal);
        QVERIFY(!compshare::test::outcomeKinds(outcomes).contains(OK::StoppedOutside));
        QCOMPARE(compshare::test::outcomeAt(outcomes, int(outcomes.count()) - 1).cause,
                 StopCause::OurStop);
        m_now = m_now.addSecs(35);
        QVERIFY(standing().isEmpty());
    }

    void aSpotStopIsAReclaimOnlyWhenWeSentNothing()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy outcomes(&t, &OperationTracker::outcome);
        const Instance running = listed(kId, InstanceState::Running, ChargeType::Spot);
        t.observeStateChange(listed(kId, InstanceState::Stopped, ChargeType::Spot), running);
        QCOMPARE(compshare::test::outcomeKinds(outcomes), QList<OK>{OK::StoppedOutside});
        QCOMPARE(compshare::test::outcomeAt(outcomes, 0).cause, StopCause::SpotReclaim);
        // A non-spot instance whose scheduled stop was due: the schedule.
        const QString other = QStringLiteral("uhost-2");
        Instance scheduled = listed(other, InstanceState::Running);
        scheduled.scheduledStop = m_now.addSecs(-5);
        t.observeStateChange(listed(other, InstanceState::Stopping), scheduled);
        t.observeStateChange(listed(other, InstanceState::Stopped),
                             listed(other, InstanceState::Stopping));
        QCOMPARE(compshare::test::outcomeAt(outcomes, 1).cause, StopCause::Schedule);
        // A stop of ours sent (answer unknown): ours, never a reclaim.
        const QString third = QStringLiteral("uhost-3");
        begin(listed(third, InstanceState::Running, ChargeType::Spot));
        t.answerUnknown(third, ApiError::timeout(15000));
        t.observeStateChange(listed(third, InstanceState::Stopped, ChargeType::Spot),
                             listed(third, InstanceState::Running, ChargeType::Spot));
        QCOMPARE(outcomes.count(), 3); // (AnswerLost only)
        QCOMPARE(compshare::test::outcomeKinds(outcomes).last(), OK::AnswerLost);
    }

    void elapsedTimeCountsFromTheFirstSendAndNeverGoesBack()
    {
        OperationTracker &t = *m_tracker;
        const QDateTime sent = m_now;
        begin(listed(kId, InstanceState::Running));
        QCOMPARE(t.startedAt(kId), sent);
        m_now = m_now.addSecs(20); // a timeout, declared lost
        t.answerLost(kId, ApiError::timeout(15000), nullptr);
        QCOMPARE(t.startedAt(kId), sent);
        t.observe({listed(kId, InstanceState::Stopping)});
        QCOMPARE(t.startedAt(kId), sent);
        // A repeat that meets our own lock counts from the first send too.
        const QString b = QStringLiteral("b");
        const QDateTime first = m_now;
        begin(listed(b, InstanceState::Running));
        t.accept(b);
        m_now = m_now.addSecs(bounds::kNoChangeSecs);
        t.observe({listed(b, InstanceState::Running)}); // followed, free again
        m_now = m_now.addSecs(5);
        begin(listed(b, InstanceState::Running));
        t.lockAnswered(b, ApiError::api(8437, QStringLiteral("InstanceOperationInProgress")),
                       InstanceState::Running);
        QCOMPARE(t.startedAt(b), first);
    }

    void noAnswerForTenSecondsIsSaid()
    {
        OperationTracker &t = *m_tracker;
        begin(listed(kId, InstanceState::Running));
        QVERIFY(t.hasTimedNotes());
        m_now = m_now.addSecs(bounds::kMutationSilenceSecs - 1);
        QVERIFY(standing().isEmpty());
        m_now = m_now.addSecs(1);
        QCOMPARE(standing(), QList<OK>{OK::NoAnswerYet});
        t.accept(kId);
        QVERIFY(standing().isEmpty());
    }

    void aLockGoesWhenItRunsOutOrTheStateMoves()
    {
        OperationTracker &t = *m_tracker;
        begin(listed(kId, InstanceState::Running));
        t.lockAnswered(kId, ApiError::api(8437, QStringLiteral("InstanceOperationInProgress")),
                       InstanceState::Running);
        QCOMPARE(standing(), QList<OK>{OK::LockedByOther});
        show(listed(kId, InstanceState::Stopping));
        QVERIFY(standing().isEmpty());
        show(listed(kId, InstanceState::Running));
        QCOMPARE(standing(), QList<OK>{OK::LockedByOther});
        m_now = m_now.addSecs(bounds::kLockSecs);
        QVERIFY(standing().isEmpty());
    }

    void aNoteNamesTheAttemptItIsAbout()
    {
        // A new attempt is a new fact: its notes carry another serial.
        OperationTracker &t = *m_tracker;
        begin(listed(kId, InstanceState::Running));
        t.refuse(kId, ApiError::httpStatus(429));
        const auto look = [this](const QString &k) -> const Instance * {
            return m_list.contains(k) ? &*m_list.constFind(k) : nullptr;
        };
        const quint64 first = t.standing(look).value(0).serial;
        t.observe({m_list.value(kId)});
        begin(listed(kId, InstanceState::Running));
        t.refuse(kId, ApiError::httpStatus(429));
        QVERIFY(t.standing(look).value(0).serial != first);
    }
};

QTEST_GUILESS_MAIN(TestOperationStanding)
#include "tst_operationstanding.moc"
