// SPDX-License-Identifier: MIT
// MainWindow: the dialogs it opens (all non-blocking, via open()).
#include "base/Version.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "state/ProfileStore.h"
#include "ui/FocusReturn.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"
#include "ui/credentials/AddKeyDialog.h"
#include "ui/credentials/ProfilesDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/widgets/DemoBanner.h"
#include "ui/widgets/StatusBanner.h"
#include "work/CredentialSession.h"
#include "work/RefreshScheduler.h"

#include <QMessageBox>

namespace compshare::ui {

void MainWindow::openAddKeyDialog()
{
    auto *dialog = new AddKeyDialog(m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Tested where it will be used; a one-off --endpoint is not saved with the key.
    AccountSession *account = m_account;
    dialog->setEndpointRule([account](const QUrl &own) { return account->endpointFor(own); });
    connect(dialog, &AddKeyDialog::profileAdded, this, [this](const QString &name) {
        m_demoBanner->hide();
        m_credentials->switchTo(name);
    });
    connect(dialog, &AddKeyDialog::sessionOnlyRequested, this,
            [this](const Profile &profile, const Credentials &credentials) {
                m_demoBanner->hide();
                m_credentials->useForSessionOnly(profile, credentials);
            });
    returnFocusWhenClosed(dialog);
    dialog->open();
}

void MainWindow::openProfilesDialog()
{
    auto *dialog = new ProfilesDialog(m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setActiveProfile(m_account->accountLabel());
    connect(dialog, &ProfilesDialog::switchRequested, this, [this](const QString &name) {
        m_demoBanner->hide();
        m_credentials->switchTo(name);
    });
    connect(dialog, &ProfilesDialog::addKeyRequested, this, &MainWindow::openAddKeyDialog);
    connect(dialog, &ProfilesDialog::profileDeleted, this, [this](const QString &name) {
        if (name == m_account->accountLabel())
            m_account->forgetAccount();
    });
    returnFocusWhenClosed(dialog);
    dialog->open();
}

void MainWindow::openPreferences()
{
    // The dialog writes the settings; AccountSession applies each change.
    auto *dialog = new PreferencesDialog(*m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusWhenClosed(dialog);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About CompShare Console"),
                                tr("<b>CompShare Console %1</b><p>See and stop your CompShare "
                                   "(优云智算) GPU instances in every region.</p><p>Your API "
                                   "keys stay in the system keychain.</p>")
                                    .arg(applicationVersion()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusWhenClosed(box);
    box->open();
}

} // namespace compshare::ui
