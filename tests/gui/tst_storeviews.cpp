// SPDX-License-Identifier: MIT
// The local store in the real window, offscreen, against the simulator: the
// saved list paints before CompShare's first answer (the simulator lags),
// marked "List from …, refreshing…", with no money figure and no row action
// from it, then the answer updates the rows in place; the History view shows
// what was sent (menu, context menu and Ctrl+Shift+H), also a stop that never
// left this computer; a damaged store file
// is rebuilt and the window says so.
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/LocalStore.h"
#include "state/OperationJournal.h"
#include "support/ConsoleWindow.h"
#include "support/SimulatorFixture.h"
#include "support/StoredConsole.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"
#include "ui/StatusSummary.h"
#include "ui/dialogs/RenameDialog.h"
#include "ui/history/HistoryDialog.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/StatusBanner.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"
#include "work/StopController.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {
const QString kRun = QStringLiteral("uhost-run");
const QString kOff = QStringLiteral("uhost-off");

QJsonObject scenario()
{
    return smallScenario(
        {{kRun, QStringLiteral("cn-wlcb"), QStringLiteral("Running"), QStringLiteral("Postpay")},
         {kOff, QStringLiteral("hk"), QStringLiteral("Stopped"), QStringLiteral("Postpay")}});
}

// One run of the console over a store file.
struct Run : test::StoredConsole
{
    using StoredConsole::StoredConsole;
    HistoryDialog *history() const { return window->findChild<HistoryDialog *>(); }
};
} // namespace

class TestStoreViews final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void cachedListPaintsFirstMarkedThenUpdatesInPlace()
    {
        SimulatorFixture f(scenario());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        {
            Run first(f, path);
            first.connect();
            QTRY_VERIFY(first.model()->hasList());
            QCOMPARE(first.model()->rowCount(), 2);
            QVERIFY(first.window->cachedListMarker()->isHidden());
            // Quit as a user does: the list, still being encoded on a worker
            // thread under a slow build, is written before the console ends.
            first.window->quitConsole();
        }
        // Meanwhile the instance was renamed; CompShare now answers slowly.
        f.sim().setInstanceField(kRun, QStringLiteral("Name"), QStringLiteral("renamed"));
        sim::FaultRule lag;
        lag.action = QStringLiteral("DescribeCompShareInstance");
        lag.type = sim::FaultRule::Type::Latency;
        lag.latencyMs = 1500;
        f.sim().addFault(lag);

        Run again(f, path);
        InstanceTableModel *model = again.model();
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        again.connect();
        QTRY_VERIFY(model->cachedSince().isValid());
        // Painted before the answer, marked, and not taken for live.
        QVERIFY(!model->hasList());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->instance(kRun)->name, QStringLiteral("test-uhost-run"));
        QLabel *marker = again.window->cachedListMarker();
        QVERIFY(marker->isVisible());
        QVERIFY2(marker->text().startsWith(QStringLiteral("List from ")),
                 qPrintable(marker->text()));
        QVERIFY(marker->text().endsWith(QStringLiteral(", refreshing…")));
        const int row = model->rowOf(kRun);
        QCOMPARE(model->index(row, InstanceTableModel::CostNowColumn).data().toString(),
                 QStringLiteral("—"));
        QVERIFY(!model->index(row, InstanceTableModel::ActionColumn)
                     .data(InstanceTableModel::ActionEnabledRole)
                     .toBool());
        QVERIFY2(again.window->statusSummary()->burnRateText().contains(QStringLiteral("—")),
                 qPrintable(again.window->statusSummary()->burnRateText()));
        QCOMPARE(inserted.count(), 1); // the cached rows

        // The answer: the same rows, updated in place; the marker goes.
        QTRY_VERIFY(model->hasList());
        QVERIFY(!model->cachedSince().isValid());
        QVERIFY(marker->isHidden());
        QCOMPARE(model->instance(kRun)->name, QStringLiteral("renamed"));
        QCOMPARE(model->rowOf(kRun), row);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QVERIFY(model->index(row, InstanceTableModel::ActionColumn)
                    .data(InstanceTableModel::ActionEnabledRole)
                    .toBool());
    }

    void quitSavesTheLatestList()
    {
        SimulatorFixture f(scenario());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        {
            Run first(f, path);
            first.connect();
            QTRY_VERIFY(first.model()->hasList());
            // A change within the save interval: saved only when the console quits.
            f.sim().setInstanceField(kRun, QStringLiteral("Name"), QStringLiteral("later"));
            first.account->session()->scheduler()->refreshNow();
            QTRY_COMPARE(first.model()->instance(kRun)->name, QStringLiteral("later"));
            QSignalSpy quit(first.window.get(), &MainWindow::quitRequested);
            first.window->quitConsole();
            QCOMPARE(quit.count(), 1);
        }
        sim::FaultRule lag;
        lag.action = QStringLiteral("DescribeCompShareInstance");
        lag.type = sim::FaultRule::Type::Latency;
        lag.latencyMs = 1500;
        f.sim().addFault(lag);
        Run again(f, path);
        again.connect();
        QTRY_VERIFY(again.model()->cachedSince().isValid());
        QCOMPARE(again.model()->instance(kRun)->name, QStringLiteral("later"));
    }

    void historyShowsWhatWasSent()
    {
        SimulatorFixture f(scenario());
        QTemporaryDir dir;
        Run run(f, dir.filePath(QStringLiteral("console.sqlite")));
        run.connect();
        QTRY_VERIFY(run.model()->hasList());
        QAction *history = run.window->historyAction();
        QVERIFY(!history->isEnabled()); // nothing selected
        QCOMPARE(history->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
        StopDecision d;
        d.id = kRun;
        QCOMPARE(run.account->session()->stopController()->stop({d}), 1);
        QTRY_COMPARE(run.store->journal()->entriesFor(kRun).value(0).answer,
                     JournalEntry::Answer::Accepted);
        run.select(kRun);
        QVERIFY(history->isEnabled());
        run.window->activateWindow();
        run.window->table()->setFocus();
        QTest::keyClick(run.window->table(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(run.history());
        HistoryDialog *dialog = run.history();
        QVERIFY(!dialog->isModal());
        QCOMPARE(dialog->instanceId(), kRun);
        QTreeWidget *list = dialog->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QTreeWidgetItem *item = list->topLevelItem(0);
        QCOMPARE(item->text(HistoryDialog::WhatColumn), QStringLiteral("Stop"));
        QCOMPARE(item->text(HistoryDialog::AnswerColumn), QStringLiteral("Accepted"));
        QCOMPARE(item->text(HistoryDialog::RequestIdColumn),
                 f.entries(QStringLiteral("StopCompShareInstance")).first().requestId);
        // It follows the journal while open: the list shows the stop took effect.
        QTRY_COMPARE(dialog->list()->topLevelItem(0)->text(HistoryDialog::ResultColumn),
                     QStringLiteral("Took effect"));
        QPointer<HistoryDialog> closed(dialog);
        dialog->close();
        QTRY_VERIFY(!closed); // closed is gone, not hidden

        // Another instance: nothing sent, and the view says so.
        run.window->table()->clearSelection();
        run.select(kOff);
        history->trigger();
        QTRY_VERIFY(run.history());
        QCOMPARE(run.history()->list()->topLevelItem(0)->text(0),
                 QStringLiteral("This console has sent no operation for this instance."));
    }

    // A stop whose connection failed before the request left (here the port
    // refuses it) is not "the answer was lost": the note says it was not
    // stopped, Stop is free again, and History says it never left.
    void aStopThatNeverLeftIsSaidSoOnScreenAndInHistory()
    {
        SimulatorFixture f(scenario());
        QTemporaryDir dir;
        Run run(f, dir.filePath(QStringLiteral("console.sqlite")));
        run.connect();
        QTRY_VERIFY(run.model()->hasList());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl refused(QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort()));
        probe.close();
        QVERIFY(!run.session()->transport()->setEndpoint(refused));
        StopDecision d;
        d.id = kRun;
        QCOMPARE(run.session()->stopController()->stop({d}), 1);
        QTRY_COMPARE(run.store->journal()->entriesFor(kRun).value(0).answer,
                     JournalEntry::Answer::NotSent);
        StatusBanner *banner = run.window->operationBanner();
        QTRY_VERIFY(banner->isVisible());
        const QString text = banner->text();
        QVERIFY2(text.contains(QLatin1String("was not stopped. Could not reach the CompShare API")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("The request never left this computer, so nothing "
                                             "changed.")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("lost")) && !text.contains(QLatin1String("refused "
                                                                                       "the stop")),
                 qPrintable(text));
        QCOMPARE(banner->kind(), StatusBanner::Kind::Error);
        QVERIFY(f.entries(QStringLiteral("StopCompShareInstance")).isEmpty());
        QVERIFY(!run.session()->stopController()->isInFlight(kRun));
        QTRY_VERIFY(run.model()
                        ->index(run.rowOf(kRun), InstanceTableModel::ActionColumn)
                        .data(InstanceTableModel::ActionEnabledRole)
                        .toBool());

        run.select(kRun);
        run.window->historyAction()->trigger();
        QTRY_VERIFY(run.history());
        QTreeWidgetItem *item = run.history()->list()->topLevelItem(0);
        QCOMPARE(item->text(HistoryDialog::AnswerColumn),
                 QStringLiteral("Never left this computer"));
        QCOMPARE(item->text(HistoryDialog::ResultColumn), QStringLiteral("Nothing changed"));
    }

    void renameIsJournaled()
    {
        SimulatorFixture f(scenario());
        QTemporaryDir dir;
        Run run(f, dir.filePath(QStringLiteral("console.sqlite")));
        QPointer<RenameDialog> dialog;
        connect(run.window->prompts(), &PromptService::promptOpened, this, [&dialog](QDialog *d) {
            if (auto *r = qobject_cast<RenameDialog *>(d))
                dialog = r;
        });
        run.connect();
        QTRY_VERIFY(run.model()->hasList());
        run.select(kRun);
        run.window->activateWindow();
        run.window->table()->setFocus();
        QTest::keyClick(run.window->table(), Qt::Key_F2);
        QTRY_VERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("训练-02"));
        QTest::mouseClick(dialog->renameButton(), Qt::LeftButton);
        QTRY_COMPARE(run.store->journal()->entriesFor(kRun).value(0).answer,
                     JournalEntry::Answer::Accepted);
        const JournalEntry e = run.store->journal()->entriesFor(kRun).first();
        QCOMPARE(e.what, JournalEntry::What::Rename);
        QCOMPARE(e.detail, QStringLiteral("训练-02"));
        QCOMPARE(e.requestId,
                 f.entries(QStringLiteral("ModifyCompShareInstanceName")).first().requestId);
    }

    void damagedStoreIsRebuiltAndSaid()
    {
        SimulatorFixture f(scenario());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        {
            QFile garbage(path);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(4096, '\x5a'));
        }
        Run run(f, path);
        QVERIFY(run.store->recovery().happened());
        StatusBanner *banner = run.window->storeBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(
                     QStringLiteral("The console's local store was damaged, so a new one was "
                                    "started. The old file is kept as ")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(run.store->recovery().movedTo));
        QVERIFY(QFile::exists(run.store->recovery().movedTo));
        run.connect();
        QTRY_VERIFY(run.model()->hasList()); // the console works on
    }

    void aWindowWithoutAStoreHasNoHistory()
    {
        test::ConsoleWindow c(scenario());
        QTRY_VERIFY(c.model()->hasList());
        c.window->table()->selectRow(0);
        QVERIFY(!c.window->historyAction()->isEnabled());
        QVERIFY(!c.window->cachedListMarker());
    }
};

QTEST_MAIN(TestStoreViews)
#include "tst_storeviews.moc"
