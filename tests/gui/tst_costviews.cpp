// SPDX-License-Identifier: MIT
// The cost views against the simulator's demo account over real HTTP: the
// status bar's burn, a stopped pay-as-you-go row's reclaim countdown and
// disk cost, and the idle notification whose Stop… opens the normal stop
// flow. With COMPSHARE_SCREENSHOT_DIR set, it also saves cost-columns.png,
// cost-breakdown.png and idle-notification.png.
#include "domain/BillingRules.h"
#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "state/GpuIdleTracker.h"
#include "support/ScreenshotBubble.h"
#include "support/SimulatorFixture.h"
#include "text/CostText.h"
#include "ui/CostNotifier.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"
#include "ui/StatusSummary.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/CostSummaryView.h"
#include "work/DesktopNotifications.h"
#include "work/PriceQuoteBook.h"
#include "work/RefreshScheduler.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;

namespace {
const QString kJupyter = QStringLiteral("uhost-7jd1r8kx");   // stopped 2 d, ReleaseTime in 4 d 21 h
const QString kBackup = QStringLiteral("uhost-3xm6d0rj");    // stopped 6 d 5 h, no ReleaseTime
const QString kLlama = QStringLiteral("uhost-2kx7f1qa");     // running, GPU at 1.5 %
const QString kHkGateway = QStringLiteral("uhost-8ne3j6ha"); // running, empty MonitorMessages

struct Console
{
    Console()
    {
        CommandLineOptions options;
        options.connectLater = true;
        account = std::make_unique<AccountSession>(options);
        window = std::make_unique<MainWindow>(account.get());
        compshare::test::useFastTimings(*account->session());
        window->resize(1400, 640);
        window->show();
        account->connectWith(fixture.url(), fixture.credentials(), QStringLiteral("test"));
    }
    QModelIndex cell(const QString &id, int column) const
    {
        const auto *proxy = account->session()->proxy();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, 0).data(InstanceTableModel::InstanceIdRole).toString() == id)
                return proxy->index(r, column);
        }
        return {};
    }
    bool loaded() const { return account->session()->model()->rowCount() == 15; }

    compshare::test::SimulatorFixture fixture{QJsonObject{}}; // the demo account
    std::unique_ptr<AccountSession> account;                  // outlives the window
    std::unique_ptr<MainWindow> window;
};

using compshare::test::saveBubble;
} // namespace

class TestCostViews final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void statusBarAndStoppedRow()
    {
        Console c;
        QTRY_VERIFY(c.loaded());
        // Running pay-as-you-go and spot with their hourly disks, the running spot
        // instances' "Spot" disks included (30.53), + the stopped disks (0.07 + 0.05);
        // the five prepaid ones are counted apart, not in the burn; the stopped
        // spot instance is not free and has no price, so the total is "at least".
        auto *burn =
            c.window->statusSummary()->findChild<QLabel *>(QStringLiteral("statusBurnRate"));
        QVERIFY(burn);
        QCOMPARE(burn->text(),
                 QStringLiteral("Paying at least ¥30.65/h (¥0.12/h for stopped instances) · at "
                                "least ¥735.60/day"));
        // The Install Fail one (billing state unknown) and the stopped spot one.
        QVERIFY2(c.window->statusSummary()->unknownBillingText().startsWith(QStringLiteral("2 ")),
                 qPrintable(c.window->statusSummary()->unknownBillingText()));
        QVERIFY(c.window->statusSummary()->leftOutToolTipText().contains(
            QStringLiteral("stopped spot")));
        QVERIFY(burn->toolTip().contains(QStringLiteral("not in the hourly figure")));
        auto *prepaid =
            c.window->statusSummary()->findChild<QLabel *>(QStringLiteral("statusPrepaid"));
        QCOMPARE(prepaid->text(), QStringLiteral("5 prepaid (1 expired, 2 expiring)"));

        // The stopped pay-as-you-go row: disk cost and the reclaim countdown
        // (ReleaseTime sent); how long it has been stopped is in the tooltip.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        c.account->session()->setClock([now] { return now; });
        const QModelIndex cost = c.cell(kJupyter, InstanceTableModel::CostNowColumn);
        QCOMPARE(cost.data().toString(), QStringLiteral("¥0.07/h disks · reclaimed in 4 d 21 h"));
        QVERIFY(cost.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Stopped 2 d 0 h")));
        QVERIFY(!cost.data(InstanceTableModel::CostWarningRole).toBool());
        // No ReleaseTime: 12:00 China time on the 7th day after the stop, an
        // estimate, under 24 h: the warning.
        const Instance *backupRecord = c.account->session()->model()->instance(kBackup);
        QVERIFY(backupRecord);
        const QDateTime reclaimAt = BillingRules::reclaimAfterStop(backupRecord->stopped);
        QCOMPARE(BillingRules::reclaimDeadline(*backupRecord).at, reclaimAt);
        // The demo's stop is a fixed time ago, so by the wall clock the 12:00
        // reclaim is 7 to 31 h away depending on the hour: look 7 h before it.
        const QDateTime soon = reclaimAt.addSecs(-7 * 3600);
        c.account->session()->setClock([soon] { return soon; });
        const QModelIndex backup = c.cell(kBackup, InstanceTableModel::CostNowColumn);
        QCOMPARE(backup.data().toString(), QStringLiteral("¥0.05/h disks · ") +
                                               QStringLiteral("reclaimed in 7 h 0 min (estimate)"));
        QVERIFY(backup.data(InstanceTableModel::CostWarningRole).toBool());
        // No data, no claim.
        QCOMPARE(c.cell(kHkGateway, InstanceTableModel::GpuUtilColumn).data().toString(),
                 QStringLiteral("—"));
        QCOMPARE(c.cell(kLlama, InstanceTableModel::GpuUtilColumn).data().toString(),
                 QStringLiteral("2 %"));

        // The row that is about to be reclaimed gets one notification.
        c.window->costNotifier()->checkReclaims();
        QTRY_VERIFY(
            c.window->costNotifier()->lastNotification().contains(QStringLiteral("backup-3090")));

        saveBubble(QString(), burn->toolTip(), QStringLiteral("cost-breakdown.png"));
    }

    void idleNotificationOpensTheStopFlow()
    {
        Console c;
        QTRY_VERIFY(c.loaded());
        // CompShare's price action answers first; its disks (¥0.06/h) win over the listing's.
        PriceQuoteBook *quotes = c.account->session()->priceQuotes();
        QTRY_VERIFY(quotes->queued() == 0 && quotes->inFlight() == 0);
        GpuIdleTracker *idle = c.account->session()->idleTracker();
        QDateTime now = QDateTime::currentDateTimeUtc();
        c.account->session()->setClock([&now] { return now; }); // the one clock
        CostNotifier *notifier = c.window->costNotifier();
        QSignalSpy notified(notifier, &CostNotifier::notified);
        QSignalSpy listed(c.account->session()->scheduler(), &RefreshScheduler::refreshSucceeded);
        // Thirty minutes of low samples, on the injected clock.
        for (int k = 0; k <= 30; k += 10) {
            const int before = int(listed.size());
            c.account->session()->scheduler()->refreshNow();
            QTRY_VERIFY(listed.size() > before);
            if (k < 30)
                now = now.addSecs(600);
        }
        QTRY_VERIFY(idle->isIdle(kLlama));
        QVERIFY(!idle->isIdle(kHkGateway)); // no data, no claim
        const auto idleCalls = [&notified] {
            QList<QList<QVariant>> calls;
            for (const auto &args : notified) {
                if (args.at(0).toString().startsWith(QLatin1String("idle:")))
                    calls.append(args);
            }
            return calls;
        };
        QTRY_COMPARE(idleCalls().size(), 1);
        QCOMPARE(idleCalls().first().at(0).toString(), CostNotifier::idleKey(kLlama));
        QCOMPARE(idleCalls().first().at(2).toString(),
                 QStringLiteral("llama3-finetune: GPU idle 30 min, ¥2.24/h — Stop…"));
        // Still idle on the next listing: no second notification.
        const int before = int(listed.size());
        c.account->session()->scheduler()->refreshNow();
        QTRY_VERIFY(listed.size() > before);
        QCOMPARE(idleCalls().size(), 1);
        QCOMPARE(c.cell(kLlama, InstanceTableModel::GpuUtilColumn)
                     .data(InstanceTableModel::IdleSinceRole)
                     .toDateTime(),
                 idle->idleSince(kLlama));
        QCOMPARE(c.cell(kLlama, InstanceTableModel::GpuUtilColumn)
                     .data(InstanceTableModel::IdleTextRole)
                     .toString(),
                 QStringLiteral("Idle 30 min"));
        QVERIFY(c.window->costSummary()->idleText().contains(QStringLiteral("would save")));

        // "Stop…" opens the normal stop flow: the confirmation is asked first.
        QSignalSpy prompted(c.window->prompts(), &PromptService::promptOpened);
        emit c.account->notifications()->actionInvoked(CostNotifier::idleKey(kLlama),
                                                       QStringLiteral("stop"));
        QTRY_COMPARE(prompted.size(), 1);
        QVERIFY(c.fixture.sim().journal(QStringLiteral("StopCompShareInstance")).isEmpty());

        saveBubble(idleCalls().first().at(1).toString(), idleCalls().first().at(2).toString(),
                   QStringLiteral("idle-notification.png"),
                   {QStringLiteral("Stop…"), QStringLiteral("Details")});
        // The list with the cost columns, the Idle badge and the summary.
        InstanceTableView *table = c.window->table();
        for (int col :
             {int(InstanceTableModel::IdColumn), int(InstanceTableModel::CpuMemoryColumn),
              int(InstanceTableModel::PublicIpColumn), int(InstanceTableModel::RegionColumn)})
            table->setColumnHidden(col, true);
        table->resizeColumnToContents(InstanceTableModel::CostNowColumn);
        table->resizeColumnToContents(InstanceTableModel::GpuUtilColumn);
        table->clearSelection();
        QWidget *details = c.window->costSummary()->parentWidget();
        compshare::test::saveScreenshot(details, QStringLiteral("cost-summary.png"));
        details->hide();
        c.window->resize(1280, 600);
        compshare::test::saveScreenshot(c.window.get(), QStringLiteral("cost-columns.png"));
    }
};

QTEST_MAIN(TestCostViews)
#include "tst_costviews.moc"
