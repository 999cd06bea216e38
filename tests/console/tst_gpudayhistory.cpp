// SPDX-License-Identifier: MIT
// The selected instance's 24 hours from GetCompShareInstanceMonitor against
// the simulator: the signed call and its parameters, the answer turned into
// a chart series, the quiet fallback to stored samples on RetCode 210/230
// (asked once per session), and at most 10 queries at once.
#include "session/ConsoleSession.h"
#include "state/GpuHistory.h"
#include "support/MemoryGpuSampleArchive.h"
#include "support/SimulatorFixture.h"
#include "work/GpuDayHistory.h"

#include <QSignalSpy>
#include <QtTest>

using namespace compshare;

namespace {
const QString kMonitor = QStringLiteral("GetCompShareInstanceMonitor");

QList<QStringList> running(int n)
{
    QList<QStringList> list;
    for (int i = 0; i < n; ++i)
        list << QStringList{QStringLiteral("uhost-m%1").arg(i, 2, 10, QLatin1Char('0')),
                            QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
                            QStringLiteral("Postpay")};
    return list;
}

InstanceRef ref(int n)
{
    return {QStringLiteral("uhost-m%1").arg(n, 2, 10, QLatin1Char('0')), QStringLiteral("cn-wlcb"),
            QStringLiteral("cn-wlcb-01")};
}
} // namespace

class TestGpuDayHistory final : public QObject
{
    Q_OBJECT

private slots:
    void answeredFillsTheSeriesFromCompShare()
    {
        test::SimulatorFixture fixture(test::smallScenario(running(1)));
        fixture.sim().setGpuUseVaries(true);
        GpuHistory local;
        GpuDayHistory day(fixture.session().client(), &local);
        QSignalSpy changed(&day, &GpuDayHistory::seriesChanged);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        day.request(ref(0));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), ref(0).id);

        const QList<sim::JournalEntry> sent = fixture.sim().journal(kMonitor);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().verdict, QStringLiteral("ok")); // signed like every call
        QCOMPARE(sent.first().params.value(QStringLiteral("UHostIds.0")), ref(0).id);
        QCOMPARE(sent.first().params.value(QStringLiteral("Region")), QStringLiteral("cn-wlcb"));
        const qint64 start = sent.first().params.value(QStringLiteral("StartTime")).toLongLong();
        const qint64 end = sent.first().params.value(QStringLiteral("EndTime")).toLongLong();
        QVERIFY(end >= before.toSecsSinceEpoch());
        QVERIFY(qAbs(end - start - 24 * 3600) <= 60);

        const GpuSeries s = day.series(ref(0).id);
        QCOMPARE(s.source, GpuSeries::Source::CompShare);
        QCOMPARE(s.minutes, GpuHistory::kChartMinutes);
        QCOMPARE(s.gpuCount(), 1);
        QVERIFY(s.hasData());
        // The simulator's quiet stretch (8 h to 6.5 h ago) stays a gap.
        const int quiet = s.minutes - 7 * 60;
        QCOMPARE(s.usage.at(0).at(quiet), -1.0);
        QVERIFY(s.usage.at(0).at(s.minutes - 60) >= 0);
        QVERIFY(!day.refusedThisSession());

        // A fresh answer is not asked again.
        day.request(ref(0));
        QTest::qWait(50);
        QCOMPARE(fixture.sim().requestCount(kMonitor), 1);
    }

    void refusal230FallsBackQuietlyOncePerSession_data()
    {
        QTest::addColumn<int>("retCode");
        QTest::newRow("230") << 230;
        QTest::newRow("210") << 210;
    }
    void refusal230FallsBackQuietlyOncePerSession()
    {
        QFETCH(int, retCode);
        test::SimulatorFixture fixture(test::smallScenario(running(3)));
        fixture.sim().setMonitorRefusal(retCode);
        test::MemoryGpuSampleArchive archive;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        archive.append({{ref(0).id, now.addSecs(-3600), 0, 42, 60}});
        GpuHistory local;
        local.setArchive(&archive);
        GpuDayHistory day(fixture.session().client(), &local);
        QSignalSpy changed(&day, &GpuDayHistory::seriesChanged);
        day.request(ref(0));
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(day.refusedThisSession());
        const GpuSeries s = day.series(ref(0).id);
        QCOMPARE(s.source, GpuSeries::Source::ThisComputer);
        QCOMPARE(s.highestUsage(), 42.0);
        // Never asked again this session, for this instance or another.
        day.request(ref(1));
        day.request(ref(2));
        day.request(ref(0));
        QTest::qWait(100);
        QCOMPARE(fixture.sim().requestCount(kMonitor), 1);
        QCOMPARE(day.series(ref(1).id).source, GpuSeries::Source::ThisComputer);
        local.setArchive(nullptr);
    }

    void anotherFailureFallsBackButIsNotFinal()
    {
        test::SimulatorFixture fixture(test::smallScenario(running(1)));
        QVERIFY(
            fixture.sim().addFault(QStringLiteral("GetCompShareInstanceMonitor:retcode:1:8000:1")));
        GpuHistory local;
        GpuDayHistory day(fixture.session().client(), &local);
        QDateTime now = QDateTime::currentDateTimeUtc();
        day.setClock([&now] { return now; });
        QSignalSpy changed(&day, &GpuDayHistory::seriesChanged);
        day.request(ref(0));
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(!day.refusedThisSession());
        QCOMPARE(day.series(ref(0).id).source, GpuSeries::Source::ThisComputer);
        day.request(ref(0)); // not at once
        QTest::qWait(50);
        QCOMPARE(fixture.sim().requestCount(kMonitor), 1);
        now = now.addSecs(GpuDayHistory::kFreshSecs + 1); // a while later it is asked again
        day.request(ref(0));
        QTRY_COMPARE(changed.count(), 2);
        QCOMPARE(fixture.sim().requestCount(kMonitor), 2);
        QCOMPARE(day.series(ref(0).id).source, GpuSeries::Source::CompShare);
    }

    void atMostTenQueriesAtOnce()
    {
        test::SimulatorFixture fixture(test::smallScenario(running(15)));
        QVERIFY(
            fixture.sim().addFault(QStringLiteral("GetCompShareInstanceMonitor:latency:1:300")));
        GpuHistory local;
        GpuDayHistory day(fixture.session().client(), &local);
        QSignalSpy changed(&day, &GpuDayHistory::seriesChanged);
        int highest = 0;
        connect(&day, &GpuDayHistory::seriesChanged, this,
                [&] { highest = qMax(highest, day.inFlight()); });
        for (int n = 0; n < 15; ++n)
            day.request(ref(n));
        QCOMPARE(day.inFlight(), GpuDayHistory::kMaxInFlight);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 15, 10000);
        QCOMPARE(fixture.sim().requestCount(kMonitor), 15);
        QVERIFY(highest <= GpuDayHistory::kMaxInFlight);
        QCOMPARE(day.inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGpuDayHistory)
#include "tst_gpudayhistory.moc"
