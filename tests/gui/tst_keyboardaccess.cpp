// SPDX-License-Identifier: MIT
// Keyboard paths and screen-reader texts of the console window, offscreen,
// against the simulator: Down/Enter from the search box, Space/Enter on the
// Action column, the status-bar reason for a disabled row, the visible
// disabled reason (row marker + details pane) and QAccessible names.
#include "core/ConsoleSession.h"
#include "model/ActionVerdictText.h"
#include "model/InstanceFilterProxy.h"
#include "model/InstanceTableModel.h"
#include "model/InstanceText.h"
#include "stop/OperationTracker.h"
#include "stop/StopController.h"
#include "support/ConsoleWindow.h"
#include "support/SimulatorFixture.h"
#include "ui/FilterBar.h"
#include "ui/InstanceActions.h"
#include "ui/InstanceTableView.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"
#include "ui/delegates/RowActionDelegate.h"
#include "ui/dialogs/StopConfirmDialog.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
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
    return smallScenario({{QStringLiteral("uhost-pay"), QStringLiteral("cn-wlcb"),
                           QStringLiteral("Running"), QStringLiteral("Postpay")},
                          {QStringLiteral("uhost-img"), QStringLiteral("hk"),
                           QStringLiteral("Running"), QStringLiteral("Postpay")},
                          {QStringLiteral("uhost-zz1"), QStringLiteral("hk"),
                           QStringLiteral("Stopped"), QStringLiteral("Postpay")},
                          {QStringLiteral("uhost-zz2"), QStringLiteral("hk"),
                           QStringLiteral("Stopped"), QStringLiteral("Postpay")}});
}

struct Console : compshare::test::ConsoleWindow
{
    Console()
        : ConsoleWindow(scenario(), QSize(1280, 720), false)
    {
        QApplication::setActiveWindow(window.get());
        connectNow();
    }
    // A stop of `id` that CompShare accepted and its list does not show yet:
    // the row keeps its Stop button, disabled, with the reason. Returns it.
    QString holdAcceptedStop(const QString &id)
    {
        fixture.sim().clock().setManual(true);
        fixture.sim().setAcceptLagMs(600000);
        StopDecision d;
        d.id = id;
        session()->stopController()->stop({d});
        const OperationTracker *owner = session()->operations();
        [&] {
            QTRY_VERIFY(owner->find(id) &&
                        owner->find(id)->phase == OperationTracker::Phase::Accepted);
        }();
        return ActionVerdictText::reason(
            owner->verdict(model()->instance(id), OperationKind::Stop));
    }
};

} // namespace

class TestKeyboardAccess final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void downFromSearchSelectsTheFirstMatch_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("Down") << int(Qt::Key_Down);
        QTest::newRow("Return") << int(Qt::Key_Return);
        QTest::newRow("Enter") << int(Qt::Key_Enter);
    }
    void downFromSearchSelectsTheFirstMatch()
    {
        QFETCH(int, key);
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 4);
        QLineEdit *search = c.window->filterBar()->searchEdit();
        c.window->filterBar()->focusSearch();
        QTest::keyClicks(search, QStringLiteral("zz"));
        QTRY_COMPARE(c.window->session()->proxy()->rowCount(), 2);
        QTest::keyClick(search, Qt::Key(key));
        InstanceTableView *view = c.window->table();
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().row(), 0);
        const QStringList selected = view->selectedInstanceIds();
        QCOMPARE(selected.size(), 1);
        QVERIFY(selected.first().startsWith(QStringLiteral("uhost-zz")));
    }

    void keyPressesTheRowButton_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("key");
        QTest::newRow("Space on Action")
            << int(InstanceTableModel::ActionColumn) << int(Qt::Key_Space);
        QTest::newRow("Enter on Action")
            << int(InstanceTableModel::ActionColumn) << int(Qt::Key_Return);
        // The Menu key is the row's button from any column.
        QTest::newRow("Menu on Name") << int(InstanceTableModel::NameColumn) << int(Qt::Key_Menu);
    }
    void keyPressesTheRowButton()
    {
        QFETCH(int, column);
        QFETCH(int, key);
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 4);
        QDialog *opened = nullptr;
        connect(c.window->prompts(), &PromptService::promptOpened, this,
                [&opened](QDialog *d) { opened = d; });
        InstanceTableView *view = c.window->table();
        view->setFocus();
        view->selectionModel()->setCurrentIndex(c.proxyIndex(QStringLiteral("uhost-pay"), column),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key(key));
        QTRY_VERIFY(opened);
        QVERIFY(qobject_cast<StopConfirmDialog *>(opened));
        opened->reject();
        QVERIFY(!QApplication::activePopupWidget());
        if (key != Qt::Key_Menu)
            return;

        // X11 also sends a keyboard context-menu event for that key: no menu on top.
        QContextMenuEvent fromKeyboard(QContextMenuEvent::Keyboard, QPoint(5, 5),
                                       view->mapToGlobal(QPoint(5, 5)));
        QCoreApplication::sendEvent(view, &fromKeyboard);
        QVERIFY(!QApplication::activePopupWidget());
        // Shift+F10 opens the context menu with all the row's actions.
        QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu->actions().contains(c.window->actions()->stopAction()));
        menu->close();
    }

    void disabledRowSaysWhyWithoutHovering()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 4);
        const QString reason = c.holdAcceptedStop(QStringLiteral("uhost-img"));
        QVERIFY(reason.contains(QLatin1String("accepted")));
        const QModelIndex action =
            c.proxyIndex(QStringLiteral("uhost-img"), InstanceTableModel::ActionColumn);
        QVERIFY(!RowActionDelegate::buttonEnabled(action));
        QCOMPARE(RowActionDelegate::disabledReason(action), reason);

        InstanceTableView *view = c.window->table();
        view->setFocus();
        view->selectionModel()->setCurrentIndex(action, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        // The details pane shows the reason as its own row.
        auto *shown = c.window->findChild<QLabel *>(QStringLiteral("actionBlockedReason"));
        QVERIFY(shown);
        QTRY_VERIFY(shown->isVisible());
        QCOMPARE(shown->text(), reason);

        // Space on the disabled button: the status bar says why, nothing is sent.
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_COMPARE(c.window->statusBar()->currentMessage(), reason);

        // The stop shortcut on that row: the status bar says why.
        c.window->statusBar()->clearMessage();
        QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(c.window->statusBar()->currentMessage().contains(reason));
        QVERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("uhost-img")));
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 1); // the held one

        // A row whose button works has no reason row.
        view->selectInstance(QStringLiteral("uhost-pay"));
        QTRY_VERIFY(!shown->isVisible());
    }

    void accessibleNamesAndDescriptions()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 4);
        const QString reason = c.holdAcceptedStop(QStringLiteral("uhost-img"));
        InstanceTableView *view = c.window->table();
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
        QVERIFY(table);
        QAccessibleTableInterface *cells = table->tableInterface();
        QVERIFY(cells);
        const int row = c.proxyIndex(QStringLiteral("uhost-img"), 0).row();
        QStringList names;
        QStringList descriptions;
        for (int col = 0; col < cells->columnCount(); ++col) {
            QAccessibleInterface *cell = cells->cellAt(row, col);
            QVERIFY(cell);
            names << cell->text(QAccessible::Name);
            descriptions << cell->text(QAccessible::Description);
        }
        // The row button: its caption as name, why it is disabled as description.
        QVERIFY2(names.contains(QStringLiteral("Stop")), qPrintable(names.join(u'|')));
        QVERIFY(descriptions.contains(reason));
        // The state badge reads as the state.
        QVERIFY(names.contains(QStringLiteral("Stop requested")));

        // Details fields carry their value in the name; the spot badge has a name.
        view->selectInstance(QStringLiteral("uhost-img"));
        bool stateField = false;
        const auto labels = c.window->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            QAccessibleInterface *a =
                QAccessible::queryAccessibleInterface(const_cast<QLabel *>(label));
            if (a && a->text(QAccessible::Name) == QStringLiteral("State: Running")) {
                stateField = true;
                QVERIFY(!a->text(QAccessible::Description).isEmpty());
            }
        }
        QVERIFY(stateField);
        auto *badge = c.window->findChild<QLabel *>(QStringLiteral("spotBadge"));
        QVERIFY(badge);
        QCOMPARE(QAccessible::queryAccessibleInterface(badge)->text(QAccessible::Name),
                 QStringLiteral("Spot instance"));
    }
};

QTEST_MAIN(TestKeyboardAccess)
#include "tst_keyboardaccess.moc"
