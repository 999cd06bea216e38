// SPDX-License-Identifier: MIT
// Idle detection over time, with an injectable clock: all GPUs below the
// threshold in every sample over the window, and no claim without data.
#include "state/GpuIdleTracker.h"
#include "support/TestInstances.h"

#include <QSignalSpy>
#include <QtTest>

using namespace compshare;

namespace {

Instance withGpus(const QString &id, QList<double> rates)
{
    Instance i = test::makeInstance(id, id, ChargeType::Postpay);
    i.monitor.present = true;
    int n = 0;
    for (double r : rates)
        i.monitor.gpus.append({QString::number(n++), r, 10});
    return i;
}

Instance noData(const QString &id)
{
    return test::makeInstance(id, id, ChargeType::Postpay);
}

} // namespace

class TestGpuIdleTracker final : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1800000000, QTimeZone::utc());
    void advance(int minutes) { m_now = m_now.addSecs(qint64(minutes) * 60); }
    void makeTracker(GpuIdleTracker &t)
    {
        t.setClock([this] { return m_now; });
    }

private slots:
    void init() { m_now = QDateTime::fromSecsSinceEpoch(1800000000, QTimeZone::utc()); }

    void idleAfterTheWholeWindow()
    {
        GpuIdleTracker t;
        makeTracker(t);
        QSignalSpy became(&t, &GpuIdleTracker::becameIdle);
        const QDateTime start = m_now;
        for (int minute = 0; minute < 30; minute += 5) {
            t.observe({withGpus(QStringLiteral("a"), {1, 4.9})}, true);
            QVERIFY2(!t.isIdle(QStringLiteral("a")), qPrintable(QString::number(minute)));
            advance(5);
        }
        t.observe({withGpus(QStringLiteral("a"), {0, 2})}, true); // minute 30
        QVERIFY(t.isIdle(QStringLiteral("a")));
        QCOMPARE(t.idleSince(QStringLiteral("a")), start);
        QCOMPARE(became.count(), 1);
        QCOMPARE(became.first().at(1).toDateTime(), start);
        // Staying idle does not emit again: one signal per idle period.
        advance(15);
        t.observe({withGpus(QStringLiteral("a"), {0, 0})}, true);
        QCOMPARE(became.count(), 1);
        QCOMPARE(t.idleSince(QStringLiteral("a")).secsTo(m_now), 45 * 60);
    }

    void oneBusyGpuIsNotIdle()
    {
        GpuIdleTracker t;
        makeTracker(t);
        for (int k = 0; k <= 7; ++k) {
            t.observe({withGpus(QStringLiteral("a"), {0, 60})}, true);
            advance(5);
        }
        QVERIFY(!t.isIdle(QStringLiteral("a")));
    }

    void oneBusySampleRestartsTheWindow()
    {
        GpuIdleTracker t;
        makeTracker(t);
        QSignalSpy became(&t, &GpuIdleTracker::becameIdle);
        QSignalSpy ended(&t, &GpuIdleTracker::stoppedBeingIdle);
        for (int k = 0; k <= 6; ++k) {
            t.observe({withGpus(QStringLiteral("a"), {1})}, true);
            advance(5);
        }
        QVERIFY(t.isIdle(QStringLiteral("a")));
        t.observe({withGpus(QStringLiteral("a"), {5})}, true); // 5 % is not below 5 %
        QVERIFY(!t.isIdle(QStringLiteral("a")));
        QCOMPARE(ended.count(), 1);
        const QDateTime restart = m_now.addSecs(60);
        for (int k = 0; k <= 30; ++k) {
            advance(1);
            t.observe({withGpus(QStringLiteral("a"), {1})}, true);
        }
        QVERIFY(t.isIdle(QStringLiteral("a")));
        QCOMPARE(t.idleSince(QStringLiteral("a")), restart);
        QCOMPARE(became.count(), 2); // a second idle period, a second signal
    }

    void noDataNoClaim_data()
    {
        QTest::addColumn<bool>("present");
        QTest::addColumn<QList<double>>("rates");
        QTest::newRow("absent") << false << QList<double>{};
        QTest::newRow("empty GpuInfo") << true << QList<double>{};
        QTest::newRow("one GPU unread") << true << QList<double>{0.0, -1.0};
    }
    void noDataNoClaim()
    {
        QFETCH(bool, present);
        QFETCH(QList<double>, rates);
        GpuIdleTracker t;
        makeTracker(t);
        QSignalSpy became(&t, &GpuIdleTracker::becameIdle);
        Instance i = present ? withGpus(QStringLiteral("a"), rates) : noData(QStringLiteral("a"));
        for (int k = 0; k <= 24; ++k) {
            t.observe({i}, true);
            advance(5);
        }
        QVERIFY(!t.isIdle(QStringLiteral("a")));
        QVERIFY(!t.idleSince(QStringLiteral("a")).isValid());
        QCOMPARE(became.count(), 0);
    }

    void aGapWithoutDataBreaksTheRun()
    {
        GpuIdleTracker t;
        makeTracker(t);
        for (int k = 0; k < 5; ++k) {
            t.observe({withGpus(QStringLiteral("a"), {0})}, true);
            advance(5);
        }
        t.observe({noData(QStringLiteral("a"))}, true); // minute 25: no data
        advance(5);
        t.observe({withGpus(QStringLiteral("a"), {0})}, true); // minute 30
        QVERIFY(!t.isIdle(QStringLiteral("a")));
    }

    void stoppedIsNotIdle()
    {
        GpuIdleTracker t;
        makeTracker(t);
        QSignalSpy ended(&t, &GpuIdleTracker::stoppedBeingIdle);
        for (int k = 0; k <= 6; ++k) {
            t.observe({withGpus(QStringLiteral("a"), {0})}, true);
            advance(5);
        }
        QVERIFY(t.isIdle(QStringLiteral("a")));
        Instance stopped = withGpus(QStringLiteral("a"), {0});
        stopped.state = InstanceState::Stopped;
        t.observe({stopped}, true);
        QVERIFY(!t.isIdle(QStringLiteral("a")));
        QCOMPARE(ended.count(), 1);
    }

    void pollsKeepOthersAndFullListsForget()
    {
        GpuIdleTracker t;
        makeTracker(t);
        QSignalSpy ended(&t, &GpuIdleTracker::stoppedBeingIdle);
        for (int k = 0; k <= 6; ++k) {
            t.observe({withGpus(QStringLiteral("a"), {0}), withGpus(QStringLiteral("b"), {0})},
                      true);
            advance(5);
        }
        t.observe({withGpus(QStringLiteral("b"), {90})}, false); // a poll of b only
        QVERIFY(t.isIdle(QStringLiteral("a")));
        QVERIFY(!t.isIdle(QStringLiteral("b")));
        t.observe({withGpus(QStringLiteral("b"), {90})}, true); // a is gone
        QVERIFY(!t.isIdle(QStringLiteral("a")));
        QCOMPARE(ended.count(), 2);
        QCOMPARE(t.idleIds(), QList<QString>{});
    }

    void heldHistoryIsBoundedHoweverOftenTheListIsRead()
    {
        // 3,600 listings in one window (one a second): a handful of stretches,
        // not 3,600 samples; and the merged stretches still answer a
        // threshold change exactly.
        GpuIdleTracker t;
        makeTracker(t);
        const QString id = QStringLiteral("a");
        for (int s = 0; s < 3600; ++s) {
            t.observe({withGpus(id, {s % 2 ? 3.0 : 4.0})}, true);
            m_now = m_now.addSecs(1);
        }
        QVERIFY(t.isIdle(id)); // 3 % and 4 % are below 5 %
        QVERIFY2(t.heldSamples(id) <= 31, qPrintable(QString::number(t.heldSamples(id))));
        t.setThresholdPercent(3.5); // 4 % in every stretch: not idle any more
        QVERIFY(!t.isIdle(id));
        t.setThresholdPercent(4.5); // every stretch below again, over the whole window
        QVERIFY(t.isIdle(id));
        // A listing without data inside a stretch breaks the run, merged or not.
        t.observe({noData(id)}, true);
        QVERIFY(!t.isIdle(id));
        t.setThresholdPercent(5);
        QVERIFY(!t.isIdle(id));
    }

    void settings()
    {
        GpuIdleTracker t;
        makeTracker(t);
        QCOMPARE(t.thresholdPercent(), 5.0);
        QCOMPARE(t.windowSeconds(), 30 * 60);
        t.setWindowSeconds(10);
        QCOMPARE(t.windowSeconds(), 60); // at least one minute
        t.setWindowSeconds(10 * 60);
        for (int k = 0; k <= 10; ++k) {
            t.observe({withGpus(QStringLiteral("a"), {8})}, true);
            advance(1);
        }
        QVERIFY(!t.isIdle(QStringLiteral("a"))); // 8 % is busy at 5 %
        QSignalSpy became(&t, &GpuIdleTracker::becameIdle);
        t.setThresholdPercent(10); // ... and idle at 10 %
        QVERIFY(t.isIdle(QStringLiteral("a")));
        QCOMPARE(became.count(), 1);
        t.setWindowSeconds(60 * 60); // a longer window: not yet
        QVERIFY(!t.isIdle(QStringLiteral("a")));
    }
};

QTEST_GUILESS_MAIN(TestGpuIdleTracker)
#include "tst_gpuidletracker.moc"
