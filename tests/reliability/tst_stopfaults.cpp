// SPDX-License-Identifier: MIT
// Stop under faults, the operation lock, and a spot reclaim, all through the
// real console (offscreen) against the simulator on its manual clock.
#include "ReliabilityConsole.h"
#include "state/ConsoleSettings.h"
#include "state/OperationTracker.h"
#include "support/PromptAnswerer.h"
#include "ui/InstanceActions.h"
#include "ui/OperationNotifier.h"
#include "ui/PromptService.h"
#include "ui/dialogs/ForceStopDialog.h"
#include "ui/dialogs/StopConfirmDialog.h"
#include "wire/ApiTransport.h"
#include "wire/CompShareClient.h"
#include "work/StopController.h"

#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QtTest>
#include <numeric>

using namespace compshare;
using namespace compshare::test;
using compshare::ui::PromptService;

namespace {
QString gid(int k)
{
    return QStringLiteral("uhost-g%1").arg(k, 7, 10, QLatin1Char('0'));
}

// Every UHostIds.N value of a Describe request.
bool mentions(const sim::JournalEntry &e, const QString &id)
{
    for (auto it = e.params.begin(); it != e.params.end(); ++it) {
        if (it.key().startsWith(QLatin1String("UHostIds.")) && it.value() == id)
            return true;
    }
    return false;
}
} // namespace

class TestStopFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ConsoleSettings().setAskBeforeOrdinaryStop(true);
    }

    void stopsUnderFaultsAreSentAtMostOncePerConfirmation()
    {
        // 100 running instances, every odd one a spot instance.
        ReliabilityConsole c(
            settledScenario(100, QStringLiteral("Running"), 100, QStringLiteral("Spot")));
        sim::Simulator &sim = c.fixture.sim();
        sim.clock().setManual(true);
        QTRY_COMPARE_WITH_TIMEOUT(c.model()->rowCount(), 100, 10000);
        ui::PromptService *prompts = c.window->prompts();
        StopController *stop = c.session()->stopController();

        // What the user confirmed, tracked here, independent of the product.
        QMap<QString, bool> accepted, forceConfirmed;
        // Stops whose connection failed before the body left (ApiError::
        // Undelivered, after the transport's tries): known never sent.
        QSet<QString> neverLeft;
        connect(stop, &StopController::requestAnswered, this,
                [&](const QString &id, OperationTracker::Kind, const MutationResult &r) {
                    if (r.error.kind() == ApiError::Kind::Undelivered)
                        neverLeft.insert(id);
                });
        QDialog *opened = nullptr;
        connect(prompts, &PromptService::promptOpened, this, [&](QDialog *d) { opened = d; });
        auto *answerer = new test::PromptAnswerer(prompts); // drives the same real dialogs

        addBriefFaults(sim); // every action: Stop and Describe alike
        sim.clearJournal();
        QRandomGenerator random(2024);
        int viaDialog = 0;
        for (int k = 0; k < 100; ++k) {
            const QString id = gid(k);
            const bool spot = k % 2 == 1;
            const bool accept = random.bounded(100) < 70;
            const bool dialog = random.bounded(100) < 25;
            opened = nullptr;
            answerer->clear();
            if (!dialog)
                answerer->answerNext(accept ? test::PromptAnswerer::Answer::Accept
                                            : test::PromptAnswerer::Answer::Cancel);
            c.window->actions()->triggerRowAction(id);
            if (dialog) {
                if (!opened) { // the row was not Running in the console: no prompt
                    const Instance *row = c.model()->instance(id);
                    QVERIFY(!row || row->state != InstanceState::Running);
                    continue;
                }
                ++viaDialog;
                if (auto *force = qobject_cast<ui::ForceStopDialog *>(opened)) {
                    QVERIFY(spot);
                    if (accept) {
                        force->understandCheckBox()->setChecked(true);
                        QTest::mouseClick(force->forceStopButton(), Qt::LeftButton);
                    } else {
                        QTest::mouseClick(force->cancelButton(), Qt::LeftButton);
                    }
                } else {
                    auto *confirm = qobject_cast<ui::StopConfirmDialog *>(opened);
                    QVERIFY(confirm && !spot);
                    accept ? confirm->accept() : confirm->reject();
                }
            }
            accepted[id] = accept;
            forceConfirmed[id] = accept && spot;
            QTRY_VERIFY_WITH_TIMEOUT(!stop->isInFlight(id), 10000);
            // A second click while the answer is pending or after it never
            // resends: the row is Stopping, busy or the stop was refused.
        }
        answerer->clear();

        const QList<sim::JournalEntry> journal = sim.journal();
        QMap<QString, int> stops;
        int unanswered = 0, forced = 0;
        for (int n = 0; n < journal.size(); ++n) {
            const sim::JournalEntry &e = journal.at(n);
            if (e.action != QLatin1String("StopCompShareInstance"))
                continue;
            const QString id = e.params.value(QStringLiteral("UHostId"));
            ++stops[id];
            // Force only for a force-confirmed (spot) instance.
            if (e.params.value(QStringLiteral("Force")) == QLatin1String("true")) {
                ++forced;
                QVERIFY2(forceConfirmed.value(id), qPrintable(id));
            }
            // The answer was lost, or did not say (a 5xx): a re-read
            // follows, never a second Stop.
            if (e.verdict == QLatin1String("fault:hang") ||
                e.verdict == QLatin1String("fault:close") ||
                e.verdict == QLatin1String("fault:malformed") ||
                e.verdict.startsWith(QLatin1String("fault:http5"))) {
                ++unanswered;
                bool reread = false;
                for (int m = n + 1; m < journal.size() && !reread; ++m)
                    reread = journal.at(m).action == QLatin1String("DescribeCompShareInstance") &&
                             mentions(journal.at(m), id);
                QVERIFY2(reread, qPrintable(id));
            }
        }
        // Exactly one Stop per accepted decision, none for a cancelled one
        // (every row was Running, so each accepted decision had one to send),
        // unless the console said the request never left this computer. A
        // kept-alive connection the simulator closes just as Qt hands it the
        // Stop does that now and then; the transport then tries again, as
        // nothing was sent, so it is rarely the final word.
        for (auto it = stops.begin(); it != stops.end(); ++it)
            QVERIFY2(accepted.contains(it.key()), qPrintable(it.key()));
        for (auto it = accepted.begin(); it != accepted.end(); ++it)
            QVERIFY2(stops.value(it.key()) == (it.value() && !neverLeft.contains(it.key()) ? 1 : 0),
                     qPrintable(QStringLiteral("%1: %2 Stop requests, accepted %3")
                                    .arg(it.key())
                                    .arg(stops.value(it.key()))
                                    .arg(it.value())));
        const QMap<QString, int> counts =
            verdicts(sim.journal(QStringLiteral("StopCompShareInstance")));
        qInfo("stop attempts 100 (%d through the real dialogs); Stop requests %d, forced %d, "
              "unanswered %d, never left %d; Stop verdicts:",
              viaDialog, int(std::accumulate(stops.begin(), stops.end(), 0)), forced, unanswered,
              int(neverLeft.size()));
        for (auto it = counts.begin(); it != counts.end(); ++it)
            qInfo("  %s: %d", qPrintable(it.key()), it.value());
        qInfo("all requests %d, verdicts:", int(journal.size()));
        const QMap<QString, int> all = verdicts(journal);
        for (auto it = all.begin(); it != all.end(); ++it)
            qInfo("  %s: %d", qPrintable(it.key()), it.value());
        const int stopTotal = std::accumulate(stops.begin(), stops.end(), 0);
        QVERIFY(unanswered > 0);
        QVERIFY(forced > 0);

        // Faults stop, transitions finish: every row shows the simulator's state.
        sim.clearFaults();
        sim.clock().advance(5000);
        // A Stop whose answer was lost or unreadable (5xx, closed, hang) may
        // still show up late (eventual consistency): the console waits up to
        // 3 minutes for the list before it says the stop did not take effect.
        // Move the console's clock past that bound.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(200);
        c.session()->operations()->setClock([later] { return later; });
        c.window->actions()->refreshAction()->trigger();
        const bool same = QTest::qWaitFor([&c] { return c.shownRows() == c.truth(); }, 15000);
        if (!same) {
            const auto shown = c.shownRows();
            const auto truth = c.truth();
            for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
                if (shown.value(it.key()) != it.value())
                    qWarning("%s: shown \"%s\", simulator \"%s\"", qPrintable(it.key()),
                             qPrintable(shown.value(it.key())), qPrintable(it.value()));
            }
        }
        QVERIFY(same);
        // And nothing was sent after the last attempt.
        QCOMPARE(int(sim.journal(QStringLiteral("StopCompShareInstance")).size()), stopTotal);
    }

    void lockedInstanceGetsNoSecondStop()
    {
        ReliabilityConsole c(settledScenario(10, QStringLiteral("Running"), 10));
        // No fault here withholds an answer: the scaled 300 ms timeout would
        // only turn a slow 8437 (ASan, a busy machine) into a lost answer.
        c.session()->transport()->setTimeoutMs(10000);
        QTRY_COMPARE_WITH_TIMEOUT(c.model()->rowCount(), 10, 10000);
        sim::FaultRule lock;
        lock.action = QStringLiteral("StopCompShareInstance");
        lock.type = sim::FaultRule::Type::RetCode;
        lock.retCode = 8437;
        lock.message =
            QStringLiteral("InstanceOperationInProgress: another operation is in progress");
        c.fixture.sim().addFault(lock);
        const QString id = gid(2);
        auto *answerer = new test::PromptAnswerer(c.window->prompts());
        for (int k = 0; k < 20; ++k) {
            answerer->answerNext(test::PromptAnswerer::Answer::Accept);
            if (k % 2)
                c.window->actions()->triggerRowAction(id);
            else
                c.window->actions()->stopInstances({id});
            if (k == 0)
                QTRY_VERIFY(c.model()->isLocked(id)); // the first Stop was answered 8437
            else
                QTest::qWait(20); // pacing only: the clicks come one by one
        }
        // Straight to the controller too (as a stale dialog would).
        QCOMPARE(c.session()->stopController()->stop(
                     {{id, c.model()->instance(id)->ref(), ForceStop::No}}),
                 0);
        answerer->clear();
        // Every request the console sent has reached the simulator (checked
        // when both counts agree): only then is the Stop count final.
        ApiTransport *transport = c.session()->transport();
        QTRY_VERIFY_WITH_TIMEOUT(!c.session()->stopController()->isInFlight(id) &&
                                     c.fixture.sim().journal().size() == transport->requestsSent(),
                                 15000);
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
        QVERIFY(c.model()->isLocked(id));
    }

    void reclaimedSpotShowsStoppedWithNotification()
    {
        ReliabilityConsole c(
            settledScenario(10, QStringLiteral("Running"), 10, QStringLiteral("Spot")));
        QTRY_COMPARE_WITH_TIMEOUT(c.model()->rowCount(), 10, 10000);
        QSignalSpy notified(c.window->notifier(), &ui::OperationNotifier::notified);
        const QString id = gid(3);
        QVERIFY(c.model()->instance(id)->isSpot());
        QVERIFY(c.fixture.sim().reclaimSpot(id));
        c.window->actions()->refreshAction()->trigger(); // the next poll
        QTRY_COMPARE(c.shownRows().value(id).section(QLatin1Char('|'), 1),
                     InstanceTableModel::stateText(InstanceState::Stopped));
        QTRY_COMPARE(notified.count(), 1);
        QVERIFY(c.window->notifier()->lastNotification().contains(QStringLiteral("reclaimed")));
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 0);
    }
};

QTEST_MAIN(TestStopFaults)
#include "tst_stopfaults.moc"
