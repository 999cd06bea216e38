// SPDX-License-Identifier: MIT
#include "ui/ConsoleTrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace compshare::ui {

ConsoleTrayIcon::ConsoleTrayIcon(QObject *parent)
    : ConsoleTrayIcon(QSystemTrayIcon::isSystemTrayAvailable(), parent)
{}

ConsoleTrayIcon::ConsoleTrayIcon(bool trayAvailable, QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    //: In the system tray's menu: brings the console's window forward
    m_show = m_menu->addAction(tr("&Show the console"));
    m_show->setObjectName(QStringLiteral("trayShow"));
    connect(m_show, &QAction::triggered, this, &ConsoleTrayIcon::showRequested);
    m_menu->addSeparator();
    //: In the system tray's menu: ends the console (also when it watches in the background)
    m_quit = m_menu->addAction(tr("&Quit"));
    m_quit->setObjectName(QStringLiteral("trayQuit"));
    connect(m_quit, &QAction::triggered, this, &ConsoleTrayIcon::quitRequested);
    if (!trayAvailable)
        return;
    m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_icon->setToolTip(QApplication::applicationDisplayName());
    m_icon->setContextMenu(m_menu);
    // A click on the icon itself shows the window, as a tray icon's click does elsewhere.
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    emit showRequested();
            });
    m_icon->show();
}

ConsoleTrayIcon::~ConsoleTrayIcon()
{
    delete m_icon; // before its menu
    m_icon = nullptr;
    delete m_menu;
}

} // namespace compshare::ui
