// SPDX-License-Identifier: MIT
// Load: 10,000 instances, 50 of them transitioning at once. Polling asks for
// just those 50, with one DescribeCompShareInstance per region per tick,
// never one per instance. (The GUI-thread stall at this size is measured by
// the benchmark, see docs/BENCHMARKS.md.)
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "support/SimulatorFixture.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"

#include <QJsonArray>
#include <QtTest>

using namespace compshare;
using compshare::test::SimulatorFixture;

class TestPollingLoad final : public QObject
{
    Q_OBJECT

private slots:
    void fiftyTransitionsOfTenThousandPollOneRequestPerRegion()
    {
        QJsonObject scenario = sim::Simulator::generatedScenario(10000, {}, 11);
        QJsonArray list = scenario.value(QStringLiteral("instances")).toArray();
        QSet<QString> transitioning;
        for (int k = 0; k < list.size(); ++k) {
            QJsonObject o = list.at(k).toObject();
            // Every 200th instance is Stopping: 50 spread over the 3 regions.
            const bool moving = k % 200 == 0;
            o.insert(QStringLiteral("State"),
                     moving ? QStringLiteral("Stopping")
                            : (k % 3 ? QStringLiteral("Running") : QStringLiteral("Stopped")));
            if (moving)
                transitioning.insert(o.value(QStringLiteral("UHostId")).toString());
            list[k] = o;
        }
        scenario.insert(QStringLiteral("instances"), list);
        QCOMPARE(transitioning.size(), 50);

        SimulatorFixture f(scenario);
        f.sim().clock().setManual(true); // they stay Stopping while we watch
        ConsoleSession &session = f.session();
        session.scheduler()->setAutoRefreshIntervalMs(3600 * 1000);
        session.scheduler()->setPollIntervalMs(50);
        QTRY_COMPARE_WITH_TIMEOUT(session.model()->rowCount(), 10000, 30000);
        QTRY_VERIFY(!session.scheduler()->isBusy());

        f.sim().clearJournal();
        int ticks = 0;
        QList<int> requestsPerTick;
        connect(session.scheduler(), &RefreshScheduler::refreshSucceeded, this,
                [&](const ListResult &r, bool full) {
                    if (full)
                        return;
                    ++ticks;
                    requestsPerTick.append(r.requests);
                    QCOMPARE(r.instances.size(), 50);
                });
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 20, 20000);
        session.scheduler()->stop();
        QTest::qWait(100);

        const auto describes = f.entries(QStringLiteral("DescribeCompShareInstance"));
        QSet<QString> asked;
        for (const sim::JournalEntry &e : describes) {
            QVERIFY(e.params.contains(QStringLiteral("Region"))); // a poll, not a full list
            for (auto it = e.params.begin(); it != e.params.end(); ++it) {
                if (it.key().startsWith(QLatin1String("UHostIds.")))
                    asked.insert(it.value());
            }
        }
        QCOMPARE(asked, transitioning);
        for (int n : requestsPerTick)
            QCOMPARE(n, 3); // one per region
        // Every request belongs to a tick (the last may have been in flight).
        QVERIFY(describes.size() >= 3 * ticks && describes.size() <= 3 * (ticks + 1));
        qInfo("10000 instances, 50 Stopping: %d ticks, %d Describe requests (%.2f per tick)", ticks,
              int(describes.size()), double(describes.size()) / ticks);
    }
};

QTEST_MAIN(TestPollingLoad)
#include "tst_pollingload.moc"
