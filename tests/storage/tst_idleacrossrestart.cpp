// SPDX-License-Identifier: MIT
// Idle time survives a restart through the real store file: the GPU history
// writes its minutes to the SQLite archive, the console quits, a new one opens
// the same file, and an instance idle for 25 minutes before is idle 5 minutes
// after (30-minute window), not 30 (injectable clock).
#include "state/GpuHistory.h"
#include "state/GpuIdleTracker.h"
#include "state/LocalStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace compshare;

namespace {
const QString kA = QStringLiteral("uhost-a");

QList<Instance> quietListing()
{
    Instance i;
    i.id = kA;
    i.state = InstanceState::Running;
    i.monitor.present = true;
    GpuUsage g;
    g.gpu = QStringLiteral("0");
    g.usageRate = 1;
    g.memoryRate = 10;
    i.monitor.gpus = {g};
    return {i};
}

// One console run over the store file at `path`, on the test's clock.
struct ConsoleRun
{
    ConsoleRun(const QString &path, const QDateTime *now)
        : store(path)
    {
        const auto clock = [now] {
            return *now;
        };
        store.setClock(clock);
        opened = store.open();
        tracker.setClock(clock);
        history.setClock(clock);
        history.setArchive(store.gpuSamples());
        history.restoreIdle(&tracker);
    }
    ~ConsoleRun() { history.setArchive(nullptr); } // writes the open minute
    void observe()
    {
        tracker.observe(quietListing(), true);
        history.observe(quietListing(), true);
    }
    LocalStore store;
    bool opened = false;
    GpuIdleTracker tracker;
    GpuHistory history;
};
} // namespace

class TestIdleAcrossRestart final : public QObject
{
    Q_OBJECT

private slots:
    void idleTimeCarriesOverThroughTheStoreFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        QDateTime now(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        const QDateTime runStart = now;
        {
            ConsoleRun first(path, &now);
            QVERIFY(first.opened);
            for (int m = 0; m < 25; ++m) {
                first.observe();
                now = now.addSecs(60);
            }
            QVERIFY(!first.tracker.isIdle(kA));
        } // the console quits
        now = now.addSecs(60);
        ConsoleRun second(path, &now);
        QVERIFY(second.opened);
        QSignalSpy became(&second.tracker, &GpuIdleTracker::becameIdle);
        for (int m = 26; m < 30; ++m) {
            second.observe();
            QVERIFY2(!second.tracker.isIdle(kA), qPrintable(QString::number(m)));
            now = now.addSecs(60);
        }
        second.observe();
        QVERIFY(second.tracker.isIdle(kA)); // 5 minutes after the restart, not 30
        QCOMPARE(second.tracker.idleSince(kA), runStart);
        QCOMPARE(became.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIdleAcrossRestart)
#include "tst_idleacrossrestart.moc"
