// SPDX-License-Identifier: MIT
// The console window, offscreen, against the simulator over real HTTP: the
// eight "done when" cases of the console issue, driven through real widgets.
#include "demo/DemoCloud.h"
#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "state/GpuIdleTracker.h"
#include "support/ConsoleWindow.h"
#include "support/PromptAnswerer.h"
#include "support/SimulatorFixture.h"
#include "ui/FilterBar.h"
#include "ui/InstanceActions.h"
#include "ui/MainWindow.h"
#include "ui/OperationNotifier.h"
#include "ui/PromptService.h"
#include "ui/StatusSummary.h"
#include "ui/delegates/RowActionDelegate.h"
#include "ui/dialogs/BatchStopDialog.h"
#include "ui/dialogs/ForceStopDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/StopConfirmDialog.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/StatusBanner.h"
#include "wire/ApiTransport.h"
#include "work/PriceQuoteBook.h"
#include "work/ProjectDirectory.h"
#include "work/RefreshScheduler.h"
#include "work/StopReminder.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {
QList<QStringList> accountRows()
{
    QList<QStringList> list{{QStringLiteral("uhost-pay"), QStringLiteral("cn-wlcb"),
                             QStringLiteral("Running"), QStringLiteral("Postpay")},
                            {QStringLiteral("uhost-pay2"), QStringLiteral("cn-sh2"),
                             QStringLiteral("Running"), QStringLiteral("Dynamic")},
                            {QStringLiteral("uhost-spot"), QStringLiteral("hk"),
                             QStringLiteral("Running"), QStringLiteral("Spot")},
                            {QStringLiteral("uhost-off"), QStringLiteral("hk"),
                             QStringLiteral("Stopped"), QStringLiteral("Postpay")}};
    for (int k = 0; k < 40; ++k) // enough rows to scroll
        list.append({QStringLiteral("uhost-z%1").arg(k, 2, 10, QLatin1Char('0')),
                     QStringLiteral("cn-sh2"), QStringLiteral("Stopped"), QStringLiteral("Month")});
    return list;
}

struct Console : compshare::test::ConsoleWindow
{
    explicit Console(const QJsonObject &scenario = smallScenario(accountRows()),
                     const QSize &size = QSize(1280, 720))
        : ConsoleWindow(scenario, size)
    {}
    int proxyRow(const QString &id) const { return proxyIndex(id, 0).row(); }
    QString state(const QString &id) const
    {
        return InstanceTableModel::stateText(model()->instance(id)->state);
    }
};
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear(); // every case starts from a first run's settings
        ConsoleSettings().setAskBeforeOrdinaryStop(true);
    }

    void multiRegionListAppears()
    {
        Console c(QJsonObject{}); // the demo account: ~15 instances, 3 regions
        QTRY_COMPARE(c.window->table()->model()->rowCount(),
                     int(c.fixture.sim().instances().size()));
        QVERIFY(c.model()->rowCount() >= 12);
        QVERIFY(c.window->statusSummary()->burnRateText().contains(QStringLiteral("¥")));
        QVERIFY(!c.window->isShowingWelcome());

        // What the next start needs so that its first list does not wait:
        // the list size and the project this key listed in.
        QSignalSpy refreshed(c.session()->scheduler(), &RefreshScheduler::refreshSucceeded);
        c.session()->scheduler()->refreshNow();
        QTRY_VERIFY(!refreshed.isEmpty());
        QCOMPARE(c.session()->projects()->status(), ProjectDirectory::Status::Ready);
        const QString project = c.session()->projects()->currentId();
        QVERIFY(!project.isEmpty());
        const ConsoleSettings *settings = c.settings();
        QCOMPARE(settings->lastUsedProject(c.fixture.credentials().publicKey), project);
        QCOMPARE(settings->knownListSize(c.fixture.credentials().publicKey), c.model()->rowCount());
    }

    void refreshChangesOneRowAndKeepsSelectionAndScroll()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 44);
        // The price action's answers repaint money cells: let them all come first.
        PriceQuoteBook *quotes = c.session()->priceQuotes();
        QTRY_VERIFY(quotes->queued() == 0 && quotes->inFlight() == 0);
        InstanceTableView *view = c.window->table();
        view->selectInstance(QStringLiteral("uhost-z30"));
        const int scroll = view->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        QSignalSpy changed(c.model(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(c.model(), &QAbstractItemModel::modelReset);
        c.fixture.sim().setInstanceField(QStringLiteral("uhost-z05"), QStringLiteral("Name"),
                                         QStringLiteral("renamed"));
        QSignalSpy done(c.session()->scheduler(), &RefreshScheduler::refreshSucceeded);
        c.window->actions()->refreshAction()->trigger();
        QVERIFY(done.wait(5000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(),
                 c.model()->rowOf(QStringLiteral("uhost-z05")));
        QCOMPARE(view->selectedInstanceIds(), QStringList{QStringLiteral("uhost-z30")});
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
    }

    void stopGoesRunningStoppingStoppedWithBatchedPolls()
    {
        Console c;
        c.fixture.sim().clock().setManual(true);
        QTRY_COMPARE(c.model()->rowCount(), 44);
        PromptService *prompts = c.window->prompts();
        QDialog *opened = nullptr;
        connect(prompts, &PromptService::promptOpened, this, [&opened](QDialog *d) { opened = d; });
        c.clickRowButton(QStringLiteral("uhost-pay"));
        QTRY_VERIFY(opened);
        auto *confirm = qobject_cast<StopConfirmDialog *>(opened);
        QVERIFY(confirm);
        // Opened with open(): modal to the window only, so it never blocks in a
        // nested event loop and the list keeps refreshing behind it.
        QCOMPARE(confirm->windowModality(), Qt::WindowModal);
        QVERIFY(confirm->isVisible());
        confirm->accept();
        QTRY_COMPARE(c.state(QStringLiteral("uhost-pay")), QStringLiteral("Stopping"));
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
        c.fixture.sim().clearJournal();
        c.fixture.sim().clock().advance(60 * 1000);
        QTRY_COMPARE(c.state(QStringLiteral("uhost-pay")), QStringLiteral("Stopped"));
        const auto describes = c.fixture.entries(QStringLiteral("DescribeCompShareInstance"));
        int polls = 0;
        for (const auto &e : describes) {
            if (e.params.contains(QStringLiteral("UHostIds.0"))) {
                ++polls;
                QCOMPARE(e.params.value(QStringLiteral("Region")), QStringLiteral("cn-wlcb"));
                QCOMPARE(e.params.value(QStringLiteral("UHostIds.0")), QStringLiteral("uhost-pay"));
                QVERIFY(!e.params.contains(QStringLiteral("UHostIds.1")));
            }
        }
        QVERIFY2(polls >= 1, "the transition was never polled");
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 0); // never resent
        QTRY_VERIFY(c.window->notifier()->lastNotification().contains(QStringLiteral("stopped")));
    }

    void cancellingTheSpotDialogSendsNothing()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 44);
        QDialog *opened = nullptr;
        connect(c.window->prompts(), &PromptService::promptOpened, this,
                [&opened](QDialog *d) { opened = d; });
        c.clickRowButton(QStringLiteral("uhost-spot"));
        QTRY_VERIFY(opened);
        auto *force = qobject_cast<ForceStopDialog *>(opened);
        QVERIFY(force);
        QVERIFY(!force->forceStopButton()->isEnabled());
        QVERIFY(force->cancelButton()->isDefault());
        QSignalSpy finished(force, &QDialog::finished);
        QTest::mouseClick(force->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Rejected));
        QVERIFY(c.roundTrip());
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 0);
    }

    void confirmingTheSpotDialogSendsOneForcedStop()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 44);
        QDialog *opened = nullptr;
        connect(c.window->prompts(), &PromptService::promptOpened, this,
                [&opened](QDialog *d) { opened = d; });
        c.clickRowButton(QStringLiteral("uhost-spot"));
        QTRY_VERIFY(opened);
        auto *force = qobject_cast<ForceStopDialog *>(opened);
        QVERIFY(force);
        force->understandCheckBox()->setChecked(true);
        QVERIFY(force->forceStopButton()->isEnabled());
        QTest::mouseClick(force->forceStopButton(), Qt::LeftButton);
        QTRY_COMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
        const auto stop = c.fixture.entries(QStringLiteral("StopCompShareInstance")).first();
        QCOMPARE(stop.params.value(QStringLiteral("UHostId")), QStringLiteral("uhost-spot"));
        QCOMPARE(stop.params.value(QStringLiteral("Force")), QStringLiteral("true"));
        QVERIFY(c.roundTrip());
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
    }

    void lockErrorDisablesTheRow()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 44);
        sim::FaultRule lock;
        lock.action = QStringLiteral("StopCompShareInstance");
        lock.type = sim::FaultRule::Type::RetCode;
        lock.retCode = 8437;
        lock.message =
            QStringLiteral("InstanceOperationInProgress: another operation is in progress");
        c.fixture.sim().addFault(lock);
        (new test::PromptAnswerer(c.window->prompts()))
            ->answerNext(test::PromptAnswerer::Answer::Accept);
        c.clickRowButton(QStringLiteral("uhost-pay"));
        QTRY_VERIFY(c.model()->isLocked(QStringLiteral("uhost-pay")));
        const QModelIndex action = c.session()->proxy()->index(
            c.proxyRow(QStringLiteral("uhost-pay")), InstanceTableModel::ActionColumn);
        QVERIFY(!action.data(InstanceTableModel::ActionEnabledRole).toBool());
        QVERIFY(c.window->operationBanner()->isVisible());
        // A second click on the disabled button sends nothing.
        c.clickRowButton(QStringLiteral("uhost-pay"));
        QVERIFY(c.roundTrip());
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
    }

    void batchOfThreeWithOneSpot()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 44);
        // The price action's answers repaint money cells: let them all come first.
        PriceQuoteBook *quotes = c.session()->priceQuotes();
        QTRY_VERIFY(quotes->queued() == 0 && quotes->inFlight() == 0);
        InstanceTableView *view = c.window->table();
        view->clearSelection();
        for (const char *id : {"uhost-pay", "uhost-pay2", "uhost-spot"}) {
            const QModelIndex idx =
                c.session()->proxy()->index(c.proxyRow(QString::fromLatin1(id)), 0);
            view->selectionModel()->select(idx,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QAction *stop = c.window->actions()->stopAction();
        QVERIFY(stop->isEnabled());
        QVERIFY(stop->text().contains(QLatin1Char('3')));
        QDialog *opened = nullptr;
        connect(c.window->prompts(), &PromptService::promptOpened, this,
                [&opened](QDialog *d) { opened = d; });
        stop->trigger();
        QTRY_VERIFY(opened);
        auto *batch = qobject_cast<BatchStopDialog *>(opened);
        QVERIFY(batch);
        QVERIFY(batch->forceCheckBox(QStringLiteral("uhost-spot")));
        batch->forceCheckBox(QStringLiteral("uhost-spot"))->setChecked(true);
        QTest::mouseClick(batch->stopButton(), Qt::LeftButton);
        QTRY_COMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 3);
        QMap<QString, QString> force;
        for (const auto &e : c.fixture.entries(QStringLiteral("StopCompShareInstance")))
            force.insert(e.params.value(QStringLiteral("UHostId")),
                         e.params.value(QStringLiteral("Force"), QStringLiteral("-")));
        QCOMPARE(force.value(QStringLiteral("uhost-spot")), QStringLiteral("true"));
        QCOMPARE(force.value(QStringLiteral("uhost-pay")), QStringLiteral("-"));
        QCOMPARE(force.value(QStringLiteral("uhost-pay2")), QStringLiteral("-"));
        QTRY_COMPARE(c.state(QStringLiteral("uhost-spot")), QStringLiteral("Stopping"));
    }

    void serviceUnavailableKeepsRowsAndShowsBanner()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 44);
        const QList<Instance> before = c.model()->instances();
        sim::FaultRule fault;
        fault.action = QStringLiteral("DescribeCompShareInstance");
        fault.type = sim::FaultRule::Type::HttpStatus;
        fault.httpStatus = 503;
        c.fixture.sim().addFault(fault);
        c.window->actions()->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(c.window->connectionBanner()->isVisible(), 10000);
        // HTTP 503 is an answer: CompShare was reached.
        QVERIFY(c.window->connectionBanner()->text().contains(
            QStringLiteral("CompShare answered with an error")));
        QVERIFY(c.window->connectionBanner()->text().contains(QStringLiteral("showing data from")));
        QCOMPARE(c.model()->instances(), before);
        QCOMPARE(c.window->table()->model()->rowCount(), 44);
        c.fixture.sim().clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(!c.window->connectionBanner()->isVisible(), 10000);
    }

    void headerAndGeometryPersist()
    {
        {
            Console c;
            QTRY_COMPARE(c.model()->rowCount(), 44);
            c.window->table()->setColumnHidden(InstanceTableModel::PublicIpColumn, true);
            c.window->table()->sortByColumn(InstanceTableModel::PriceColumn, Qt::DescendingOrder);
            c.window->resize(1111, 666);
            c.window->close();
        }
        Console again(smallScenario(accountRows()), QSize());
        QCOMPARE(again.window->size(), QSize(1111, 666));
        InstanceTableView *view = again.window->table();
        QVERIFY(view->isColumnHidden(InstanceTableModel::PublicIpColumn));
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(),
                 int(InstanceTableModel::PriceColumn));
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QTRY_COMPARE(again.model()->rowCount(), 44);
        // Sorted by price, highest first, on the raw value.
        const auto *proxy = again.session()->proxy();
        const double first = proxy->index(0, InstanceTableModel::PriceColumn)
                                 .data(InstanceTableModel::RawValueRole)
                                 .toDouble();
        const double second = proxy->index(1, InstanceTableModel::PriceColumn)
                                  .data(InstanceTableModel::RawValueRole)
                                  .toDouble();
        QVERIFY(first >= second);
        view->setColumnHidden(InstanceTableModel::PublicIpColumn, false);
        again.window->close();
    }

    void emptyFilterSaysSoPerRegion()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 44);
        auto *region = c.window->filterBar()->regionCombo();
        region->setCurrentIndex(region->findData(QStringLiteral("hk")));
        c.window->filterBar()->searchEdit()->setText(QStringLiteral("no-such-instance"));
        QCOMPARE(c.window->table()->model()->rowCount(), 0);
        QVERIFY(c.window->table()->emptyText().contains(QStringLiteral("hk")));
    }

    void searchShortcutFocusesTheSearchBox()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 44);
        c.window->activateWindow();
        c.window->table()->setFocus();
        QTest::keyClick(c.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(c.window->filterBar()->searchEdit()->hasFocus());
    }

    void preferencesAreAppliedByTheAccountAtOnce()
    {
        Console c;
        QTRY_VERIFY(c.model()->rowCount() > 0);
        auto *open = c.window->findChild<QAction *>(QStringLiteral("actionPreferences"));
        QVERIFY(open);
        open->trigger();
        QTRY_VERIFY(c.window->findChild<PreferencesDialog *>());
        auto *dialog = c.window->findChild<PreferencesDialog *>();
        dialog->refreshSpinBox()->setValue(45);
        dialog->reminderLeadSpinBox()->setValue(20);
        dialog->idleWindowSpinBox()->setValue(12);
        QTest::keyClick(dialog, Qt::Key_Return); // OK
        QTRY_VERIFY(!c.window->findChild<PreferencesDialog *>());
        // The window only built the dialog; the account applied what changed.
        QCOMPARE(c.settings()->refreshIntervalSeconds(), 45);
        QCOMPARE(c.session()->scheduler()->autoRefreshIntervalMs(), 45000);
        QCOMPARE(c.session()->stopReminder()->leadMinutes(), 20);
        QCOMPARE(c.session()->idleTracker()->windowSeconds(), 12 * 60);
    }

    void firstRunShowsWelcomeThenDemo()
    {
        CommandLineOptions options; // no --demo, no profile saved
        AccountSession account(options);
        account.setDemoStarter(&DemoCloud::startNew); // as runConsole does
        MainWindow window(&account);
        account.start();
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingWelcome(), 20000);
        auto *demo = window.findChild<QPushButton *>(QStringLiteral("demo"));
        QVERIFY(demo);
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("addKey")));
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_VERIFY(!window.isShowingWelcome());
        QTRY_VERIFY(window.table()->model()->rowCount() >= 12);
        QVERIFY(window.windowTitle().contains(QStringLiteral("DEMO")));
    }

    void keyRejectedShowsFixCredentialsBanner()
    {
        SimulatorFixture f(smallScenario(accountRows()));
        CommandLineOptions options;
        options.connectLater = true;
        AccountSession console(options);
        MainWindow window(&console);
        window.show();
        Credentials wrong = f.credentials();
        wrong.privateKey += QStringLiteral("x");
        // The project list is asked first and refused for the same key: the
        // banner it leaves must already offer the fix, not a bare warning
        // (connected after the window's own handler, so this sees its result).
        QList<StatusBanner::Kind> kindsAfterProjectRefusal;
        QStringList actionsAfterProjectRefusal;
        connect(console.session()->projects(), &ProjectDirectory::listRefused, this, [&] {
            kindsAfterProjectRefusal << window.connectionBanner()->kind();
            actionsAfterProjectRefusal << (window.connectionBanner()->actionButton()->isVisibleTo(
                                               window.connectionBanner())
                                               ? window.connectionBanner()->actionButton()->text()
                                               : QString());
        });
        console.connectWith(f.url(), wrong, QStringLiteral("wrong"));
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionBanner()->isVisible(), 5000);
        QCOMPARE(window.connectionBanner()->kind(), StatusBanner::Kind::Error);
        QVERIFY(window.connectionBanner()->actionButton()->isVisible());
        QVERIFY(!window.connectionBanner()->text().contains(wrong.privateKey));
        QTRY_COMPARE(kindsAfterProjectRefusal.size(), 1);
        QCOMPARE(kindsAfterProjectRefusal.first(), StatusBanner::Kind::Error);
        QCOMPARE(actionsAfterProjectRefusal.first(), QStringLiteral("Fix credentials…"));
        QVERIFY(f.count(QStringLiteral("GetProjectList")) >= 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
