// SPDX-License-Identifier: MIT
// RefreshScheduler against the simulator over real HTTP: full list,
// in-place refresh, batched polling per region, failures keep the list.
#include "base/Bounds.h"
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "support/SimulatorFixture.h"
#include "work/PriceQuoteBook.h"
#include "work/RefreshScheduler.h"
#include "work/StopController.h"

#include <QtTest>

using namespace compshare;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {
QList<QStringList> threeRegions()
{
    return {{QStringLiteral("uhost-w1"), QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
             QStringLiteral("Postpay")},
            {QStringLiteral("uhost-w2"), QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
             QStringLiteral("Postpay")},
            {QStringLiteral("uhost-s1"), QStringLiteral("cn-sh2"), QStringLiteral("Running"),
             QStringLiteral("Postpay")},
            {QStringLiteral("uhost-h1"), QStringLiteral("hk"), QStringLiteral("Running"),
             QStringLiteral("Spot")},
            {QStringLiteral("uhost-h2"), QStringLiteral("hk"), QStringLiteral("Stopped"),
             QStringLiteral("Postpay")}};
}
} // namespace

class TestRefreshScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void showsTheWholeMultiRegionAccount()
    {
        SimulatorFixture f;
        InstanceTableModel *model = f.session().model();
        QTRY_COMPARE(model->rowCount(), int(f.sim().instances().size()));
        QSet<QString> regions;
        for (const Instance &i : model->instances())
            regions.insert(i.region);
        QCOMPARE(regions.size(), 3);
        QCOMPARE(f.entries(QStringLiteral("DescribeCompShareInstance"))
                     .first()
                     .params.contains(QStringLiteral("Region")),
                 false);
    }

    void refreshWithOneChangedRowKeepsTheRest()
    {
        SimulatorFixture f(smallScenario(threeRegions()));
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 5);
        // The price action's answers repaint money cells: let them all come first.
        QTRY_VERIFY(s.priceQuotes()->queued() == 0 && s.priceQuotes()->inFlight() == 0);
        QSignalSpy changed(s.model(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(s.model(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(s.model(), &QAbstractItemModel::modelReset);
        f.sim().setInstanceField(QStringLiteral("uhost-s1"), QStringLiteral("Name"),
                                 QStringLiteral("renamed"));
        QSignalSpy done(s.scheduler(), &RefreshScheduler::refreshSucceeded);
        s.scheduler()->refreshNow();
        QVERIFY(done.wait(5000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        const int row = s.model()->rowOf(QStringLiteral("uhost-s1"));
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(s.model()->instanceAt(row).name, QStringLiteral("renamed"));
    }

    void pollsTransitionsWithOneRequestPerRegion()
    {
        SimulatorFixture f(smallScenario(threeRegions()));
        f.sim().clock().setManual(true);
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 5);
        StopController *stop = s.stopController();
        stop->stop({{QStringLiteral("uhost-w1"), {}, ForceStop::No},
                    {QStringLiteral("uhost-w2"), {}, ForceStop::No},
                    {QStringLiteral("uhost-s1"), {}, ForceStop::No},
                    {QStringLiteral("uhost-h1"), {}, ForceStop::UserConfirmed}});
        QTRY_COMPARE(s.model()->instance(QStringLiteral("uhost-w1"))->state,
                     InstanceState::Stopping);
        QTRY_COMPARE(s.model()->instance(QStringLiteral("uhost-h1"))->state,
                     InstanceState::Stopping);
        f.sim().clearJournal();
        f.sim().clock().advance(60 * 1000);
        QTRY_COMPARE(s.model()->instance(QStringLiteral("uhost-w1"))->state,
                     InstanceState::Stopped);
        QTRY_COMPARE(s.model()->instance(QStringLiteral("uhost-s1"))->state,
                     InstanceState::Stopped);
        QTRY_COMPARE(s.model()->instance(QStringLiteral("uhost-h1"))->state,
                     InstanceState::Stopped);
        // Every poll names instances of one region only, and a tick never asks
        // a region twice: 3 regions -> at most 3 requests per tick.
        const auto polls = f.entries(QStringLiteral("DescribeCompShareInstance"));
        QVERIFY(!polls.isEmpty());
        QMap<QString, int> perRegion;
        for (const auto &e : polls) {
            if (!e.params.contains(QStringLiteral("UHostIds.0")))
                continue; // a full refresh
            const QString region = e.params.value(QStringLiteral("Region"));
            QVERIFY(!region.isEmpty());
            for (auto it = e.params.cbegin(); it != e.params.cend(); ++it) {
                if (it.key().startsWith(QLatin1String("UHostIds.")))
                    QVERIFY2(it.value().startsWith(
                                 region == QLatin1String("cn-wlcb")  ? QStringLiteral("uhost-w")
                                 : region == QLatin1String("cn-sh2") ? QStringLiteral("uhost-s")
                                                                     : QStringLiteral("uhost-h")),
                             qPrintable(it.value()));
            }
            ++perRegion[region];
        }
        // The two cn-wlcb instances were polled together, never one by one.
        for (const auto &e : polls) {
            if (e.params.value(QStringLiteral("Region")) == QLatin1String("cn-wlcb") &&
                e.params.contains(QStringLiteral("UHostIds.0")))
                QVERIFY(e.params.contains(QStringLiteral("UHostIds.1")));
        }
        QVERIFY(perRegion.size() <= 3);
    }

    void serviceUnavailableKeepsTheLastGoodList()
    {
        SimulatorFixture f(smallScenario(threeRegions()));
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 5);
        const QList<Instance> before = s.model()->instances();
        sim::FaultRule fault;
        fault.action = QStringLiteral("DescribeCompShareInstance");
        fault.type = sim::FaultRule::Type::HttpStatus;
        fault.httpStatus = 503;
        f.sim().addFault(fault);
        QSignalSpy failed(s.scheduler(), &RefreshScheduler::refreshFailed);
        QSignalSpy removed(s.model(), &QAbstractItemModel::rowsRemoved);
        s.scheduler()->refreshNow();
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().at(0).value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::HttpStatus);
        QCOMPARE(error.httpStatus(), 503);
        QCOMPARE(s.model()->instances(), before);
        QCOMPARE(removed.count(), 0);
        // Once the service is back, the retry with backoff brings the list back in sync.
        f.sim().clearFaults();
        f.sim().removeInstance(QStringLiteral("uhost-h2"));
        QTRY_COMPARE_WITH_TIMEOUT(s.model()->rowCount(), 4, 10000);
        QVERIFY(!s.scheduler()->lastAttemptFailed());
    }

    void reclaimedSpotInstanceIsNoticed()
    {
        SimulatorFixture f(smallScenario(threeRegions()));
        ConsoleSession &s = f.session();
        s.scheduler()->setAutoRefreshIntervalMs(1000);
        QTRY_COMPARE(s.model()->rowCount(), 5);
        QSignalSpy changed(s.scheduler(), &RefreshScheduler::instanceStateChanged);
        QVERIFY(f.sim().reclaimSpot(QStringLiteral("uhost-h1")));
        QTRY_COMPARE_WITH_TIMEOUT(s.model()->instance(QStringLiteral("uhost-h1"))->state,
                                  InstanceState::Stopped, 5000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<Instance>().id, QStringLiteral("uhost-h1"));
        QCOMPARE(changed.first().at(2).toBool(), false); // not our operation
    }

    void pausedSchedulerSkipsAutoRefresh()
    {
        SimulatorFixture f(smallScenario(threeRegions()));
        ConsoleSession &s = f.session();
        s.scheduler()->setAutoRefreshIntervalMs(1000);
        QTRY_COMPARE(s.model()->rowCount(), 5);
        QTRY_VERIFY(!s.scheduler()->isBusy());      // the first list's answer is in
        QVERIFY(s.scheduler()->nextDelayMs() >= 0); // the next refresh is due ...
        s.scheduler()->setPaused(true);
        // ... and once paused, with nothing transitional, none is planned:
        // no timer runs that could send one.
        QVERIFY(s.scheduler()->isRunning());
        QCOMPARE(s.scheduler()->nextDelayMs(), -1);
        f.sim().clearJournal();
        s.scheduler()->setPaused(false);
        QVERIFY(s.scheduler()->nextDelayMs() >= 0);
        QTRY_VERIFY(f.count(QStringLiteral("DescribeCompShareInstance")) > 0);
    }

    void stuckTransitionIsFlaggedOnceAndPolledSlower()
    {
        SimulatorFixture f(smallScenario(threeRegions()));
        f.sim().clock().setManual(true); // Stopping never ends
        ConsoleSession &s = f.session();
        QDateTime now = QDateTime::currentDateTimeUtc();
        s.operations()->setClock([&now] { return now; });
        QTRY_COMPARE(s.model()->rowCount(), 5);
        QSignalSpy outcomes(s.operations(), &OperationTracker::outcome);
        const QString id = QStringLiteral("uhost-s1");
        s.stopController()->stop({{id, {}, ForceStop::No}});
        QTRY_COMPARE(s.model()->instance(id)->state, InstanceState::Stopping);
        QCOMPARE(s.operations()->pace(), OperationTracker::Pace::Quick);
        now = now.addSecs(bounds::kStuckSecs);
        QTRY_COMPARE(outcomes.count(), 1);
        QCOMPARE(outcomes.first().first().value<OperationOutcome>().kind,
                 OperationOutcome::Kind::Stuck);
        QCOMPARE(outcomes.first().first().value<OperationOutcome>().instanceId, id);
        QCOMPARE(s.operations()->pace(), OperationTracker::Pace::Slow);
        QVERIFY(s.model()
                    ->index(s.model()->rowOf(id), InstanceTableModel::StateColumn)
                    .data(InstanceTableModel::StuckRole)
                    .toBool());
        // Slower, but it does not stop: polls go on, and it is said only once.
        const int polls = f.count(QStringLiteral("DescribeCompShareInstance"));
        QTRY_VERIFY(f.count(QStringLiteral("DescribeCompShareInstance")) >= polls + 2);
        QCOMPARE(outcomes.count(), 1);
    }

    void pausedSchedulerStillPollsTransitions()
    {
        SimulatorFixture f(smallScenario(threeRegions()));
        f.sim().clock().setManual(true);
        ConsoleSession &s = f.session();
        QTRY_COMPARE(s.model()->rowCount(), 5);
        s.scheduler()->setPaused(true);
        s.stopController()->stop({{QStringLiteral("uhost-s1"), {}, ForceStop::No}});
        QTRY_COMPARE(s.model()->instance(QStringLiteral("uhost-s1"))->state,
                     InstanceState::Stopping);
        f.sim().clock().advance(60 * 1000);
        QTRY_COMPARE(s.model()->instance(QStringLiteral("uhost-s1"))->state,
                     InstanceState::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
