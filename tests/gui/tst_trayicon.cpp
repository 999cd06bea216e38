// SPDX-License-Identifier: MIT
// The tray icon's menu: Show and Quit. Where a tray exists (injected here:
// offscreen has none) the icon is shown with that menu, and Quit quits the
// console, also while it watches in the background; where none exists no
// icon is made and nothing breaks.
#include "support/ConsoleWindow.h"
#include "support/SimulatorFixture.h"
#include "ui/ConsoleTrayIcon.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QtTest>

using namespace compshare;
using namespace compshare::ui;

class TestTrayIcon final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void withATrayTheMenuHoldsShowAndQuit()
    {
        ConsoleTrayIcon tray(true, nullptr);
        QVERIFY(tray.isShown());
        auto *icon = tray.findChild<QSystemTrayIcon *>();
        QVERIFY(icon);
        QCOMPARE(icon->contextMenu(), tray.menu());
        QStringList texts;
        for (QAction *a : tray.menu()->actions()) {
            if (!a->isSeparator())
                texts << a->text();
        }
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("&Show the console"), QStringLiteral("&Quit")}));
        QSignalSpy show(&tray, &ConsoleTrayIcon::showRequested);
        QSignalSpy quit(&tray, &ConsoleTrayIcon::quitRequested);
        tray.showAction()->trigger();
        QCOMPARE(show.count(), 1);
        emit icon->activated(QSystemTrayIcon::Trigger); // a click on the icon
        QCOMPARE(show.count(), 2);
        tray.quitAction()->trigger();
        QCOMPARE(quit.count(), 1);
    }

    void withoutATrayNoIconIsMade()
    {
        ConsoleTrayIcon tray(false, nullptr);
        QVERIFY(!tray.isShown());
        QVERIFY(!tray.findChild<QSystemTrayIcon *>());
        QCOMPARE(tray.menu()->actions().size(), 3); // Show, separator, Quit
    }

    void quitFromTheTrayEndsABackgroundConsole()
    {
        test::ConsoleWindow c(
            test::smallScenario({{QStringLiteral("uhost-a"), QStringLiteral("cn-wlcb"),
                                  QStringLiteral("Running"), QStringLiteral("Postpay")}}));
        QTRY_VERIFY(c.model()->hasList());
        MainWindow *w = c.window.get();
        QVERIFY(w->trayIcon());
        // Offscreen has no tray: no icon, the window works as before.
        QCOMPARE(w->trayIcon()->isShown(), QSystemTrayIcon::isSystemTrayAvailable());
        w->enterBackground();
        QVERIFY(!w->isVisible());
        w->trayIcon()->showAction()->trigger();
        QVERIFY(w->isVisible());
        w->enterBackground();
        QSignalSpy quit(w, &MainWindow::quitRequested);
        w->trayIcon()->quitAction()->trigger();
        QCOMPARE(quit.count(), 1);
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
