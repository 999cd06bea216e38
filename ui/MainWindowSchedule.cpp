// SPDX-License-Identifier: MIT
// MainWindow: the project selector, the scheduled stop (action, outcomes)
// and its reminders, wired to the core objects.
#include "session/ConsoleSession.h"
#include "ui/MainWindow.h"
#include "ui/ScheduleStopActions.h"
#include "ui/table/InstanceTableView.h"
#include "ui/widgets/ProjectSelector.h"
#include "ui/widgets/StatusBanner.h"
#include "work/ProjectDirectory.h"
#include "work/RefreshScheduler.h"
#include "work/StopReminder.h"

#include <QComboBox>
#include <QStatusBar>
#include <QToolBar>

namespace compshare::ui {

void MainWindow::buildScheduleUi()
{
    // The project selector sits just before the profile box.
    auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    m_projectSelector = new ProjectSelector(m_session->projects(), m_settings, toolbar);
    QAction *profileBox = nullptr;
    for (QAction *a : toolbar->actions()) {
        if (toolbar->widgetForAction(a) == m_profileSwitcher)
            profileBox = a;
    }
    m_projectSelector->setToolBarAction(toolbar->insertWidget(profileBox, m_projectSelector));
    connect(m_projectSelector, &ProjectSelector::projectChosen, this,
            [this] { m_session->scheduler()->refreshNow(); });
    connect(
        m_session->projects(), &ProjectDirectory::listRefused, this, [this](const ApiError &error) {
            // A refused key refuses the listing too: say so once, with the fix.
            if (showKeyProblem(error))
                return;
            // Never hide an error already shown (a refused key, a keychain problem).
            if (m_connectionBanner->isVisible() &&
                m_connectionBanner->kind() == StatusBanner::Kind::Error)
                return;
            // A timeout is not a refusal: say which it was.
            const bool answered =
                error.kind() == ApiError::Kind::Api || error.kind() == ApiError::Kind::HttpStatus;
            m_connectionBanner->showMessage(
                StatusBanner::Kind::Warning,
                answered ? tr("The project list was refused. %1 The list is asked without a "
                              "project; a sub-account key may be refused, and a "
                              "scheduled stop is not sent until you enter a project in the "
                              "Project box.")
                               .arg(error.toString())
                         : tr("The project list could not be read. %1 The list is asked without "
                              "a project; a sub-account key may be refused, and a "
                              "scheduled stop is not sent until you enter a project in the "
                              "Project box.")
                               .arg(error.toString()));
        });

    m_scheduleActions->setSelectionSource([this] { return m_table->selectedInstanceIds(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_scheduleActions,
            &ScheduleStopActions::updateEnabled);
    connect(m_scheduleActions, &ScheduleStopActions::message, this,
            [this](const QString &text, bool problem) {
                if (problem)
                    m_operationBanner->showMessage(StatusBanner::Kind::Warning, text);
                else
                    statusBar()->showMessage(text, 15000);
            });

    // The reminders' desktop notifications are the account's (AccountSession).
    StopReminder *reminder = m_session->stopReminder();
    connect(reminder, &StopReminder::fired, this,
            [this](const QString &, const QString &, const QString &body) {
                statusBar()->showMessage(body, 15000);
            });
    connect(reminder, &StopReminder::openRequested, this, &MainWindow::showInstanceFromBackground);
}

} // namespace compshare::ui
