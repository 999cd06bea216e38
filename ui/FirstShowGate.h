// SPDX-License-Identifier: MIT
// Shows the main window at start-up once the first list's requests are on the
// wire. Qt hands each POST body to its HTTP thread through the GUI thread's
// event loop; the window's first layout and paint (~25 ms here) would come
// first and hold the first list back by as much. Capped at about one paint:
// when the connection itself takes longer (TLS to the real API), painting
// first costs the list nothing.
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace compshare {
class ConsoleSession;
}

namespace compshare::ui {

class FirstShowGate final : public QObject
{
    Q_OBJECT

public:
    // Shows `window` now, unless the session's first list is about to go out;
    // then once its first request body is on the wire, or after maxWaitMs.
    static void show(QWidget *window, ConsoleSession *session, int maxWaitMs = 30);

private:
    FirstShowGate(QWidget *window, ConsoleSession *session, int maxWaitMs);
    void open();

    QPointer<QWidget> m_window;
    bool m_listStarted = false;
    bool m_opened = false;
};

} // namespace compshare::ui
