// SPDX-License-Identifier: MIT
#include "ui/FirstShowGate.h"

#include "session/ConsoleSession.h"
#include "wire/ApiTransport.h"
#include "work/RefreshScheduler.h"

#include <QTimer>
#include <QWidget>
#include <utility>

namespace compshare::ui {

void FirstShowGate::show(QWidget *window, ConsoleSession *session, int maxWaitMs)
{
    // Not connected, or waiting for the project list first: nothing to let pass.
    if (!session->isConnected() || !session->scheduler()->isRunning() ||
        session->scheduler()->isBusy()) {
        window->show();
        return;
    }
    new FirstShowGate(window, session, maxWaitMs);
}

FirstShowGate::FirstShowGate(QWidget *window, ConsoleSession *session, int maxWaitMs)
    : QObject(window)
    , m_window(window)
{
    ApiTransport *transport = session->transport();
    // The list is sent right after refreshStarted. Once one of its bodies is
    // on the wire the others' hand-offs are queued too: one more turn lets
    // them pass, then the window paints.
    connect(session->scheduler(), &RefreshScheduler::refreshStarted, this,
            [this] { m_listStarted = true; });
    connect(transport, &ApiTransport::uploadSettled, this, [this] {
        if (m_listStarted)
            QTimer::singleShot(0, this, &FirstShowGate::open);
    });
    QTimer::singleShot(maxWaitMs, this, &FirstShowGate::open);
}

void FirstShowGate::open()
{
    if (std::exchange(m_opened, true))
        return; // one show only, whichever comes first
    if (m_window)
        m_window->show();
    deleteLater();
}

} // namespace compshare::ui
