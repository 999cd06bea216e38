// SPDX-License-Identifier: MIT
// Rename (ModifyCompShareInstanceName) through the real window, offscreen,
// against the simulator: F2 on a row and the Instance menu open the
// dialog; a name that breaks the API page's rule cannot be sent; a good one
// is sent once and the instance is read again; Cancel sends nothing. Also:
// Rename and Release live in the menus, never on a row.
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "support/ConsoleWindow.h"
#include "support/SimulatorFixture.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"
#include "ui/ReleaseRenameActions.h"
#include "ui/dialogs/RenameDialog.h"
#include "ui/table/InstanceTableView.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::smallScenario;

namespace {
const QString kModify = QStringLiteral("ModifyCompShareInstanceName");
const QString kRun = QStringLiteral("uhost-run");

struct Console : compshare::test::ConsoleWindow
{
    Console()
        : ConsoleWindow(smallScenario({{kRun, QStringLiteral("cn-wlcb"), QStringLiteral("Running"),
                                        QStringLiteral("Postpay")},
                                       {QStringLiteral("uhost-off"), QStringLiteral("hk"),
                                        QStringLiteral("Stopped"), QStringLiteral("Postpay")}}))
    {
        QObject::connect(window->prompts(), &PromptService::promptOpened, window.get(),
                         [this](QDialog *d) {
                             if (auto *r = qobject_cast<RenameDialog *>(d))
                                 dialogs.append(r);
                         });
    }
    void select(const QString &id)
    {
        window->table()->clearSelection();
        window->table()->selectRow(proxyIndex(id, 0).row());
        window->table()->setCurrentIndex(proxyIndex(id, 0));
    }
    int renames() { return fixture.sim().requestCount(kModify); }
    QList<QPointer<RenameDialog>> dialogs;
};
} // namespace

class TestRenameFlow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void f2OnARowSendsAValidNameOnceThenRereads()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 2);
        c.select(kRun);
        c.window->activateWindow();
        c.window->table()->setFocus();
        QTest::keyClick(c.window->table(), Qt::Key_F2);
        QTRY_COMPARE(c.dialogs.size(), 1);
        RenameDialog *d = c.dialogs.first();
        QCOMPARE(d->nameEdit()->text(), QStringLiteral("test-uhost-run"));
        // Unchanged: nothing to send.
        QVERIFY(!d->renameButton()->isEnabled());
        d->nameEdit()->setText(QStringLiteral("my box"));
        QVERIFY(!d->renameButton()->isEnabled());
        QVERIFY(d->problemLabel()->text().contains(QStringLiteral("spaces")));
        d->nameEdit()->setText(QString(64, QLatin1Char('a')));
        QVERIFY(!d->renameButton()->isEnabled());
        QVERIFY(d->problemLabel()->text().contains(QStringLiteral("63")));
        // Enter with a bad name sends nothing either.
        QTest::keyClick(d->nameEdit(), Qt::Key_Return);
        QVERIFY(!c.dialogs.first().isNull());
        QCOMPARE(c.renames(), 0);
        d->nameEdit()->setText(QStringLiteral("训练-02_a.b"));
        QVERIFY(d->renameButton()->isEnabled());
        QVERIFY(d->problemLabel()->isHidden());
        const int describesBefore =
            c.fixture.sim().requestCount(QStringLiteral("DescribeCompShareInstance"), QString());
        QTest::mouseClick(d->renameButton(), Qt::LeftButton);
        QTRY_COMPARE(c.renames(), 1);
        const auto sent = c.fixture.sim().journal(kModify).constFirst();
        QCOMPARE(sent.params.value(QStringLiteral("Name")), QStringLiteral("训练-02_a.b"));
        QCOMPARE(sent.params.value(QStringLiteral("UHostId")), kRun);
        QCOMPARE(sent.params.value(QStringLiteral("Region")), QStringLiteral("cn-wlcb"));
        // Re-read: the row shows the new name without waiting for a refresh.
        QTRY_COMPARE(c.model()->instance(kRun)->name, QStringLiteral("训练-02_a.b"));
        QVERIFY(c.fixture.sim().requestCount(QStringLiteral("DescribeCompShareInstance"),
                                             QString()) > describesBefore);
        QTRY_VERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("训练-02")));
        QCOMPARE(c.renames(), 1);
    }

    void cancelSendsNothing()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 2);
        c.select(kRun);
        c.window->releaseRenameActions()->renameAction()->trigger();
        QTRY_COMPARE(c.dialogs.size(), 1);
        c.dialogs.first()->nameEdit()->setText(QStringLiteral("other"));
        QTest::mouseClick(
            c.dialogs.first()->findChild<QPushButton *>(QStringLiteral("cancelButton")),
            Qt::LeftButton);
        QTRY_VERIFY(c.dialogs.first().isNull());
        QCOMPARE(c.renames(), 0);
        QCOMPARE(c.model()->instance(kRun)->name, QStringLiteral("test-uhost-run"));
    }

    void renameAndReleaseAreInTheMenusNeverOnARow()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 2);
        QAction *rename = c.window->releaseRenameActions()->renameAction();
        QAction *release = c.window->releaseRenameActions()->releaseAction();
        QCOMPARE(rename->shortcut(), QKeySequence(Qt::Key_F2));
        QMenu *instanceMenu = nullptr;
        for (QAction *a : c.window->menuBar()->actions()) {
            if (a->menu() && a->menu()->actions().contains(rename))
                instanceMenu = a->menu();
        }
        QVERIFY(instanceMenu);
        QVERIFY(instanceMenu->actions().contains(release));
        // The row's own button is Stop or Start, never Release.
        for (const QString &id : {kRun, QStringLiteral("uhost-off")}) {
            const QString button =
                c.proxyIndex(id, InstanceTableModel::ActionColumn).data().toString();
            QVERIFY2(!button.contains(QStringLiteral("Release")), qPrintable(button));
        }
    }
};

QTEST_MAIN(TestRenameFlow)
#include "tst_renameflow.moc"
