// SPDX-License-Identifier: MIT
// Refresh under faults: the real console (offscreen) against the simulator,
// >= 200 full refresh cycles with 30 % HTTP errors, 5 % hangs, 5 % closed
// mid-body, 5 % malformed JSON and random latency on every answer. After
// every failed cycle the table still shows exactly the last good list; the
// banner appears on failure and clears on success; once the faults stop,
// the table converges to the simulator's truth.
#include "ReliabilityConsole.h"
#include "ui/InstanceActions.h"
#include "ui/widgets/StatusBanner.h"

#include <QAction>
#include <QRandomGenerator>
#include <QtTest>

using namespace compshare;
using namespace compshare::test;

class TestRefreshFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tableKeepsLastGoodListUnderFaults()
    {
        // 120 instances: two pages, so one failed page must not leave a
        // partial list behind.
        ReliabilityConsole c(settledScenario(120));
        QTRY_COMPARE_WITH_TIMEOUT(c.model()->rowCount(), 120, 10000);
        QMap<QString, QString> lastGood = c.shownRows();
        QCOMPARE(lastGood, c.truth());

        addBriefFaults(c.fixture.sim(), QStringLiteral("DescribeCompShareInstance"));
        c.fixture.sim().clearJournal();
        RefreshScheduler *scheduler = c.session()->scheduler();
        QRandomGenerator random(42);
        int cycles = 0, failed = 0, succeeded = 0, bannerRight = 0, bannerCleared = 0;
        bool inTrouble = false;
        int mismatches = 0;
        auto nextCycle = [&] {
            // The platform changes something, then the user presses Refresh.
            const QString id =
                QStringLiteral("uhost-g%1").arg(random.bounded(120), 7, 10, QLatin1Char('0'));
            c.fixture.sim().setInstanceField(id, QStringLiteral("Name"),
                                             QStringLiteral("renamed-%1").arg(cycles));
            QTimer::singleShot(0, c.window.get(),
                               [&c] { c.window->actions()->refreshAction()->trigger(); });
        };
        connect(scheduler, &RefreshScheduler::refreshSucceeded, this,
                [&](const ListResult &r, bool full) {
                    if (!full)
                        return;
                    ++cycles, ++succeeded;
                    lastGood = ReliabilityConsole::rowsOf(r.instances);
                    if (c.shownRows() != lastGood)
                        ++mismatches;
                    inTrouble = false;
                    if (!c.window->connectionBanner()->isVisible())
                        ++bannerCleared;
                    nextCycle();
                });
        connect(scheduler, &RefreshScheduler::refreshFailed, this, [&](const ApiError &error) {
            ++cycles, ++failed;
            // The failure must not touch the table: same rows as the last good list.
            if (c.shownRows() != lastGood)
                ++mismatches;
            // One failed refresh is weather; two in a row (or a timeout) is trouble.
            const bool trouble = scheduler->failuresInARow() >= 2 ||
                                 error.kind() == ApiError::Kind::Timeout || inTrouble;
            inTrouble = trouble;
            if (c.window->connectionBanner()->isVisible() == trouble)
                ++bannerRight;
            // The scheduler retries on its own after the (short) backoff; the
            // platform keeps changing meanwhile.
            const QString id =
                QStringLiteral("uhost-g%1").arg(random.bounded(120), 7, 10, QLatin1Char('0'));
            c.fixture.sim().setInstanceField(id, QStringLiteral("Name"),
                                             QStringLiteral("failed-%1").arg(cycles));
        });
        nextCycle();
        QTRY_VERIFY_WITH_TIMEOUT(cycles >= 200, 120000);
        disconnect(scheduler, nullptr, this, nullptr);

        const QList<sim::JournalEntry> journal = c.fixture.sim().journal();
        const QMap<QString, int> counts = verdicts(journal);
        qInfo("cycles %d: %d succeeded, %d failed; requests %d; verdicts:", cycles, succeeded,
              failed, int(journal.size()));
        for (auto it = counts.begin(); it != counts.end(); ++it)
            qInfo("  %s: %d", qPrintable(it.key()), it.value());
        QCOMPARE(mismatches, 0);
        QVERIFY(failed >= 20); // the faults did bite
        QVERIFY(succeeded >= 20);
        QCOMPARE(bannerRight, failed);
        QCOMPARE(bannerCleared, succeeded);
        for (const char *v : {"fault:http500", "fault:http502", "fault:http503", "fault:http429",
                              "fault:hang", "fault:close", "fault:malformed"})
            QVERIFY2(counts.value(QLatin1String(v)) > 0, v);

        // Faults stop: the table converges to the simulator's truth.
        c.fixture.sim().clearFaults();
        c.window->actions()->refreshAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(c.shownRows(), c.truth(), 10000);
        QTRY_VERIFY(!c.window->connectionBanner()->isVisible());
    }
};

QTEST_MAIN(TestRefreshFaults)
#include "tst_refreshfaults.moc"
