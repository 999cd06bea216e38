// SPDX-License-Identifier: MIT
// One console per user session, running on when its window closes: a
// second launch (the real binary, a child process) hands over to the first
// and exits, and the first window shows again; a notification action with
// the window closed reaches the running console; the first close asks once;
// Quit always quits; in the background the list goes out at most every
// 60 s; "Start at login" writes and removes the XDG autostart entry.
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "support/ConsoleWindow.h"
#include "support/SimulatorFixture.h"
#include "ui/CostNotifier.h"
#include "ui/MainWindow.h"
#include "ui/OperationNotifier.h"
#include "ui/PromptService.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/table/InstanceTableView.h"
#include "work/AutostartEntry.h"
#include "work/BackgroundWatch.h"
#include "work/DesktopNotifications.h"
#include "work/RefreshScheduler.h"
#include "work/SingleConsole.h"
#include "work/StopReminder.h"

#include <QAction>
#include <QCheckBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::smallScenario;

namespace {
const QString kRun = QStringLiteral("uhost-run");

struct Console : compshare::test::ConsoleWindow
{
    Console()
        : ConsoleWindow(smallScenario({{kRun, QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
                                        QStringLiteral("Postpay")}}))
    {
        QObject::connect(window->prompts(), &PromptService::promptOpened, window.get(),
                         [this](QDialog *d) { prompts.append(d); });
    }
    QList<QPointer<QDialog>> prompts;
};

QAction *quitAction(MainWindow *window)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q))
                return a;
        }
    }
    return nullptr;
}
} // namespace

class TestBackgroundConsole final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void secondLaunchExitsAndShowsTheFirst()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 1);
        SingleConsole first(
            QDir(runtime.path()).filePath(QStringLiteral("compshare-console.socket")));
        QSignalSpy primary(&first, &SingleConsole::becamePrimary);
        c.window->listenForLaunches(&first);
        first.start();
        QTRY_COMPARE(primary.count(), 1);
        QVERIFY(first.isPrimary());
        c.settings()->setKeepWatchingInBackground(true);
        c.window->close();
        QVERIFY(!c.window->isVisible());

        // The real binary, as a user would start it again.
        QProcess second;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(COMPSHARE_CONSOLE_BIN), {QStringLiteral("--demo")});
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 20000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QTRY_VERIFY(c.window->isVisible());
        QVERIFY(!c.window->isInBackground());
    }

    void aStaleSocketIsTakenOver()
    {
        QTemporaryDir runtime;
        const QString name =
            QDir(runtime.path()).filePath(QStringLiteral("compshare-console.socket"));
        QFile stale(name);
        QVERIFY(stale.open(QIODevice::WriteOnly)); // left by a console that ended
        stale.close();
        SingleConsole console(name);
        QSignalSpy primary(&console, &SingleConsole::becamePrimary);
        QSignalSpy handedOver(&console, &SingleConsole::handedOver);
        console.start();
        QTRY_COMPARE(primary.count(), 1);
        QCOMPARE(handedOver.count(), 0);
        QVERIFY(console.isPrimary());
    }

    void aNotificationActionReachesTheConsoleWithItsWindowClosed()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 1);
        c.settings()->setKeepWatchingInBackground(true);
        QSignalSpy quit(c.window.get(), &MainWindow::quitRequested);
        c.window->close();
        QVERIFY(!c.window->isVisible());
        QVERIFY(c.window->isInBackground());
        QCOMPARE(quit.count(), 0);
        QVERIFY(c.session()->scheduler()->isRunning());
        // The user clicks "Show" on a notification about the instance.
        emit c.account->notifications()->actionInvoked(OperationNotifier::keyFor(kRun),
                                                       QStringLiteral("show"));
        QTRY_VERIFY(c.window->isVisible());
        QCOMPARE(c.window->table()->selectedInstanceIds(), QStringList{kRun});
    }

    void theFirstCloseAsksOnce()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 1);
        QSignalSpy quit(c.window.get(), &MainWindow::quitRequested);
        c.window->close();
        QTRY_COMPARE(c.prompts.size(), 1);
        auto *box = qobject_cast<QMessageBox *>(c.prompts.first().data());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("KeepWatchingDialog"));
        box->findChild<QPushButton *>(QStringLiteral("keepWatchingButton"))->click();
        QTRY_VERIFY(!c.window->isVisible());
        QVERIFY(c.settings()->keepWatchingInBackground().value_or(false));
        QCOMPARE(quit.count(), 0);
        // Shown again and closed again: no second question.
        c.window->showFromBackground();
        c.window->close();
        QVERIFY(!c.window->isVisible());
        QCOMPARE(c.prompts.size(), 1);
    }

    void answeringQuitQuitsAndIsRemembered()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 1);
        QSignalSpy quit(c.window.get(), &MainWindow::quitRequested);
        c.window->close();
        QTRY_COMPARE(c.prompts.size(), 1);
        c.prompts.first()->findChild<QPushButton *>(QStringLiteral("quitButton"))->click();
        QTRY_COMPARE(quit.count(), 1);
        QCOMPARE(c.settings()->keepWatchingInBackground(), std::optional<bool>(false));
    }

    void quitAlwaysQuitsEvenWhileWatching()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 1);
        c.settings()->setKeepWatchingInBackground(true);
        QSignalSpy quit(c.window.get(), &MainWindow::quitRequested);
        QAction *action = quitAction(c.window.get());
        QVERIFY(action);
        action->trigger();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!c.session()->scheduler()->isRunning());
        // Also from the background.
        Console d;
        QTRY_COMPARE(d.model()->rowCount(), 1);
        QSignalSpy quitD(d.window.get(), &MainWindow::quitRequested);
        d.window->close();
        QVERIFY(d.window->isInBackground());
        quitAction(d.window.get())->trigger();
        QCOMPARE(quitD.count(), 1);
    }

    void theBackgroundListsAtMostEveryMinute()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 1);
        c.settings()->setKeepWatchingInBackground(true);
        RefreshScheduler *scheduler = c.session()->scheduler();
        const int open = scheduler->autoRefreshIntervalMs();
        QVERIFY(open < BackgroundWatch::kBackgroundRefreshMs);
        c.window->close();
        QCOMPARE(scheduler->autoRefreshIntervalMs(), BackgroundWatch::kBackgroundRefreshMs);
        c.window->showFromBackground();
        QCOMPARE(scheduler->autoRefreshIntervalMs(), open);
        // A deadline within 10 minutes keeps the user's pace.
        QList<Instance> rows = c.model()->instances();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(BackgroundWatch::refreshIntervalMs(30000, rows, now), 60000);
        rows.first().scheduledStop = now.addSecs(5 * 60);
        QCOMPARE(BackgroundWatch::refreshIntervalMs(30000, rows, now), 30000);
        QVERIFY(BackgroundWatch::reasons(rows, nullptr, true, false, now).any());
        QVERIFY(!BackgroundWatch::reasons(rows, nullptr, false, false, now).any());
    }

    // Issue 33: a reminder's "Open" and a cost notification's "Show" opened
    // the window but left the account in the background, listing at most once
    // a minute with the window open. Every way of showing it leaves the
    // background pace.
    void everyWayOfShowingTheWindowLeavesTheBackgroundPace_data()
    {
        QTest::addColumn<QString>("way");
        QTest::newRow("operation notification") << QStringLiteral("operation");
        QTest::newRow("stop reminder") << QStringLiteral("reminder");
        QTest::newRow("cost notification") << QStringLiteral("cost");
    }
    void everyWayOfShowingTheWindowLeavesTheBackgroundPace()
    {
        QFETCH(QString, way);
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 1);
        c.settings()->setKeepWatchingInBackground(true);
        RefreshScheduler *scheduler = c.session()->scheduler();
        const int open = scheduler->autoRefreshIntervalMs();
        c.window->close();
        QVERIFY(c.window->isInBackground());
        QCOMPARE(scheduler->autoRefreshIntervalMs(), BackgroundWatch::kBackgroundRefreshMs);
        if (way == QLatin1String("operation"))
            emit c.window->findChild<OperationNotifier *>()->showInstanceRequested(kRun);
        else if (way == QLatin1String("reminder"))
            emit c.session()->stopReminder()->openRequested(kRun);
        else
            emit c.window->findChild<CostNotifier *>()->showInstanceRequested(kRun);
        QTRY_VERIFY(c.window->isVisible());
        QCOMPARE(c.window->table()->selectedInstanceIds(), QStringList{kRun});
        QVERIFY(!c.account->isInBackground());
        QCOMPARE(scheduler->autoRefreshIntervalMs(), open);
    }

    void startAtLoginWritesAndRemovesTheAutostartEntry()
    {
        QTemporaryDir config;
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        const QString file = config.path() + QStringLiteral("/autostart/compshare-console.desktop");
        QCOMPARE(AutostartEntry::path(), file);
        ConsoleSettings settings;
        {
            PreferencesDialog dialog(settings);
            QVERIFY(!dialog.startAtLoginCheckBox()->isChecked());
            dialog.startAtLoginCheckBox()->setChecked(true);
            QVERIFY(dialog.apply());
        }
        QVERIFY(QFileInfo::exists(file));
        QFile entry(file);
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray text = entry.readAll();
        QVERIFY(text.contains("[Desktop Entry]"));
        QVERIFY(text.contains("--background"));
        {
            PreferencesDialog dialog(settings);
            QVERIFY(dialog.startAtLoginCheckBox()->isChecked());
            dialog.keepWatchingCheckBox()->setChecked(true);
            dialog.startAtLoginCheckBox()->setChecked(false);
            QVERIFY(dialog.apply());
        }
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(settings.keepWatchingInBackground(), std::optional<bool>(true));
        // A relative XDG_CONFIG_HOME is ignored, as the XDG rule says.
        qputenv("XDG_CONFIG_HOME", "relative/config");
        QVERIFY(AutostartEntry::path().startsWith(QDir::homePath() + QStringLiteral("/.config/")));
        qputenv("XDG_CONFIG_HOME", saved);
    }
};

QTEST_MAIN(TestBackgroundConsole)
#include "tst_backgroundconsole.moc"
