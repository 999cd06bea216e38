// SPDX-License-Identifier: MIT
// The console's icon in the system tray, where a tray exists
// (QSystemTrayIcon::isSystemTrayAvailable): its menu holds Show and Quit, so
// a console watching in the background is one click from its window and
// from quitting. Where there is no tray, the menu and its actions still
// exist (for tests and for the window's wiring) and no icon is shown.
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace compshare::ui {

class ConsoleTrayIcon final : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleTrayIcon(QObject *parent = nullptr);
    // trayAvailable: injectable for tests (offscreen has no tray).
    ConsoleTrayIcon(bool trayAvailable, QObject *parent);
    ~ConsoleTrayIcon() override;

    bool isShown() const { return m_icon != nullptr; }
    QMenu *menu() const { return m_menu; }
    QAction *showAction() const { return m_show; }
    QAction *quitAction() const { return m_quit; }

signals:
    void showRequested();
    void quitRequested();

private:
    QMenu *m_menu;
    QAction *m_show;
    QAction *m_quit;
    QSystemTrayIcon *m_icon = nullptr;
};

} // namespace compshare::ui
