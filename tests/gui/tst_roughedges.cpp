// SPDX-License-Identifier: MIT
// The rough edges of issue 16, each through the real window against the
// simulator: region names from DescribeCompShareSupportZone, "Start without
// GPU" and its refusal, one question before starting several instances,
// the batch stop dialog's skipped list, Refresh with no key, "(HTTP n)" once.
#include "domain/ApiError.h"
#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "support/ConsoleWindow.h"
#include "support/SimulatorFixture.h"
#include "ui/FilterBar.h"
#include "ui/InstanceActions.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"
#include "ui/dialogs/BatchStopDialog.h"
#include "ui/dialogs/StopConfirmDialog.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/StatusBanner.h"
#include "wire/CompShareClient.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {
QJsonObject scenario()
{
    QJsonObject s = smallScenario(
        {{QStringLiteral("uhost-pay"), QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
          QStringLiteral("Postpay")},
         {QStringLiteral("uhost-img"), QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
          QStringLiteral("Postpay"), QStringLiteral("making-image")},
         {QStringLiteral("uhost-pay2"), QStringLiteral("hk"), QStringLiteral("Running"),
          QStringLiteral("Postpay")},
         {QStringLiteral("uhost-off1"), QStringLiteral("hk"), QStringLiteral("Stopped"),
          QStringLiteral("Postpay")},
         {QStringLiteral("uhost-off2"), QStringLiteral("hk"), QStringLiteral("Stopped"),
          QStringLiteral("Postpay")}});
    QJsonArray zones;
    zones.append(QJsonObject{{QStringLiteral("region"), QStringLiteral("cn-wlcb")},
                             {QStringLiteral("zone"), QStringLiteral("cn-wlcb-01")},
                             {QStringLiteral("describe"), QStringLiteral("华北二(乌兰察布)")}});
    zones.append(QJsonObject{{QStringLiteral("region"), QStringLiteral("hk")},
                             {QStringLiteral("zone"), QStringLiteral("hk-01")}});
    s.insert(QStringLiteral("zones"), zones);
    return s;
}

struct Console : compshare::test::ConsoleWindow
{
    explicit Console(bool connect = true)
        : ConsoleWindow(scenario(), QSize(1280, 720), connect)
    {}
    void select(const QStringList &ids)
    {
        InstanceTableView *view = window->table();
        view->clearSelection();
        for (const QString &id : ids) {
            const QModelIndex idx = proxyIndex(id, 0);
            if (idx.isValid())
                view->selectionModel()->select(idx, QItemSelectionModel::Select |
                                                        QItemSelectionModel::Rows);
        }
    }
};
} // namespace

class TestRoughEdges final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void beforeTheFirstListTheTableSaysLoadingNotEmpty()
    {
        // "No instances in this account yet" is a claim about the account:
        // not before CompShare has answered once.
        Console c(false);
        sim::FaultRule down;
        down.action = QStringLiteral("DescribeCompShareInstance");
        down.type = sim::FaultRule::Type::HttpStatus;
        down.httpStatus = 503;
        c.fixture.sim().addFault(down);
        sim::FaultRule slow; // holds each failure back, so "loading" is seen first
        slow.action = down.action;
        slow.type = sim::FaultRule::Type::Latency;
        slow.latencyMs = 300;
        c.fixture.sim().addFault(slow);
        c.connectNow(); // the list waits for GetProjectList first: loading already
        QCOMPARE(c.window->table()->emptyText(), QStringLiteral("Loading the instance list…"));
        QTRY_VERIFY(c.session()->scheduler()->lastAttemptFailed());
        QTRY_VERIFY(c.window->table()->emptyText().contains(QLatin1String("could not be loaded")));
        c.fixture.sim().clearFaults();
        c.session()->scheduler()->refreshNow();
        QTRY_COMPARE(c.model()->rowCount(), 5);
        c.window->filterBar()->searchEdit()->setText(QStringLiteral("no-such-instance"));
        QCOMPARE(c.window->table()->emptyText(), QStringLiteral("No instances match the filter."));
    }

    void regionFilterShowsNamesWithTheCodeInTheTooltip()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 5);
        QComboBox *regions = c.window->filterBar()->regionCombo();
        QTRY_COMPARE(regions->findText(QStringLiteral("华北二(乌兰察布)")), 1);
        const int named = regions->findText(QStringLiteral("华北二(乌兰察布)"));
        QCOMPARE(regions->itemData(named).toString(), QStringLiteral("cn-wlcb"));
        QCOMPARE(regions->itemData(named, Qt::ToolTipRole).toString(), QStringLiteral("cn-wlcb"));
        // Every region entry keeps its code as data and tooltip.
        for (int k = 1; k < regions->count(); ++k)
            QCOMPARE(regions->itemData(k, Qt::ToolTipRole), regions->itemData(k));
        QCOMPARE(regions->count(), 3);
        QVERIFY(c.fixture.count(QStringLiteral("DescribeCompShareSupportZone")) >= 1);
    }

    void startWithoutGpuSendsWithoutGpuAndShowsARefusal()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 5);
        QAction *withoutGpu = c.window->actions()->startWithoutGpuAction();
        c.select({QStringLiteral("uhost-pay")}); // running: not offered
        QVERIFY(!withoutGpu->isEnabled());
        c.select({QStringLiteral("uhost-off1")});
        QTRY_VERIFY(withoutGpu->isEnabled());
        withoutGpu->trigger();
        QTRY_COMPARE(c.fixture.count(QStringLiteral("StartCompShareInstance")), 1);
        const auto start = c.fixture.entries(QStringLiteral("StartCompShareInstance")).first();
        QCOMPARE(start.params.value(QStringLiteral("WithoutGpu")), QStringLiteral("true"));

        // The gateway refuses: its answer is shown as it said it.
        c.fixture.sim().setInstanceField(QStringLiteral("uhost-off2"),
                                         QStringLiteral("SupportWithoutGpuStart"), false);
        c.select({QStringLiteral("uhost-off2")});
        QTRY_VERIFY(withoutGpu->isEnabled()); // the console still has the old list
        withoutGpu->trigger();
        QTRY_VERIFY(c.window->operationBanner()->isVisible());
        QTRY_COMPARE(c.fixture.count(QStringLiteral("StartCompShareInstance")), 2);
        QVERIFY2(c.window->operationBanner()->text().contains(QStringLiteral("test-uhost-off2")),
                 qPrintable(c.window->operationBanner()->text()));
    }

    void startingSeveralAsksOnceWithTheCost()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 5);
        QDialog *opened = nullptr;
        connect(c.window->prompts(), &PromptService::promptOpened, this,
                [&opened](QDialog *d) { opened = d; });
        c.select({QStringLiteral("uhost-off1"), QStringLiteral("uhost-off2"),
                  QStringLiteral("uhost-pay")});
        QTRY_VERIFY(c.window->actions()->startAction()->isEnabled());
        c.window->actions()->startAction()->trigger();
        QTRY_VERIFY(opened);
        auto *box = qobject_cast<QMessageBox *>(opened);
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Start 2 instances?"));
        const QString details = box->informativeText();
        QVERIFY(details.contains(QStringLiteral("test-uhost-off1")));
        QVERIFY(details.contains(QStringLiteral("test-uhost-off2")));
        QVERIFY(!details.contains(QStringLiteral("test-uhost-pay")));
        // InstancePrice 5.00 + 6.00 (smallScenario: 2.0 + row number).
        QVERIFY2(details.contains(QStringLiteral("¥11.00/h")), qPrintable(details));
        QCOMPARE(c.fixture.count(QStringLiteral("StartCompShareInstance")), 0);
        auto *start = box->findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(start);
        start->click();
        QTRY_COMPARE(c.fixture.count(QStringLiteral("StartCompShareInstance")), 2);
    }

    void batchStopListsWhatItSkips()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 5);
        QDialog *opened = nullptr;
        connect(c.window->prompts(), &PromptService::promptOpened, this,
                [&opened](QDialog *d) { opened = d; });
        c.select({QStringLiteral("uhost-pay"), QStringLiteral("uhost-pay2"),
                  QStringLiteral("uhost-img"), QStringLiteral("uhost-off1")});
        QTRY_VERIFY(c.window->actions()->stopAction()->isEnabled());
        c.window->actions()->stopAction()->trigger();
        QTRY_VERIFY(opened);
        auto *batch = qobject_cast<BatchStopDialog *>(opened);
        QVERIFY(batch);
        auto *skipped = batch->findChild<QLabel *>(QStringLiteral("skippedLabel"));
        QVERIFY(skipped);
        const QString text = skipped->text();
        QVERIFY2(text.contains(QStringLiteral("test-uhost-off1 — Only a running instance can be "
                                              "stopped; this one is Stopped.")),
                 qPrintable(text));
        // An image status the console does not know ("Making" is not
        // documented) is a warning in the dialog, not a reason to skip.
        QVERIFY2(!text.contains(QStringLiteral("uhost-img")), qPrintable(text));
        auto *warning = batch->findChild<QLabel *>(QStringLiteral("imageStatusWarning"));
        QVERIFY(warning);
        QVERIFY2(warning->text().contains(QStringLiteral("test-uhost-img")) &&
                     warning->text().contains(QStringLiteral("\"Making\"")),
                 qPrintable(warning->text()));
        QCOMPARE(batch->decisions().size(), 3);
        batch->reject();
    }

    // An image status the console does not know ("Making" is not documented)
    // is said once, in the first stop dialog naming the instance: not in
    // every dialog, and it never keeps "Don't ask again" from taking effect.
    void unknownImageStatusIsSaidOnceAndNeverKeepsAsking()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 5);
        QDialog *opened = nullptr;
        connect(c.window->prompts(), &PromptService::promptOpened, this,
                [&opened](QDialog *d) { opened = d; });
        c.window->actions()->triggerRowAction(QStringLiteral("uhost-img"));
        QTRY_VERIFY(opened);
        auto *confirm = qobject_cast<StopConfirmDialog *>(opened);
        QVERIFY(confirm);
        auto *warning = confirm->findChild<QLabel *>(QStringLiteral("imageStatusWarning"));
        QVERIFY(warning);
        QVERIFY2(warning->text().contains(QStringLiteral("\"Making\"")),
                 qPrintable(warning->text()));
        QVERIFY(confirm->stopButton()->isEnabled()); // a warning, not a refusal
        QVERIFY(confirm->dontAskAgainCheckBox()->isEnabled());
        confirm->reject();
        // Asked again: said already, so not again.
        opened = nullptr;
        c.window->actions()->triggerRowAction(QStringLiteral("uhost-img"));
        QTRY_VERIFY(opened);
        confirm = qobject_cast<StopConfirmDialog *>(opened);
        QVERIFY(confirm);
        QVERIFY(!confirm->findChild<QLabel *>(QStringLiteral("imageStatusWarning")));
        confirm->reject();
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 0);
        // "Don't ask again" holds for it like for any ordinary stop.
        c.settings()->setAskBeforeOrdinaryStop(false);
        opened = nullptr;
        c.window->actions()->triggerRowAction(QStringLiteral("uhost-img"));
        // Sent without a dialog: CompShare decides (the simulator refuses an image task).
        QTRY_COMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
        QVERIFY(!opened);
    }

    // "Available" (the official CLI's own fixture value) is a usable image:
    // no warning, and "Don't ask again" takes effect.
    void availableImageStatusIsNormal()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 5);
        for (const QString &id : {QStringLiteral("uhost-pay"), QStringLiteral("uhost-pay2")})
            c.fixture.sim().setInstanceField(id, QStringLiteral("CompShareImageStatus"),
                                             QStringLiteral("Available"));
        QVERIFY(c.roundTrip());
        QCOMPARE(c.model()->instance(QStringLiteral("uhost-pay"))->imageStatus,
                 QStringLiteral("Available"));
        QVERIFY(!c.model()->instance(QStringLiteral("uhost-pay"))->hasUnknownImageStatus());
        QDialog *opened = nullptr;
        connect(c.window->prompts(), &PromptService::promptOpened, this,
                [&opened](QDialog *d) { opened = d; });
        c.window->actions()->triggerRowAction(QStringLiteral("uhost-pay"));
        QTRY_VERIFY(opened);
        auto *confirm = qobject_cast<StopConfirmDialog *>(opened);
        QVERIFY(confirm);
        QVERIFY(!confirm->findChild<QLabel *>(QStringLiteral("imageStatusWarning")));
        confirm->dontAskAgainCheckBox()->setChecked(true);
        confirm->accept();
        QTRY_COMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
        QVERIFY(!c.settings()->askBeforeOrdinaryStop());
        // The next ordinary stop goes without a dialog.
        opened = nullptr;
        c.window->actions()->triggerRowAction(QStringLiteral("uhost-pay2"));
        QTRY_COMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 2);
        QVERIFY(!opened);
    }

    void refreshWithoutAKeySaysWhy()
    {
        Console c(false);
        c.window->actions()->refreshAction()->trigger();
        QVERIFY2(c.window->statusBar()->currentMessage().contains(QStringLiteral("no API key")),
                 qPrintable(c.window->statusBar()->currentMessage()));
    }

    void listSizeIsRememberedForTheNextStart()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 5);
        const QString account = c.fixture.credentials().publicKey;
        // Remembered per account by the AccountSession.
        QTRY_COMPARE(c.settings()->knownListSize(account), 5);
        // A new start: the client knows nothing until connectWith reads it back.
        c.account->session()->disconnect();
        c.account->session()->client()->setListSizeHint(0);
        c.account->connectWith(c.fixture.url(), c.fixture.credentials(), QStringLiteral("test"));
        QCOMPARE(c.account->session()->client()->listSizeHint(), 5);
        QCOMPARE(c.settings()->knownListSize(QStringLiteral("another-key")), 0);
    }

    void httpStatusIsNamedOnce()
    {
        const QString text = ApiError::httpStatus(503).toString();
        QCOMPARE(text.count(QStringLiteral("HTTP 503")), 1);
    }
};

QTEST_MAIN(TestRoughEdges)
#include "tst_roughedges.moc"
