// SPDX-License-Identifier: MIT
// Closing the window and quitting are two things. Closing keeps the console
// running in the background when anything needs watching (BackgroundWatch)
// or when the user chose "Keep watching in the background" (asked once, on
// the first close; also in Preferences); File ▸ Quit (Ctrl+Q) always quits.
// In the background the list goes out at most every 60 s, unless a
// deadline is near; a later launch or a notification shows the window again.
#include "core/BackgroundWatch.h"
#include "core/ConsoleSession.h"
#include "core/ConsoleSettings.h"
#include "model/InstanceTableModel.h"
#include "polling/RefreshScheduler.h"
#include "schedule/StopReminder.h"
#include "schedule/StopWhenIdle.h"
#include "ui/InstanceTableView.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QPointer>

namespace compshare::ui {

void MainWindow::quitConsole()
{
    m_quitting = true;
    if (isVisible())
        close();
    else
        finishQuit();
}

void MainWindow::finishQuit()
{
    m_session->scheduler()->stop();
    emit quitRequested();
}

WatchReasons MainWindow::watchReasons() const
{
    return BackgroundWatch::reasons(m_session->model()->instances(), m_session->operations(),
                                    m_session->stopReminder()->leadMinutes() > 0,
                                    m_session->stopWhenIdle()->isArmed(), m_session->now());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_quitting) {
        event->accept();
        finishQuit();
        return;
    }
    const std::optional<bool> keep = m_settings->keepWatchingInBackground();
    if (watchReasons().any() || keep.value_or(false)) {
        event->ignore();
        enterBackground();
        return;
    }
    if (!keep.has_value()) {
        // Asked once, on the first close; the answer is the preference.
        event->ignore();
        QPointer<MainWindow> self(this);
        m_prompts->askKeepWatching(this, [self](std::optional<bool> answer) {
            if (!self || !answer.has_value())
                return; // dismissed: the window stays, nothing decided
            self->m_settings->setKeepWatchingInBackground(*answer);
            if (*answer)
                self->enterBackground();
            else
                self->quitConsole();
        });
        return;
    }
    event->accept();
    finishQuit();
}

void MainWindow::enterBackground()
{
    hide();
    m_inBackground = true;
    m_session->scheduler()->setPaused(false);
    applyBackgroundCadence();
}

void MainWindow::showFromBackground()
{
    m_inBackground = false;
    m_session->scheduler()->setAutoRefreshIntervalMs(m_settings->refreshIntervalSeconds() * 1000);
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::applyBackgroundCadence()
{
    if (!m_inBackground)
        return;
    m_session->scheduler()->setAutoRefreshIntervalMs(
        BackgroundWatch::refreshIntervalMs(m_settings->refreshIntervalSeconds() * 1000,
                                           m_session->model()->instances(), m_session->now()));
}

} // namespace compshare::ui
