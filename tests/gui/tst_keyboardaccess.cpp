// SPDX-License-Identifier: MIT
// Keyboard paths and screen-reader texts of the console window, offscreen,
// against the simulator: Down/Enter from the search box, Space/Enter on the
// Action column, Menu / Shift+F10 (a menu, nothing sent), the Tab cycle
// between regions (selection untouched), the focus frame, Escape in the
// search box, Ctrl+, for Preferences, the focus back on the row after a
// prompt, Enter in the reboot question, the status-bar reason for a
// disabled row, the visible disabled reason and QAccessible names.
#include "models/InstanceFilterProxy.h"
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "state/OperationTracker.h"
#include "support/ConsoleWindow.h"
#include "support/SimulatorFixture.h"
#include "text/ActionVerdictText.h"
#include "text/InstanceText.h"
#include "ui/FilterBar.h"
#include "ui/InstanceActions.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"
#include "ui/delegates/RowActionDelegate.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/StopConfirmDialog.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/InstanceDetailsPane.h"
#include "work/StopController.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
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
    // The table has the focus, `id`'s row selected, its `column` current.
    ui::InstanceTableView *focusRow(const QString &id, int column)
    {
        ui::InstanceTableView *view = window->table();
        view->setFocus();
        view->selectionModel()->setCurrentIndex(proxyIndex(id, column),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        return view;
    }
    QString currentId() const
    {
        return window->table()->currentIndex().data(InstanceTableModel::InstanceIdRole).toString();
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
        QTRY_COMPARE(c.account->session()->proxy()->rowCount(), 2);
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
        QTest::newRow("keypad Enter on Action")
            << int(InstanceTableModel::ActionColumn) << int(Qt::Key_Enter);
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
    }

    void menuKeyOpensTheContextMenuAndSendsNothing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        // A stopped row: the Menu key used to start it, which costs money.
        QTest::newRow("Menu on a stopped row's Name")
            << QStringLiteral("uhost-zz1") << int(InstanceTableModel::NameColumn)
            << int(Qt::Key_Menu) << int(Qt::NoModifier);
        QTest::newRow("Menu on a running row's Action")
            << QStringLiteral("uhost-pay") << int(InstanceTableModel::ActionColumn)
            << int(Qt::Key_Menu) << int(Qt::NoModifier);
        QTest::newRow("Shift+F10 on a stopped row")
            << QStringLiteral("uhost-zz2") << int(InstanceTableModel::StateColumn)
            << int(Qt::Key_F10) << int(Qt::ShiftModifier);
    }
    void menuKeyOpensTheContextMenuAndSendsNothing()
    {
        QFETCH(QString, id);
        QFETCH(int, column);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 4);
        int prompts = 0;
        connect(c.window->prompts(), &PromptService::promptOpened, this, [&prompts] { ++prompts; });
        InstanceTableView *view = c.focusRow(id, column);
        QTest::keyClick(view, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu->actions().contains(c.window->actions()->stopAction()));
        QVERIFY(menu->actions().contains(c.window->actions()->startAction()));
        // X11 also sends a keyboard context-menu event for the key: still one menu.
        QContextMenuEvent fromKeyboard(QContextMenuEvent::Keyboard, QPoint(5, 5),
                                       view->mapToGlobal(QPoint(5, 5)));
        QCoreApplication::sendEvent(view, &fromKeyboard);
        QCOMPARE(QApplication::activePopupWidget(), menu);
        // The menu is the row's: it acts on that row, and nothing was sent or asked.
        QCOMPARE(view->selectedInstanceIds(), QStringList{id});
        menu->close();
        QVERIFY(c.roundTrip());
        QCOMPARE(prompts, 0);
        QCOMPARE(c.fixture.count(QStringLiteral("StartCompShareInstance")), 0);
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 0);
        QCOMPARE(c.fixture.count(QStringLiteral("RebootCompShareInstance")), 0);
    }

    void tabVisitsEveryRegionAndKeepsTheSelection()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 4);
        InstanceTableView *view =
            c.focusRow(QStringLiteral("uhost-img"), InstanceTableModel::NameColumn);
        const QWidget *details = c.window->findChild<InstanceDetailsPane *>()->focusTarget();
        QTRY_VERIFY(details->isVisible());
        const QStringList selected{QStringLiteral("uhost-img")};
        // Forward: table → details pane → … → search → filters → table.
        QStringList visited;
        bool reachedDetails = false;
        bool reachedSearch = false;
        for (int k = 0; k < 20; ++k) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY(now);
            visited << now->objectName();
            QCOMPARE(view->selectedInstanceIds(), selected); // Tab never moves the selection
            QCOMPARE(c.currentId(), QStringLiteral("uhost-img"));
            reachedDetails = reachedDetails || now == details;
            reachedSearch = reachedSearch || now == c.window->filterBar()->searchEdit();
            if (now == view)
                break;
        }
        QVERIFY2(reachedDetails && reachedSearch, qPrintable(visited.join(u',')));
        QCOMPARE(QApplication::focusWidget(), view);
        QCOMPARE(visited.first(), details->objectName()); // the details pane right after the table
        // Backward from the details pane to the table, and Ctrl+Tab leaves the table too.
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), details);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), details);
        QCOMPARE(view->selectedInstanceIds(), selected);
        QCOMPARE(view->currentIndex().column(), int(InstanceTableModel::NameColumn));
    }

    void theCurrentCellHasAVisibleFocusFrame()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 4);
        InstanceTableView *view =
            c.focusRow(QStringLiteral("uhost-pay"), InstanceTableModel::NameColumn);
        const QRect frame = view->focusFrameRect();
        QVERIFY(!frame.isEmpty());
        const QColor ink = view->palette().color(QPalette::WindowText);
        const auto framed = [&] {
            const QImage shot = view->viewport()->grab().toImage();
            // The left edge of the frame, halfway down the cell.
            for (int dx = 0; dx <= 3; ++dx) {
                if (shot.pixelColor(frame.left() + dx, frame.center().y()) == ink)
                    return true;
            }
            return false;
        };
        QVERIFY(framed());
        c.window->filterBar()->focusSearch();
        QVERIFY(view->focusFrameRect().isEmpty());
        QVERIFY(!framed());
    }

    void escapeClearsTheSearchThenReturnsToTheTable()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 4);
        InstanceTableView *view =
            c.focusRow(QStringLiteral("uhost-zz1"), InstanceTableModel::NameColumn);
        QLineEdit *search = c.window->filterBar()->searchEdit();
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("zz"));
        QTRY_COMPARE(c.account->session()->proxy()->rowCount(), 2);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE(c.account->session()->proxy()->rowCount(), 4);
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), view);
        QCOMPARE(view->selectedInstanceIds(), QStringList{QStringLiteral("uhost-zz1")});
    }

    void ctrlCommaOpensPreferences()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 4);
        InstanceTableView *view =
            c.focusRow(QStringLiteral("uhost-img"), InstanceTableModel::NameColumn);
        QTest::keyClick(view, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(c.window->findChild<PreferencesDialog *>());
        auto *dialog = c.window->findChild<PreferencesDialog *>();
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_COMPARE(QApplication::focusWidget(), view); // and the focus comes back
    }

    void focusReturnsToTheActedOnRowAfterTheStopDialog_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("Stop") << true;
        QTest::newRow("Cancel") << false;
    }
    void focusReturnsToTheActedOnRowAfterTheStopDialog()
    {
        QFETCH(bool, confirm);
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 4);
        QDialog *opened = nullptr;
        connect(c.window->prompts(), &PromptService::promptOpened, this,
                [&opened](QDialog *d) { opened = d; });
        InstanceTableView *view =
            c.focusRow(QStringLiteral("uhost-pay"), InstanceTableModel::ActionColumn);
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_VERIFY(qobject_cast<StopConfirmDialog *>(opened));
        // While it is open the current row moves away (a click, a refresh)
        // and the main window loses its activation, as without a window manager.
        view->selectionModel()->setCurrentIndex(
            c.proxyIndex(QStringLiteral("uhost-zz1"), InstanceTableModel::NameColumn),
            QItemSelectionModel::NoUpdate);
        QApplication::setActiveWindow(opened);
        QTest::keyClick(opened, confirm ? Qt::Key_Return : Qt::Key_Escape);
        QTRY_VERIFY(QApplication::activeWindow() == c.window.get());
        QTRY_COMPARE(QApplication::focusWidget(), view);
        QCOMPARE(c.currentId(), QStringLiteral("uhost-pay"));
        QCOMPARE(view->selectedInstanceIds(), QStringList{QStringLiteral("uhost-pay")});
        if (confirm) // Enter in the ordinary stop question is Stop
            QTRY_COMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), 1);
        // The shortcuts work at once: Ctrl+F reaches the search box.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), c.window->filterBar()->searchEdit());
        QVERIFY(c.roundTrip());
        QCOMPARE(c.fixture.count(QStringLiteral("StopCompShareInstance")), confirm ? 1 : 0);
    }

    void enterInTheRebootQuestionSendsOneReboot()
    {
        Console c;
        QTRY_COMPARE(c.model()->rowCount(), 4);
        QDialog *opened = nullptr;
        connect(c.window->prompts(), &PromptService::promptOpened, this,
                [&opened](QDialog *d) { opened = d; });
        InstanceTableView *view =
            c.focusRow(QStringLiteral("uhost-pay"), InstanceTableModel::NameColumn);
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(opened);
        auto *box = qobject_cast<QMessageBox *>(opened);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("RebootConfirmDialog"));
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("rebootButton"));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(c.fixture.count(QStringLiteral("RebootCompShareInstance")), 1);
        QVERIFY(c.roundTrip());
        QCOMPARE(c.fixture.count(QStringLiteral("RebootCompShareInstance")), 1);
        QTRY_COMPARE(QApplication::focusWidget(), view);
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
        // The row button reads what it shows (greyed "Stopping…", not "Stop"),
        // is disabled, and says why as its description.
        QCOMPARE(names.at(InstanceTableModel::ActionColumn), QStringLiteral("Stopping…"));
        QCOMPARE(descriptions.at(InstanceTableModel::ActionColumn), reason);
        QVERIFY(cells->cellAt(row, InstanceTableModel::ActionColumn)->state().disabled);
        QVERIFY(!cells->cellAt(row, InstanceTableModel::NameColumn)->state().disabled);
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
