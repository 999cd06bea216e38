// SPDX-License-Identifier: MIT
// OperationTracker on its own clock: the phases of an operation, what it
// blocks, when it ends, and whose lock a lock answer is.
#include "stop/OperationTracker.h"

#include <QtTest>

using namespace compshare;
using Kind = OperationTracker::Kind;
using Phase = OperationTracker::Phase;
using Conclusion = OperationTracker::Conclusion;

namespace {
Instance listed(const QString &id, InstanceState state)
{
    Instance i;
    i.id = id;
    i.state = state;
    return i;
}
const QString kId = QStringLiteral("uhost-1");
} // namespace

class TestOperationTracker final : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;
    std::unique_ptr<OperationTracker> m_tracker;

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 30), QTime(14, 2), Qt::UTC);
        m_tracker = std::make_unique<OperationTracker>();
        m_tracker->setClock([this] { return m_now; });
    }

    void stopRunsThroughItsPhases()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy concluded(&t, &OperationTracker::concluded);
        QVERIFY(t.begin(kId, Kind::Stop, InstanceState::Running));
        QCOMPARE(t.find(kId)->phase, Phase::Sending);
        QVERIFY(!t.begin(kId, Kind::Stop, InstanceState::Running)); // no second one
        QVERIFY(!t.blockingReason(kId).isEmpty());
        t.accept(kId);
        QCOMPARE(t.pendingText(kId), QStringLiteral("Stop requested"));
        QCOMPARE(t.idsToPoll(), QStringList{kId});
        m_now = m_now.addSecs(10);
        t.observe({listed(kId, InstanceState::Running)}); // the list lags
        QCOMPARE(t.find(kId)->phase, Phase::Accepted);
        t.observe({listed(kId, InstanceState::Stopping)});
        QCOMPARE(t.find(kId)->phase, Phase::Transitioning);
        QVERIFY(t.pendingText(kId).isEmpty());
        t.observe({listed(kId, InstanceState::Stopped)});
        QCOMPARE(t.find(kId)->phase, Phase::Done);
        QVERIFY(t.blockingReason(kId).isEmpty());
        QVERIFY(t.idsToPoll().isEmpty());
        QCOMPARE(concluded.count(), 1);
        QCOMPARE(concluded.first().at(2).value<Conclusion>(), Conclusion::ReachedFinal);
    }

    void startSurvivesAFirstPollThatStillSaysStopped()
    {
        OperationTracker &t = *m_tracker;
        t.begin(kId, Kind::Start, InstanceState::Stopped);
        t.accept(kId);
        t.observe({listed(kId, InstanceState::Stopped)});
        t.observe({listed(kId, InstanceState::Stopped)});
        QVERIFY(t.isUnderWay(kId));
        QCOMPARE(t.idsToPoll(), QStringList{kId});
        t.observe({listed(kId, InstanceState::Running)});
        QCOMPARE(t.find(kId)->phase, Phase::Done);
    }

    void rebootEndsOnlyAfterRebootingWasSeen()
    {
        OperationTracker &t = *m_tracker;
        t.begin(kId, Kind::Reboot, InstanceState::Running);
        t.accept(kId);
        t.observe({listed(kId, InstanceState::Running)});
        QVERIFY(t.isUnderWay(kId));
        t.observe({listed(kId, InstanceState::Rebooting)});
        t.observe({listed(kId, InstanceState::Running)});
        QCOMPARE(t.find(kId)->phase, Phase::Done);
    }

    void noChangeAfterThreeMinutesTimesOutAndFreesTheRow()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy concluded(&t, &OperationTracker::concluded);
        t.begin(kId, Kind::Stop, InstanceState::Running);
        t.accept(kId);
        m_now = m_now.addSecs(179);
        t.observe({listed(kId, InstanceState::Running)});
        QVERIFY(t.isUnderWay(kId));
        m_now = m_now.addSecs(1);
        t.observe({listed(kId, InstanceState::Running)});
        QCOMPARE(t.find(kId)->phase, Phase::TimedOut);
        QVERIFY(t.blockingReason(kId).isEmpty());
        QCOMPARE(concluded.count(), 1);
        QCOMPARE(concluded.first().at(2).value<Conclusion>(), Conclusion::NoChange);
        QCOMPARE(concluded.first().at(3).toDateTime(),
                 QDateTime(QDate(2026, 11, 30), QTime(14, 2), Qt::UTC));
    }

    void lostAnswerIsDecidedByTheList()
    {
        OperationTracker &t = *m_tracker;
        QSignalSpy concluded(&t, &OperationTracker::concluded);
        t.begin(kId, Kind::Stop, InstanceState::Running);
        t.accept(kId, true);
        t.observe({listed(kId, InstanceState::Running)});
        QCOMPARE(concluded.count(), 0);
        t.observe({listed(kId, InstanceState::Stopping)});
        QCOMPARE(concluded.count(), 1);
        QCOMPARE(concluded.first().at(2).value<Conclusion>(), Conclusion::TookEffect);

        t.begin(QStringLiteral("b"), Kind::Stop, InstanceState::Running);
        t.accept(QStringLiteral("b"), true);
        m_now = m_now.addSecs(180);
        t.observe({listed(QStringLiteral("b"), InstanceState::Running)});
        QCOMPARE(concluded.last().at(2).value<Conclusion>(), Conclusion::DidNotTakeEffect);

        t.begin(QStringLiteral("c"), Kind::Stop, InstanceState::Running);
        t.accept(QStringLiteral("c"), true);
        m_now = m_now.addSecs(180);
        t.observe({}); // the list could not show it at all
        QCOMPARE(concluded.last().at(2).value<Conclusion>(), Conclusion::Unknown);
    }

    void ownLockIsNotALockAnotherIs()
    {
        OperationTracker &t = *m_tracker;
        t.begin(kId, Kind::Stop, InstanceState::Running);
        t.accept(kId);
        m_now = m_now.addSecs(181);
        t.observe({listed(kId, InstanceState::Running)}); // timed out
        QVERIFY(t.begin(kId, Kind::Stop, InstanceState::Running));
        QVERIFY(t.lockAnswered(kId, InstanceState::Running)); // ours
        QVERIFY(!t.isLocked(kId));
        QCOMPARE(t.find(kId)->phase, Phase::Accepted); // watched again

        const QString other = QStringLiteral("other");
        QVERIFY(t.begin(other, Kind::Stop, InstanceState::Running));
        QVERIFY(!t.lockAnswered(other, InstanceState::Running));
        QVERIFY(t.isLocked(other));
        QVERIFY(!t.begin(other, Kind::Stop, InstanceState::Running));
        t.observe({listed(other, InstanceState::Running)});
        QVERIFY(t.isLocked(other)); // same state, lock time left
        t.observe({listed(other, InstanceState::Stopped)});
        QVERIFY(!t.isLocked(other)); // a new state: the other operation ended

        QVERIFY(t.begin(QStringLiteral("third"), Kind::Start, InstanceState::Stopped));
        QVERIFY(!t.lockAnswered(QStringLiteral("third"), InstanceState::Stopped));
        m_now = m_now.addSecs(600);
        QVERIFY(!t.isLocked(QStringLiteral("third"))); // the lock time ran out
    }
};

QTEST_GUILESS_MAIN(TestOperationTracker)
#include "tst_operationtracker.moc"
