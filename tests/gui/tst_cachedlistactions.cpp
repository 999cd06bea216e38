// SPDX-License-Identifier: MIT
// While the list saved by an earlier run is on screen, before CompShare's
// first answer, nothing acts on it: Stop, Start, Reboot, Release, Rename,
// Schedule stop and Stop when idle are each disabled with the reason ("This
// list was saved earlier; wait for CompShare's answer."), their keys pressed
// on a selected row send nothing (the simulator's journal), and no dialog
// opens. Once the answer is in, they are enabled again. The real window,
// offscreen, over a store file, against the simulator (which answers late).
#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "state/LocalStore.h"
#include "support/SimulatorFixture.h"
#include "support/StoredConsole.h"
#include "text/ActionVerdictText.h"
#include "ui/MainWindow.h"
#include "ui/table/InstanceTableView.h"

#include <QAction>
#include <QDialog>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::SimulatorFixture;
using compshare::test::smallScenario;

namespace {
const QString kRun = QStringLiteral("uhost-run");
const QString kOff = QStringLiteral("uhost-off");

const QStringList kActions = {
    QStringLiteral("actionStop"),        QStringLiteral("actionStart"),
    QStringLiteral("actionReboot"),      QStringLiteral("actionRelease"),
    QStringLiteral("actionRename"),      QStringLiteral("actionScheduleStop"),
    QStringLiteral("actionStopWhenIdle")};

const QStringList kSent = {
    QStringLiteral("StopCompShareInstance"),       QStringLiteral("StartCompShareInstance"),
    QStringLiteral("RebootCompShareInstance"),     QStringLiteral("TerminateCompShareInstance"),
    QStringLiteral("ModifyCompShareInstanceName"), QStringLiteral("UpdateCompShareStopScheduler"),
    QStringLiteral("DeleteCompShareStopScheduler")};

// One run of the console over a store file, connected at once.
struct Run : test::StoredConsole
{
    Run(SimulatorFixture &f, const QString &path)
        : StoredConsole(f, path)
    {
        connect();
    }
    int sent() const
    {
        int n = 0;
        for (const QString &a : kSent)
            n += fixture->count(a);
        return n;
    }
};
} // namespace

class TestCachedListActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void nothingActsOnASavedList()
    {
        SimulatorFixture f(smallScenario(
            {{kRun, QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
              QStringLiteral("Postpay")},
             {kOff, QStringLiteral("hk"), QStringLiteral("Stopped"), QStringLiteral("Postpay")}}));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        {
            Run first(f, path); // saves the list
            QTRY_VERIFY(first.model()->hasList());
            first.window->quitConsole(); // written, even while still being encoded
        }
        // CompShare answers the next start's list only when the test lets it.
        sim::FaultRule silent;
        silent.action = QStringLiteral("DescribeCompShareInstance");
        silent.type = sim::FaultRule::Type::Hang;
        f.sim().addFault(silent);

        Run again(f, path);
        QTRY_VERIFY(again.model()->cachedSince().isValid());
        QVERIFY(!again.model()->hasList());
        const QString why = ActionVerdictText::cachedListReason();
        for (const QString &id : {kRun, kOff}) {
            again.select(id);
            again.window->table()->setFocus();
            for (const QString &name : kActions) {
                QAction *a = again.action(name);
                QVERIFY2(a, qPrintable(name));
                QVERIFY2(!a->isEnabled(), qPrintable(id + QLatin1Char(' ') + name));
                QVERIFY2(a->toolTip().contains(why) || a->statusTip().contains(why),
                         qPrintable(name + QStringLiteral(": ") + a->toolTip() +
                                    QStringLiteral(" / ") + a->statusTip()));
                // Its key, and the action itself: nothing happens.
                QTest::keySequence(again.window.get(), a->shortcut());
                a->trigger();
            }
        }
        QCoreApplication::processEvents();
        QVERIFY(!again.window->findChild<QDialog *>());
        QCOMPARE(again.sent(), 0);

        // The answer (the console asks again after its time-out): the actions
        // come back for what the rows allow.
        f.sim().clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(again.model()->hasList(), 20000);
        again.select(kRun);
        QVERIFY(again.action(QStringLiteral("actionStop"))->isEnabled());
        QVERIFY(again.action(QStringLiteral("actionRename"))->isEnabled());
        QVERIFY(again.action(QStringLiteral("actionScheduleStop"))->isEnabled());
        QVERIFY(again.action(QStringLiteral("actionStopWhenIdle"))->isEnabled());
        QVERIFY(again.action(QStringLiteral("actionRename"))->statusTip().isEmpty());
        again.select(kOff);
        QVERIFY(again.action(QStringLiteral("actionStart"))->isEnabled());
        QVERIFY(again.action(QStringLiteral("actionRelease"))->isEnabled());
        QCOMPARE(again.sent(), 0);
    }
};

QTEST_MAIN(TestCachedListActions)
#include "tst_cachedlistactions.moc"
