// SPDX-License-Identifier: MIT
// Release (TerminateCompShareInstance) through the real window, offscreen,
// against the simulator on its manual clock: exactly one request, and only
// after the instance's name is typed in ReleaseDialog; never for a running
// instance; nothing on Cancel; several only from a list naming each; a lost
// answer read again, never resent; the row leaves when the list no longer
// has it, with what CompShare said about the recycle bin.
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/OperationTracker.h"
#include "support/ConsoleWindow.h"
#include "support/SimulatorFixture.h"
#include "ui/MainWindow.h"
#include "ui/OperationNotifier.h"
#include "ui/PromptService.h"
#include "ui/ReleaseRenameActions.h"
#include "ui/dialogs/ReleaseDialog.h"
#include "ui/table/InstanceTableView.h"
#include "work/StopController.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::smallScenario;

namespace {
const QString kTerminate = QStringLiteral("TerminateCompShareInstance");
const QString kRun = QStringLiteral("uhost-run");
const QString kOff = QStringLiteral("uhost-off");
const QString kOff2 = QStringLiteral("uhost-off2");
constexpr qint64 kLagMs = 8000;

struct Console : compshare::test::ConsoleWindow
{
    Console()
        : ConsoleWindow(smallScenario({{kRun, QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
                                        QStringLiteral("Postpay")},
                                       {kOff, QStringLiteral("cn-wlcb"), QStringLiteral("Stopped"),
                                        QStringLiteral("Postpay")},
                                       {kOff2, QStringLiteral("hk"), QStringLiteral("Stopped"),
                                        QStringLiteral("Month")}}),
                        QSize(1280, 720), false)
    {
        fixture.sim().clock().setManual(true);
        fixture.sim().setAcceptLagMs(kLagMs);
        connectNow();
        connect();
    }
    void connect()
    {
        QObject::connect(window->prompts(), &PromptService::promptOpened, window.get(),
                         [this](QDialog *d) {
                             if (auto *r = qobject_cast<ReleaseDialog *>(d))
                                 dialogs.append(r);
                         });
    }
    void select(const QStringList &ids)
    {
        window->table()->clearSelection();
        auto *selection = window->table()->selectionModel();
        for (const QString &id : ids) {
            const QModelIndex idx = proxyIndex(id, 0);
            selection->select(idx, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        window->releaseRenameActions()->updateEnabled();
    }
    QAction *release() const { return window->releaseRenameActions()->releaseAction(); }
    int terminates(const QString &id = {}) { return fixture.sim().requestCount(kTerminate, id); }
    QList<QPointer<ReleaseDialog>> dialogs;
};
} // namespace

class TestReleaseFlow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void oneTerminateOnlyAfterTheNameIsTyped()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 3);
        c.select({kOff});
        QVERIFY(c.release()->isEnabled());
        QCOMPARE(c.release()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
        c.release()->trigger();
        QTRY_COMPARE(c.dialogs.size(), 1);
        ReleaseDialog *d = c.dialogs.first();
        // It names the instance; Cancel is the default; Release waits for the name.
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("headingLabel"))
                    ->text()
                    .contains(QStringLiteral("test-uhost-off")));
        QVERIFY(d->cancelButton()->isDefault());
        QVERIFY(!d->releaseButton()->isEnabled());
        QVERIFY(!d->costLabel()->text().isEmpty());
        QTest::keyClicks(d->confirmEdit(), QStringLiteral("test-uhost-of"));
        QVERIFY(!d->releaseButton()->isEnabled());
        d->releaseButton()->click(); // disabled: nothing
        QCOMPARE(c.terminates(), 0);
        QTest::keyClicks(d->confirmEdit(), QStringLiteral("f"));
        QVERIFY(d->releaseButton()->isEnabled());
        QTest::mouseClick(d->releaseButton(), Qt::LeftButton);
        QTRY_COMPARE(c.terminates(kOff), 1);
        const auto sent = c.fixture.sim().journal(kTerminate).constFirst();
        QCOMPARE(sent.params.value(QStringLiteral("ReleaseUDisk")), QStringLiteral("false"));
        QCOMPARE(sent.params.value(QStringLiteral("Zone")), QStringLiteral("cn-wlcb-01"));
        // Accepted; during the lag the list still shows it, and a second
        // release is refused by the operation owner (the lock is honoured).
        QTRY_VERIFY(c.session()->operations()->isRequested(kOff));
        c.select({kOff});
        QVERIFY(!c.release()->isEnabled());
        c.window->releaseRenameActions()->releaseInstances({kOff});
        QVERIFY(!c.session()->stopController()->release(kOff, false));
        // The lag ends: the list no longer has it, and the row leaves.
        c.fixture.sim().clock().advance(kLagMs);
        QTRY_VERIFY(c.model()->rowOf(kOff) < 0);
        QVERIFY(c.window->notifier()
                    ->lines()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("recycle bin")));
        QCOMPARE(c.terminates(), 1);
        QCOMPARE(c.dialogs.size(), 1);
    }

    void cancelSendsNothing()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 3);
        c.select({kOff});
        c.release()->trigger();
        QTRY_COMPARE(c.dialogs.size(), 1);
        ReleaseDialog *d = c.dialogs.first();
        QTest::keyClicks(d->confirmEdit(), QStringLiteral("test-uhost-off"));
        d->dataDisksCheckBox()->setChecked(true);
        QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(c.dialogs.first().isNull());
        // Enter in a fresh dialog presses Cancel, the default.
        c.release()->trigger();
        QTRY_COMPARE(c.dialogs.size(), 2);
        QTest::keyClicks(c.dialogs.at(1)->confirmEdit(), QStringLiteral("test-uhost-off"));
        QTest::keyClick(c.dialogs.at(1)->confirmEdit(), Qt::Key_Return);
        QTRY_VERIFY(c.dialogs.at(1).isNull());
        // A refresh cycle later: still nothing sent, the row still there.
        QSignalSpy refreshed(c.session()->scheduler(), &RefreshScheduler::refreshSucceeded);
        c.session()->scheduler()->refreshNow();
        QTRY_VERIFY(refreshed.count() >= 1);
        QCOMPARE(c.terminates(), 0);
        QVERIFY(c.model()->rowOf(kOff) >= 0);
    }

    void neverForARunningInstance()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 3);
        c.select({kRun});
        QVERIFY(!c.release()->isEnabled());
        // The shortcut on a disabled Release says why in the status bar.
        c.window->activateWindow();
        c.window->releaseRenameActions()->releaseInstances({kRun});
        QVERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("stopped")));
        QCOMPARE(c.dialogs.size(), 0);
        // Straight to the sender: the operation owner refuses it.
        QVERIFY(!c.session()->stopController()->release(kRun, false));
        // Running and stopped selected: the dialog holds the stopped one only
        // and says the running one is left out.
        c.select({kRun, kOff});
        QVERIFY(c.release()->isEnabled());
        c.release()->trigger();
        QTRY_COMPARE(c.dialogs.size(), 1);
        QCOMPARE(c.dialogs.first()->instances().size(), 1);
        QCOMPARE(c.dialogs.first()->instances().first().id, kOff);
        QVERIFY(c.dialogs.first()->findChild<QLabel *>(QStringLiteral("skippedLabel")));
        c.dialogs.first()->reject();
        QCOMPARE(c.terminates(), 0);
        // The instance starts running after the dialog opened: nothing is sent.
        c.release()->trigger();
        QTRY_COMPARE(c.dialogs.size(), 2);
        c.fixture.sim().setInstanceField(kOff, QStringLiteral("State"), QStringLiteral("Running"));
        QSignalSpy refreshed(c.session()->scheduler(), &RefreshScheduler::refreshSucceeded);
        c.session()->scheduler()->refreshNow();
        QTRY_VERIFY(refreshed.count() >= 1);
        QTRY_COMPARE(c.model()->instance(kOff)->state, InstanceState::Running);
        QTest::keyClicks(c.dialogs.at(1)->confirmEdit(), QStringLiteral("test-uhost-off"));
        QTest::mouseClick(c.dialogs.at(1)->releaseButton(), Qt::LeftButton);
        QCOMPARE(c.terminates(), 0);
    }

    void severalOnlyFromAListNamingEach()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 3);
        c.select({kOff, kOff2});
        c.release()->trigger();
        QTRY_COMPARE(c.dialogs.size(), 1);
        ReleaseDialog *d = c.dialogs.first();
        const QString list = d->findChild<QLabel *>(QStringLiteral("instanceList"))->text();
        QVERIFY(list.contains(QStringLiteral("test-uhost-off")) && list.contains(kOff));
        QVERIFY(list.contains(QStringLiteral("test-uhost-off2")) && list.contains(kOff2));
        QCOMPARE(d->confirmationText(), QStringLiteral("2"));
        QTest::keyClicks(d->confirmEdit(), QStringLiteral("test-uhost-off"));
        QVERIFY(!d->releaseButton()->isEnabled());
        d->confirmEdit()->setText(QStringLiteral("2"));
        d->dataDisksCheckBox()->setChecked(true);
        QTest::mouseClick(d->releaseButton(), Qt::LeftButton);
        QTRY_COMPARE(c.terminates(), 2);
        QCOMPARE(c.terminates(kOff), 1);
        QCOMPARE(c.terminates(kOff2), 1);
        for (const auto &e : c.fixture.sim().journal(kTerminate))
            QCOMPARE(e.params.value(QStringLiteral("ReleaseUDisk")), QStringLiteral("true"));
        c.fixture.sim().clock().advance(kLagMs);
        QTRY_COMPARE(c.model()->rowCount(), 1);
        QCOMPARE(c.terminates(), 2);
    }

    void aLostAnswerIsReadAgainNeverResent()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 3);
        sim::FaultRule drop;
        drop.action = kTerminate;
        drop.type = sim::FaultRule::Type::DropAnswer;
        drop.remaining = 1;
        c.fixture.sim().addFault(drop);
        c.select({kOff});
        c.release()->trigger();
        QTRY_COMPARE(c.dialogs.size(), 1);
        QTest::keyClicks(c.dialogs.first()->confirmEdit(), QStringLiteral("test-uhost-off"));
        QTest::mouseClick(c.dialogs.first()->releaseButton(), Qt::LeftButton);
        QTRY_COMPARE(c.terminates(), 1);
        // The answer was lost: one re-read, which still lists it (the lag):
        // did not take effect, and the action is free again; still followed.
        QTRY_VERIFY(c.window->notifier()
                        ->lines()
                        .join(QLatin1Char('\n'))
                        .contains(QStringLiteral("the release did not take effect")));
        QVERIFY(c.session()
                    ->operations()
                    ->verdict(c.model()->instance(kOff), OperationKind::Release)
                    .allowed());
        c.fixture.sim().clock().advance(kLagMs);
        QTRY_VERIFY(c.model()->rowOf(kOff) < 0);
        QVERIFY(c.window->notifier()
                    ->lines()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("took effect")));
        QCOMPARE(c.terminates(), 1);
    }
};

QTEST_MAIN(TestReleaseFlow)
#include "tst_releaseflow.moc"
