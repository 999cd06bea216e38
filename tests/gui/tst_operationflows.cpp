// SPDX-License-Identifier: MIT
// Stop and Start against a simulator that behaves like a real control plane
// (acceptance lag, a lost answer), through the real window offscreen: one
// request per user decision, the accepted operation shown at once, polling
// until the final state, and our own duplicate never locking the row.
#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "support/ConsoleWindow.h"
#include "support/PromptAnswerer.h"
#include "support/SimulatorFixture.h"
#include "ui/InstanceActions.h"
#include "ui/MainWindow.h"
#include "ui/OperationNotifier.h"
#include "ui/PromptService.h"
#include "ui/dialogs/StopConfirmDialog.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/StatusBanner.h"
#include "work/RefreshScheduler.h"
#include "work/StopController.h"

#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {
const QString kStop = QStringLiteral("StopCompShareInstance");
const QString kStart = QStringLiteral("StartCompShareInstance");
const QString kDescribe = QStringLiteral("DescribeCompShareInstance");
const QString kPay = QStringLiteral("uhost-pay");
const QString kOff = QStringLiteral("uhost-off");
constexpr qint64 kLagMs = 8000;
constexpr qint64 kTransitionMs = 3000;

struct Console : compshare::test::ConsoleWindow
{
    Console()
        : ConsoleWindow(smallScenario({{kPay, QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
                                        QStringLiteral("Postpay")},
                                       {QStringLiteral("uhost-other"), QStringLiteral("cn-sh2"),
                                        QStringLiteral("Running"), QStringLiteral("Postpay")},
                                       {kOff, QStringLiteral("hk"), QStringLiteral("Stopped"),
                                        QStringLiteral("Postpay")}}),
                        QSize(1280, 720), false)
    {
        // Time moves only when the test says so: the lag and the transitions
        // end exactly when advanced, never "probably by now".
        fixture.sim().clock().setManual(true);
        fixture.sim().setAcceptLagMs(kLagMs);
        fixture.sim().setTransitionDelayMs(kTransitionMs);
        connectNow();
    }
    QModelIndex cell(const QString &id, int column) const
    {
        return model()->index(model()->rowOf(id), column);
    }
    void select(const QString &id)
    {
        const QModelIndex idx = proxyIndex(id, 0);
        if (!idx.isValid())
            return;
        window->table()->clearSelection();
        window->table()->selectRow(idx.row());
    }
    int requests(const QString &action, const QString &id)
    {
        return fixture.sim().requestCount(action, id);
    }
    int polls(const QString &id)
    {
        int n = 0;
        const auto entries = fixture.sim().journal(kDescribe);
        for (const auto &e : entries) {
            if (e.params.value(QStringLiteral("UHostIds.0")) == id)
                ++n;
        }
        return n;
    }
};
} // namespace

class TestOperationFlows final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        ConsoleSettings().setAskBeforeOrdinaryStop(true);
    }

    void confirmingStopTwiceDuringTheLagSendsOneRequest()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 3);
        c.select(kPay);
        QList<QPointer<QDialog>> dialogs;
        connect(c.window->prompts(), &PromptService::promptOpened, this,
                [&dialogs](QDialog *d) { dialogs.append(d); });
        // Two confirmations opened while the row still said Running (a stale one).
        c.window->actions()->stopAction()->trigger();
        QTRY_COMPARE(dialogs.size(), 1);
        c.window->actions()->stopInstances({kPay});
        QTRY_COMPARE(dialogs.size(), 2);
        auto *first = qobject_cast<StopConfirmDialog *>(dialogs.at(0).data());
        auto *second = qobject_cast<StopConfirmDialog *>(dialogs.at(1).data());
        QVERIFY(first && second);
        QTest::mouseClick(first->stopButton(), Qt::LeftButton);
        QTRY_COMPARE(c.requests(kStop, kPay), 1);
        // Accepted: the row shows the accepted stop at once, though CompShare
        // still lists Running during the lag.
        const QModelIndex state = c.cell(kPay, InstanceTableModel::StateColumn);
        QTRY_COMPARE(state.data().toString(), QStringLiteral("Stop requested"));
        QCOMPARE(c.model()->instance(kPay)->state, InstanceState::Running);
        QVERIFY(!c.cell(kPay, InstanceTableModel::ActionColumn)
                     .data(InstanceTableModel::ActionEnabledRole)
                     .toBool());
        QVERIFY(!c.window->actions()->stopAction()->isEnabled());
        // The stale dialog confirms now; then the row button, the toolbar and
        // the shortcut are tried too.
        QTest::mouseClick(second->stopButton(), Qt::LeftButton);
        (new test::PromptAnswerer(c.window->prompts()))
            ->answerNext(test::PromptAnswerer::Answer::Accept);
        c.clickRowButton(kPay);
        c.window->actions()->stopAction()->trigger();
        QTest::keyClick(c.window->table(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(c.roundTrip());
        QCOMPARE(c.requests(kStop, kPay), 1);
        QVERIFY(c.window->notifier()->severity() != OperationOutcome::Severity::Error);
        QVERIFY(!c.cell(kPay, InstanceTableModel::StateColumn)
                     .data(InstanceTableModel::LockedRole)
                     .toBool());
        // Then CompShare shows it, and the row follows it to Stopped.
        c.fixture.sim().clock().advance(kLagMs);
        QTRY_COMPARE(c.model()->instance(kPay)->state, InstanceState::Stopping);
        c.fixture.sim().clock().advance(kTransitionMs);
        QTRY_COMPARE(c.model()->instance(kPay)->state, InstanceState::Stopped);
        QTRY_VERIFY(c.cell(kPay, InstanceTableModel::ActionColumn)
                        .data(InstanceTableModel::ActionEnabledRole)
                        .toBool());
        QCOMPARE(c.requests(kStop, kPay), 1);
    }

    void startIsPolledToRunning()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 3);
        c.clickRowButton(kOff); // Start needs no confirmation
        QTRY_COMPARE(c.requests(kStart, kOff), 1);
        QTRY_COMPARE(c.cell(kOff, InstanceTableModel::StateColumn).data().toString(),
                     QStringLiteral("Start requested"));
        // The first polls still list Stopped: the watch must go on.
        const int before = c.polls(kOff);
        QTRY_VERIFY(c.polls(kOff) >= before + 3);
        QCOMPARE(c.model()->instance(kOff)->state, InstanceState::Stopped);
        c.fixture.sim().clock().advance(kLagMs);
        QTRY_COMPARE(c.model()->instance(kOff)->state, InstanceState::Starting);
        c.fixture.sim().clock().advance(kTransitionMs);
        QTRY_COMPARE(c.model()->instance(kOff)->state, InstanceState::Running);
        QCOMPARE(c.requests(kStart, kOff), 1);
    }

    void lostAnswerSendsOneStopAndSaysItTookEffect()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 3);
        QVERIFY(c.fixture.sim().addFault(QStringLiteral("StopCompShareInstance:drop:1")));
        (new test::PromptAnswerer(c.window->prompts()))
            ->answerNext(test::PromptAnswerer::Answer::Accept);
        c.clickRowButton(kPay);
        QTRY_VERIFY(c.requests(kStop, kPay) >= 1);
        // The lost answer is followed by a re-read of the instance, not a resend.
        QTRY_VERIFY(c.polls(kPay) >= 1);
        c.fixture.sim().clock().advance(kLagMs);
        QTRY_COMPARE(c.model()->instance(kPay)->state, InstanceState::Stopping);
        c.fixture.sim().clock().advance(kTransitionMs);
        QTRY_COMPARE(c.model()->instance(kPay)->state, InstanceState::Stopped);
        QTRY_VERIFY2(c.window->operationBanner()->text().contains(QLatin1String("took effect")),
                     qPrintable(c.window->operationBanner()->text()));
        QVERIFY(!c.window->operationBanner()->text().contains(QLatin1String("failed")));
        QVERIFY(c.roundTrip());
        QCOMPARE(c.requests(kStop, kPay), 1);
    }

    void ownDuplicateNeverLocksTheRow()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 3);
        (new test::PromptAnswerer(c.window->prompts()))
            ->answerNext(test::PromptAnswerer::Answer::Accept);
        c.clickRowButton(kPay);
        QTRY_COMPARE(c.requests(kStop, kPay), 1);
        QTRY_VERIFY(c.account->session()->stopController()->isInFlight(kPay) == false);
        // A decision made earlier arrives now (as from a stale dialog or batch).
        StopDecision again;
        again.id = kPay;
        again.ref = c.model()->instance(kPay)->ref();
        c.account->session()->stopController()->stop({again});
        QVERIFY(c.roundTrip());
        const QModelIndex state = c.cell(kPay, InstanceTableModel::StateColumn);
        QVERIFY(!state.data(InstanceTableModel::LockedRole).toBool());
        QVERIFY(c.window->notifier()->severity() != OperationOutcome::Severity::Error);
        QVERIFY(!c.window->notifier()->lastNotification().contains(QLatin1String("failed")));
        c.fixture.sim().clock().advance(kLagMs + kTransitionMs);
        QTRY_COMPARE(c.model()->instance(kPay)->state, InstanceState::Stopped);
        // Free again at once: Start is allowed, not held for 10 minutes.
        QTRY_VERIFY(c.cell(kPay, InstanceTableModel::ActionColumn)
                        .data(InstanceTableModel::ActionEnabledRole)
                        .toBool());
        QVERIFY(!state.data(InstanceTableModel::LockedRole).toBool());
    }
};

QTEST_MAIN(TestOperationFlows)
#include "tst_operationflows.moc"
