// SPDX-License-Identifier: MIT
// The accessible tree of the console window, in English and Chinese, walked
// in-process through QAccessible as a screen reader (AT-SPI) sees it: every
// visible interactive object (buttons, boxes, fields, menu entries, cells)
// has a name (an Action cell without a button too); a disabled row button is exposed as disabled
// with the reason as its description; an enabled one is not. And no menu of the window uses an
// accelerator twice.
#include "models/InstanceTableModel.h"
#include "session/ConsoleSession.h"
#include "session/TranslationLoader.h"
#include "state/OperationTracker.h"
#include "support/ConsoleWindow.h"
#include "support/SimulatorFixture.h"
#include "text/ActionVerdictText.h"
#include "text/InstanceText.h"
#include "ui/FilterBar.h"
#include "ui/MainWindow.h"
#include "ui/delegates/RowActionDelegate.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/StatusBanner.h"
#include "work/StopController.h"

#include <QAccessible>
#include <QAction>
#include <QHash>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::smallScenario;

namespace {

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button: // = PushButton
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
    case QAccessible::Cell:
    case QAccessible::ColumnHeader:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *a)
{
    QString what = QStringLiteral("role %1").arg(int(a->role()));
    if (a->object())
        what += QStringLiteral(" %1 \"%2\"")
                    .arg(QString::fromLatin1(a->object()->metaObject()->className()),
                         a->object()->objectName());
    if (auto *cell = a->tableCellInterface())
        what += QStringLiteral(" cell %1,%2").arg(cell->rowIndex()).arg(cell->columnIndex());
    return what;
}

// Visible interactive objects without a name, depth first. Menus are
// walked whether open or not (everything in them can be reached).
void walk(QAccessibleInterface *a, QSet<QAccessibleInterface *> &seen, QStringList &unnamed,
          int &checked, bool inMenu = false)
{
    if (!a || seen.contains(a) || seen.size() > 20000)
        return;
    seen.insert(a);
    const bool menu = inMenu || qobject_cast<QMenu *>(a->object());
    if (a->state().invisible && !menu)
        return;
    if (interactive(a->role())) {
        ++checked;
        if (a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(a);
    }
    for (int k = 0; k < a->childCount(); ++k)
        walk(a->child(k), seen, unnamed, checked, menu);
}

} // namespace

class TestAccessibleTree final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void everyInteractiveObjectHasAName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }
    void everyInteractiveObjectHasAName()
    {
        QFETCH(QString, language);
        TranslationLoader loader;
        QVERIFY(loader.load(language));
        compshare::test::ConsoleWindow c(
            smallScenario({{QStringLiteral("uhost-pay"), QStringLiteral("cn-wlcb"),
                            QStringLiteral("Running"), QStringLiteral("Postpay")},
                           {QStringLiteral("uhost-held"), QStringLiteral("hk"),
                            QStringLiteral("Running"), QStringLiteral("Postpay")},
                           {QStringLiteral("uhost-spot"), QStringLiteral("hk"),
                            QStringLiteral("Running"), QStringLiteral("Spot")},
                           {QStringLiteral("uhost-off"), QStringLiteral("hk"),
                            QStringLiteral("Stopped"), QStringLiteral("Postpay")},
                           // No action at all: its Action cell is empty on screen.
                           {QStringLiteral("uhost-failed"), QStringLiteral("hk"),
                            QStringLiteral("Install Fail"), QStringLiteral("Postpay")}}),
            QSize(1280, 720), false);
        QApplication::setActiveWindow(c.window.get());
        c.connectNow();
        QTRY_COMPARE(c.model()->rowCount(), 5);

        // A stop CompShare accepted and its list does not show yet: the
        // row's button is disabled, with its reason.
        c.fixture.sim().clock().setManual(true);
        c.fixture.sim().setAcceptLagMs(600000);
        StopDecision d;
        d.id = QStringLiteral("uhost-held");
        c.session()->stopController()->stop({d});
        const OperationTracker *owner = c.session()->operations();
        QTRY_VERIFY(owner->find(d.id) &&
                    owner->find(d.id)->phase == OperationTracker::Phase::Accepted);
        const QString reason = ActionVerdictText::reason(
            owner->verdict(c.model()->instance(d.id), OperationKind::Stop));
        QVERIFY(!reason.isEmpty());

        // The details pane and a banner with all its buttons on screen.
        InstanceTableView *view = c.window->table();
        view->setFocus();
        view->selectInstance(QStringLiteral("uhost-pay"));
        c.window->connectionBanner()->showMessage(StatusBanner::Kind::Warning, QStringLiteral("…"),
                                                  QStringLiteral("Retry"));
        c.window->connectionBanner()->setDetails(QStringLiteral("RetCode 0"));
        // Text in the search box: its clear button shows.
        c.window->filterBar()->searchEdit()->setText(QStringLiteral("uhost"));
        QTest::qWait(0);

        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(c.window.get());
        QVERIFY(root);
        QSet<QAccessibleInterface *> seen;
        QStringList unnamed;
        int checked = 0;
        walk(root, seen, unnamed, checked);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
        QVERIFY2(checked > 60, qPrintable(QString::number(checked))); // cells, menus, boxes
        // A narrow window: the toolbar's overflow button shows, and has a name too.
        c.window->resize(420, 600);
        QTest::qWait(0);
        seen.clear();
        walk(root, seen, unnamed, checked);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
        c.window->resize(1280, 720);

        // Every menu of the window, as built: no accelerator twice in one menu.
        QStringList clashes;
        const auto menus = c.window->findChildren<QMenu *>();
        for (const QMenu *menu : menus) {
            QHash<QChar, QString> taken;
            const auto entries = menu->actions();
            for (const QAction *a : entries) {
                const int amp = a->text().indexOf(QLatin1Char('&'));
                if (a->isSeparator() || amp < 0 || amp + 1 >= a->text().size())
                    continue;
                const QChar key = a->text().at(amp + 1).toUpper();
                if (taken.contains(key))
                    clashes << taken.value(key) + QStringLiteral(" / ") + a->text();
                taken.insert(key, a->text());
            }
        }
        QVERIFY(menus.size() >= 5);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("\n"))));

        // The row buttons: what they show, and disabled where they are.
        QAccessibleTableInterface *table =
            QAccessible::queryAccessibleInterface(view)->tableInterface();
        QVERIFY(table);
        const auto cell = [&](const QString &id) {
            return table->cellAt(c.proxyIndex(id, 0).row(), InstanceTableModel::ActionColumn);
        };
        QAccessibleInterface *held = cell(QStringLiteral("uhost-held"));
        QVERIFY(held->state().disabled);
        QCOMPARE(held->text(QAccessible::Description), reason);
        QCOMPARE(held->text(QAccessible::Name),
                 RowActionDelegate::buttonText(
                     c.proxyIndex(QStringLiteral("uhost-held"), InstanceTableModel::ActionColumn)));
        QAccessibleInterface *free = cell(QStringLiteral("uhost-pay"));
        QVERIFY(!free->state().disabled);
        QVERIFY(free->text(QAccessible::Description).isEmpty());
        QVERIFY(free->actionInterface());
        QVERIFY(free->actionInterface()->actionNames().contains(
            QAccessibleActionInterface::pressAction()));
        QVERIFY(!held->actionInterface()->actionNames().contains(
            QAccessibleActionInterface::pressAction()));
        // No button at all: the cell says so, and why, rather than nothing.
        QAccessibleInterface *failed = cell(QStringLiteral("uhost-failed"));
        QCOMPARE(failed->role(), QAccessible::Cell);
        QCOMPARE(failed->text(QAccessible::Name), InstanceText::noActionText());
        QVERIFY(!failed->text(QAccessible::Description).isEmpty());
        // The focus event of the view names the current cell.
        view->selectionModel()->setCurrentIndex(
            c.proxyIndex(QStringLiteral("uhost-held"), InstanceTableModel::ActionColumn),
            QItemSelectionModel::NoUpdate);
        QAccessibleInterface *focused = QAccessible::queryAccessibleInterface(view)->focusChild();
        QVERIFY(focused);
        QCOMPARE(focused, held);
    }
};

QTEST_MAIN(TestAccessibleTree)
#include "tst_accessibletree.moc"
