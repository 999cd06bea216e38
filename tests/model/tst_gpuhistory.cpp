// SPDX-License-Identifier: MIT
// GPU history at one-minute resolution over an in-memory archive, with an
// injectable clock: how listings merge into a minute, gaps kept as gaps,
// the bounds, and idle time carried across a restart.
#include "state/GpuHistory.h"
#include "state/GpuIdleTracker.h"
#include "support/MemoryGpuSampleArchive.h"
#include "support/TestInstances.h"

#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace compshare;

namespace {

const QString kA = QStringLiteral("uhost-a");
const QString kB = QStringLiteral("uhost-b");

Instance withGpus(const QString &id, QList<double> rates, double memory = 10)
{
    Instance i = test::makeInstance(id, id, ChargeType::Postpay);
    i.monitor.present = true;
    int n = 0;
    for (double r : rates)
        i.monitor.gpus.append({QString::number(n++), r, memory});
    return i;
}

Instance noData(const QString &id)
{
    return test::makeInstance(id, id, ChargeType::Postpay); // Running, no MonitorMessages
}

} // namespace

class TestGpuHistory final : public QObject
{
    Q_OBJECT

    // On a whole minute, so "30 s later" stays in the same minute.
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1800000000 - 1800000000 % 60, QTimeZone::utc());
    void advanceSecs(int secs) { m_now = m_now.addSecs(secs); }
    void advance(int minutes) { advanceSecs(minutes * 60); }
    std::unique_ptr<GpuHistory> makeHistory(test::MemoryGpuSampleArchive *archive)
    {
        auto h = std::make_unique<GpuHistory>();
        h->setClock([this] { return m_now; });
        h->setArchive(archive);
        return h;
    }
    std::unique_ptr<GpuIdleTracker> makeTracker()
    {
        auto t = std::make_unique<GpuIdleTracker>();
        t->setClock([this] { return m_now; });
        return t;
    }

private slots:
    void init()
    {
        m_now = QDateTime::fromSecsSinceEpoch(1800000000 - 1800000000 % 60, QTimeZone::utc());
    }

    void listingsWithinAMinuteMergeToTheHighest()
    {
        test::MemoryGpuSampleArchive archive;
        auto h = makeHistory(&archive);
        const QDateTime first = m_now.addSecs(5);
        advanceSecs(5);
        h->observe({withGpus(kA, {10, 80}, 20)}, true);
        advanceSecs(30);
        h->observe({withGpus(kA, {40, 20}, 50)}, true);
        QVERIFY(archive.all().isEmpty()); // the minute is still open
        advanceSecs(30);                  // next minute
        h->observe({withGpus(kA, {0, 0})}, true);
        const QList<GpuSampleRow> rows = archive.rows(kA, first.addDays(-1), m_now.addDays(1));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), (GpuSampleRow{kA, first, 0, 40, 50}));
        QCOMPARE(rows.at(1), (GpuSampleRow{kA, first, 1, 80, 50}));
        // The sparkline holds the closed minute: the average of its GPUs.
        const QList<double> spark = h->sparkline(kA);
        QCOMPARE(spark.size(), GpuHistory::kSparklineMinutes);
        QCOMPARE(spark.last(), 60.0);
        QCOMPARE(spark.at(spark.size() - 2), -1.0);
    }

    void noDataInAMinuteIsAGapNeverZero()
    {
        test::MemoryGpuSampleArchive archive;
        auto h = makeHistory(&archive);
        h->observe({withGpus(kA, {50})}, true);
        advanceSecs(30);
        h->observe({noData(kA)}, true); // same minute: the whole minute is a gap
        advance(1);
        Instance stopped = withGpus(kA, {70});
        stopped.state = InstanceState::Stopped;
        h->observe({stopped}, true); // not running: no data either
        advance(1);
        h->observe({withGpus(kA, {30})}, true);
        advance(1);
        h->observe({withGpus(kA, {30})}, true);
        const QList<double> spark = h->sparkline(kA);
        QCOMPARE(spark.mid(spark.size() - 3), (QList<double>{-1, -1, 30}));
        const QList<GpuSampleRow> rows = archive.all();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).gpuIndex, -1);
        QCOMPARE(rows.at(1).gpuIndex, -1);
        const GpuSeries day = h->lastDay(kA);
        QCOMPARE(day.minutes, GpuHistory::kChartMinutes);
        QCOMPARE(day.gpuCount(), 1);
        const QList<double> tail = day.usage.at(0).mid(day.minutes - 4);
        QCOMPARE(tail, (QList<double>{-1, -1, 30, 30})); // the open minute is in the chart
        QCOMPARE(day.highestUsage(), 30.0);
    }

    void oneLateListingIsBridgedAnExplicitGapIsNot()
    {
        test::MemoryGpuSampleArchive archive;
        auto h = makeHistory(&archive);
        h->observe({withGpus(kA, {20})}, true);
        advance(2); // one minute without a listing
        h->observe({withGpus(kA, {40})}, true);
        advance(1);
        h->observe({withGpus(kA, {40})}, true);
        const QList<double> spark = h->sparkline(kA);
        QCOMPARE(spark.mid(spark.size() - 3), (QList<double>{20, 30, 40}));
    }

    void memoryStaysWithinTheSparklineAndTheArchiveWithinSevenDays()
    {
        test::MemoryGpuSampleArchive archive;
        auto h = makeHistory(&archive);
        for (int m = 0; m < 8 * 24 * 60; m += 30) {
            h->observe({withGpus(kA, {double(m % 100)})}, true);
            advance(30);
        }
        h->flush();
        QVERIFY(archive.prunes > 1);
        const QDateTime oldest =
            archive.rows(kA, QDateTime::fromSecsSinceEpoch(0), m_now).first().at;
        QVERIFY2(oldest.secsTo(m_now) <= (GpuHistory::kArchiveDays * 24 + 1) * 3600,
                 qPrintable(oldest.toString(Qt::ISODate)));
        QCOMPARE(h->sparkline(kA).size(), GpuHistory::kSparklineMinutes);
    }

    void aFullListForgetsAndWritesTheGone()
    {
        test::MemoryGpuSampleArchive archive;
        auto h = makeHistory(&archive);
        h->observe({withGpus(kA, {5}), withGpus(kB, {6})}, true);
        advanceSecs(10);
        h->observe({withGpus(kA, {5})}, true); // B is gone: its minute is written now
        QCOMPARE(archive.rows(kB, m_now.addDays(-1), m_now.addDays(1)).size(), 1);
        QVERIFY(h->sparkline(kB).isEmpty());
    }

    void sparklinesContinueAfterARestart()
    {
        test::MemoryGpuSampleArchive archive;
        {
            auto h = makeHistory(&archive);
            for (int m = 0; m < 5; ++m) {
                h->observe({withGpus(kA, {double(10 * m)})}, true);
                advance(1);
            }
        } // destroyed: the open minute is written
        advance(1);
        auto h = makeHistory(&archive);
        const QList<double> spark = h->sparkline(kA);
        QCOMPARE(spark.mid(spark.size() - 6), (QList<double>{0, 10, 20, 30, 40, -1}));
    }

    // The case: idle 25 minutes, restart, idle 5 minutes after it.
    void idleTimeCarriesAcrossARestart()
    {
        test::MemoryGpuSampleArchive archive;
        const QDateTime runStart = m_now;
        {
            auto tracker = makeTracker();
            auto history = makeHistory(&archive);
            history->restoreIdle(tracker.get());
            for (int m = 0; m < 25; ++m) {
                tracker->observe({withGpus(kA, {1, 2})}, true);
                history->observe({withGpus(kA, {1, 2})}, true);
                advance(1);
            }
            QVERIFY(!tracker->isIdle(kA));
        } // the console quits
        advance(1);
        auto tracker = makeTracker();
        auto history = makeHistory(&archive);
        history->restoreIdle(tracker.get());
        QSignalSpy became(tracker.get(), &GpuIdleTracker::becameIdle);
        for (int m = 26; m <= 30; ++m) {
            tracker->observe({withGpus(kA, {1, 2})}, true);
            history->observe({withGpus(kA, {1, 2})}, true);
            if (m < 30)
                QVERIFY2(!tracker->isIdle(kA), qPrintable(QString::number(m)));
            if (m < 30)
                advance(1);
        }
        QVERIFY(tracker->isIdle(kA)); // 5 minutes after the restart, not 30
        QCOMPARE(tracker->idleSince(kA), runStart);
        QCOMPARE(became.count(), 1);
    }

    void aStoredGapStillBreaksTheRun()
    {
        test::MemoryGpuSampleArchive archive;
        {
            auto history = makeHistory(&archive);
            for (int m = 0; m < 25; ++m) {
                history->observe({m == 10 ? noData(kA) : withGpus(kA, {1})}, true);
                advance(1);
            }
        }
        const QDateTime afterGap = m_now.addSecs(-14 * 60);
        auto tracker = makeTracker();
        auto history = makeHistory(&archive);
        history->restoreIdle(tracker.get());
        for (int m = 25; m <= 41; ++m) {
            tracker->observe({withGpus(kA, {1})}, true);
            if (m == 30)
                QVERIFY(!tracker->isIdle(kA));
            if (m < 41)
                advance(1);
        }
        QVERIFY(tracker->isIdle(kA));
        QCOMPARE(tracker->idleSince(kA), afterGap);
    }

    void aLongSilenceBeforeTheRestartBreaksTheRun()
    {
        test::MemoryGpuSampleArchive archive;
        {
            auto history = makeHistory(&archive);
            for (int m = 0; m < 25; ++m) {
                history->observe({withGpus(kA, {1})}, true);
                advance(1);
            }
        }
        advance(GpuHistory::kMaxSilentGapSecs / 60 + 1); // the console was off a while
        const QDateTime restart = m_now;
        auto tracker = makeTracker();
        auto history = makeHistory(&archive);
        history->restoreIdle(tracker.get());
        tracker->observe({withGpus(kA, {1})}, true);
        QVERIFY(!tracker->isIdle(kA));
        advance(30);
        tracker->observe({withGpus(kA, {1})}, true);
        QVERIFY(tracker->isIdle(kA));
        QCOMPARE(tracker->idleSince(kA), restart);
    }
};

QTEST_GUILESS_MAIN(TestGpuHistory)
#include "tst_gpuhistory.moc"
