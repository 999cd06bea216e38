// SPDX-License-Identifier: MIT
// Closing the window and quitting are two things. Closing keeps the console
// running in the background when anything needs watching (BackgroundWatch)
// or when the user chose "Keep watching in the background" (asked once, on
// the first close; also in Preferences); File ▸ Quit (Ctrl+Q) always quits.
// In the background the list goes out at most every 60 s, unless a
// deadline is near; a later launch or a notification shows the window again.
#include "session/AccountSession.h"
#include "state/ConsoleSettings.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"
#include "ui/table/InstanceTableView.h"

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
    m_account->finish();
    emit quitRequested();
}

bool MainWindow::isInBackground() const
{
    return m_account->isInBackground();
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
    if (m_account->watchReasons().any() || keep.value_or(false)) {
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
    m_account->setInBackground(true);
}

// Every way of showing the window comes here (the tray, a second launch, a
// notification's action), so the account leaves the background pace.
void MainWindow::showFromBackground()
{
    m_account->setInBackground(false);
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::showInstanceFromBackground(const QString &id)
{
    showFromBackground();
    m_table->selectInstance(id);
}

} // namespace compshare::ui
