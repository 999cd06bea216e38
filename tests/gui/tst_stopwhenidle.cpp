// SPDX-License-Identifier: MIT
// Stop when idle says what it does, in the window, against the simulator
// over real HTTP on injectable clocks:
// - its shortcut (Ctrl+Shift+I) opens it from the table, is shown in the
//   Instance menu and the context menu, and no other action has it;
// - switched on for an instance already idle past the threshold, the dialog
//   says beforehand that it warns now and stops after the grace; the warning
//   goes out at switch-on, the one Stop only after the whole grace;
// - the Auto-stop column shows it ("idle-stop · 30 min", or with a schedule
//   "in 1 h 20 min · idle 30 min"), the whole text in tooltip and accessible text;
// - a time below the minimum (the dialog's 5 minutes, Preferences' 1 minute)
//   is explained and refused, never silently changed.
#include "base/Bounds.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "state/GpuIdleTracker.h"
#include "support/RecordingNotifier.h"
#include "support/SimulatorFixture.h"
#include "support/TestInstances.h"
#include "text/AutoStopText.h"
#include "ui/MainWindow.h"
#include "ui/ScheduleStopActions.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/StopWhenIdleDialog.h"
#include "ui/table/InstanceTableView.h"
#include "work/ActionNotifier.h"
#include "work/RefreshScheduler.h"
#include "work/StopController.h"
#include "work/StopWhenIdle.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::RecordingNotifier;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {

const QString kPay = QStringLiteral("uhost-pay");
const QString kSpot = QStringLiteral("uhost-spot");

struct Console
{
    SimulatorFixture fixture{smallScenario(
        {{kPay, QStringLiteral("cn-wlcb"), QStringLiteral("Running"), QStringLiteral("Postpay")},
         {kSpot, QStringLiteral("hk"), QStringLiteral("Running"), QStringLiteral("Spot")}})};
    std::unique_ptr<AccountSession> account; // outlives the window
    std::unique_ptr<MainWindow> window;
    RecordingNotifier notifier;

    Console()
    {
        fixture.sim().clock().setManual(true);
        fixture.sim().clock().advance(1000 - fixture.sim().clock().nowMs() % 1000);
        CommandLineOptions options;
        options.connectLater = true;
        account = std::make_unique<AccountSession>(options);
        window = std::make_unique<MainWindow>(account.get());
        compshare::test::useFastTimings(*account->session());
        const auto now = [this] {
            return simNow();
        };
        ConsoleSession *s = account->session();
        s->setClock(now); // the session's one clock
        s->idleTracker()->setWindowSeconds(60);
        s->stopWhenIdle()->setNotifier(&notifier);
        window->resize(1280, 760);
        window->show();
        account->connectWith(fixture.url(), fixture.credentials(), QStringLiteral("test"));
    }
    ~Console() { account->session()->stopWhenIdle()->setNotifier(nullptr); }
    QDateTime simNow() const
    {
        return QDateTime::fromMSecsSinceEpoch(
            const_cast<SimulatorFixture &>(fixture).sim().clock().nowMs(), QTimeZone::utc());
    }
    InstanceTableModel *model() const { return account->session()->model(); }
    void advanceSecs(int secs) { fixture.sim().clock().advance(qint64(secs) * 1000); }
    bool listOnce()
    {
        RefreshScheduler *scheduler = account->session()->scheduler();
        QSignalSpy listed(scheduler, &RefreshScheduler::refreshSucceeded);
        scheduler->refreshNow();
        return listed.wait(10000);
    }
    bool makeGpuIdle(const QString &id)
    {
        return fixture.sim().setInstanceField(
            id, QStringLiteral("MonitorMessages"),
            QJsonObject{{QStringLiteral("GpuInfo"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("GPU"), QStringLiteral("0")},
                             {QStringLiteral("GpuUsageRate"), QStringLiteral("0.5")}}}}});
    }
    QModelIndex autoStopCell(const QString &id) const
    {
        return model()->index(model()->rowOf(id), InstanceTableModel::AutoStopColumn);
    }
};

bool visibleWith(QLabel *label, const QString &text)
{
    return label && label->isVisibleTo(label->window()) && label->text().contains(text);
}

} // namespace

class TestStopWhenIdle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }
    void init() { QSettings().clear(); }

    void shortcutIsInTheMenusAndCollidesWithNothing()
    {
        Console c;
        QAction *idle = c.window->scheduleActions()->stopWhenIdleAction();
        QCOMPARE(idle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        QList<QAction *> inInstanceMenu;
        for (QAction *menu : c.window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(idle))
                inInstanceMenu << menu;
        }
        QCOMPARE(inInstanceMenu.size(), 1); // the menu shows the key beside the entry
        // No other action of the window answers the same key.
        for (QAction *other : c.window->findChildren<QAction *>()) {
            if (other == idle)
                continue;
            for (const QKeySequence &key : other->shortcuts())
                QVERIFY2(key != idle->shortcut(), qPrintable(other->text()));
        }
    }

    void alreadyIdleWarnsAtSwitchOnAndStopsOnlyAfterTheGrace()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 2);
        ConsoleSession *s = c.account->session();
        QVERIFY(c.makeGpuIdle(kPay));
        QVERIFY(c.listOnce());
        c.advanceSecs(6 * 60); // idle for 6 minutes: past a 5-minute threshold
        QVERIFY(c.listOnce());
        QTRY_VERIFY(s->idleTracker()->isIdle(kPay));

        // Opened by its key from the table.
        c.window->table()->selectInstance(kPay);
        c.window->activateWindow();
        QTest::keyClick(c.window->table(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        StopWhenIdleDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = c.window->findChild<StopWhenIdleDialog *>()));
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->alreadyIdleNote()->isVisibleTo(dialog)); // not switched on yet
        dialog->enableCheckBox()->setChecked(true);
        dialog->minutesSpinBox()->setValue(bounds::kStopWhenIdleMinMinutes);
        // Said before OK: it warns now and stops after the grace, named from Bounds.h.
        QVERIFY(visibleWith(dialog->alreadyIdleNote(), QStringLiteral("idle for 6 min already")));
        QVERIFY(visibleWith(dialog->alreadyIdleNote(), QStringLiteral("warns you at once")));
        QVERIFY(visibleWith(dialog->alreadyIdleNote(),
                            QStringLiteral("stops it in %1")
                                .arg(AutoStopText::duration(bounds::kStopWhenIdleGraceSecs))));
        QVERIFY(dialog->alreadyIdleNote()->text().contains(QStringLiteral("in 2 min")));
        QSignalSpy sent(s->stopController(), &StopController::operationSent);
        QSignalSpy status(c.window->scheduleActions(), &ScheduleStopActions::message);
        dialog->okButton()->click();

        // The warning went out at switch-on, no tick needed; nothing stopped.
        QCOMPARE(c.notifier.tags(), QStringList{QStringLiteral("idlestop:") + kPay});
        QVERIFY(s->stopWhenIdle()->isInGrace(kPay));
        QCOMPARE(status.size(), 1); // said in the window too
        QVERIFY(status.first().first().toString().contains(QStringLiteral("will stop in 2 min")));
        QCOMPARE(sent.count(), 0);
        QCOMPARE(c.autoStopCell(kPay).data().toString(), QStringLiteral("idle-stop · 5 min"));

        c.advanceSecs(bounds::kStopWhenIdleGraceSecs - 1); // the grace minus one second
        s->stopWhenIdle()->check();
        QCOMPARE(sent.count(), 0);
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 0);
        c.advanceSecs(1);
        s->stopWhenIdle()->check();
        QCOMPARE(sent.count(), 1);
        QTRY_COMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
        s->stopWhenIdle()->check();
        c.advanceSecs(60);
        s->stopWhenIdle()->check();
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 1); // one Stop
        QCOMPARE(c.notifier.shown.size(), 1);
    }

    void autoStopColumnShowsStopWhenIdle()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 2);
        StopWhenIdle *idle = c.account->session()->stopWhenIdle();
        const QModelIndex cell = c.autoStopCell(kPay);
        QCOMPARE(cell.data().toString(), QString());
        idle->setIdleMinutes(kPay, 30);
        QCOMPARE(cell.data().toString(), QStringLiteral("idle-stop · 30 min"));
        QVERIFY(cell.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("after its GPUs have been idle for 30 min")));
        QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("no scheduled stop; stops when idle for 30 min"));

        c.account->session()->stopSchedules()->schedule({kPay}, c.simNow().addSecs(80 * 60));
        QTRY_COMPARE(cell.data().toString(), QStringLiteral("in 1 h 20 min · idle 30 min"));
        QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("scheduled stop in 1 h 20 min; stops when idle for 30 min"));
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("idle for 30 min")));
        QVERIFY(tip.contains(QStringLiteral("CompShare stops this instance at")));
        // Sorted after the scheduled ones, before the rows with neither.
        Instance plain =
            test::makeInstance(QStringLiteral("u"), QStringLiteral("u"), ChargeType::Postpay, 1.0);
        QVERIFY(AutoStopText::sortValue(plain, c.simNow(), 30).toLongLong() <
                AutoStopText::sortValue(plain, c.simNow(), 0).toLongLong());

        // The column is wide enough for the whole text at 1280x760.
        auto *table = c.window->table();
        const int column = InstanceTableModel::AutoStopColumn;
        const QModelIndex shown = table->model()->index(
            table->model()
                ->match(table->model()->index(0, 0), InstanceTableModel::InstanceIdRole, kPay)
                .first()
                .row(),
            column);
        QTRY_VERIFY(table->columnWidth(column) >= table->sizeHintForIndex(shown).width());
        const int right = table->columnViewportPosition(column) + table->columnWidth(column);
        QVERIFY2(right <= table->viewport()->width(), qPrintable(QString::number(right)));

        // Spot instances can have neither.
        idle->setIdleMinutes(kSpot, 30);
        QCOMPARE(c.autoStopCell(kSpot).data().toString(), QStringLiteral("—"));
        idle->setIdleMinutes(kPay, 0);
        QTRY_COMPARE(cell.data().toString(), QStringLiteral("in 1 h 20 min"));
    }

    void belowTheMinimumIsExplainedNeverChanged()
    {
        Instance i =
            test::makeInstance(kPay, QStringLiteral("train-01"), ChargeType::Postpay, 2.96);
        StopWhenIdleDialog dialog(i, 0);
        QSignalSpy chosen(&dialog, &StopWhenIdleDialog::chosen);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.enableCheckBox()->setChecked(true);
        // Typed as a user would, then Enter: it stays 1, says why, and sends nothing.
        QSpinBox *minutes = dialog.minutesSpinBox();
        minutes->setFocus();
        minutes->selectAll();
        QTest::keyClicks(minutes, QStringLiteral("1"));
        QTest::keyClick(minutes, Qt::Key_Return);
        QCOMPARE(minutes->value(), 1);
        QVERIFY(visibleWith(dialog.belowMinimumNote(),
                            QStringLiteral("1 min is below the minimum of 5 min")));
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(chosen.size(), 0);
        QVERIFY(dialog.isVisible());
        minutes->setValue(5);
        QVERIFY(!dialog.belowMinimumNote()->isVisibleTo(&dialog));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.okButton()->click();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().at(1).toInt(), 5);

        // Shorter than Preferences' idle window: said, since it acts only after it.
        StopWhenIdleDialog shortChoice(i, 10, StopWhenIdleFacts{-1, 30 * 60});
        QVERIFY(visibleWith(shortChoice.idleWindowNote(),
                            QStringLiteral("GPUs count as idle only after 30 min")));

        // Preferences: 0 minutes is refused with the reason, the setting kept.
        QTemporaryDir dir;
        ConsoleSettings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setIdleWindowMinutes(30);
        PreferencesDialog preferences(settings);
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        QSpinBox *window = preferences.idleWindowSpinBox();
        window->setFocus();
        window->selectAll();
        QTest::keyClicks(window, QStringLiteral("0"));
        QTest::keyClick(window, Qt::Key_Return);
        QCOMPARE(window->value(), 0);
        QVERIFY(visibleWith(preferences.idleWindowErrorLabel(),
                            QStringLiteral("0 min is below the minimum of 1 min")));
        QVERIFY(!preferences.apply());
        QCOMPARE(settings.idleWindowMinutes(), 30);
        window->setValue(1); // the minimum itself is taken as it is
        QVERIFY(preferences.apply());
        QCOMPARE(settings.idleWindowMinutes(), 1);
    }
};

QTEST_MAIN(TestStopWhenIdle)
#include "tst_stopwhenidle.moc"
