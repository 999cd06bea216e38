// SPDX-License-Identifier: MIT
// MainWindow's connection: what the account's changes mean for the title,
// the profile switcher and the banners, and what the refresh results mean
// for the banners. Kept apart from MainWindow.cpp.
#include "base/Bounds.h"
#include "base/SentenceJoin.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "state/ConsoleSettings.h"
#include "state/ProfileStore.h"
#include "ui/MainWindow.h"
#include "ui/PromptService.h"
#include "ui/StatusSummary.h"
#include "ui/table/InstanceTableView.h"
#include "ui/text/ListWarningText.h"
#include "ui/widgets/DemoBanner.h"
#include "ui/widgets/ProjectSelector.h"
#include "ui/widgets/StatusBanner.h"
#include "wire/ApiTransport.h"
#include "work/CredentialSession.h"
#include "work/DesktopNotifications.h"
#include "work/ProjectDirectory.h"
#include "work/RefreshScheduler.h"

#include <QComboBox>
#include <QLocale>
#include <QTimer>

namespace compshare::ui {

void MainWindow::connectAccountSignals()
{
    connect(m_account, &AccountSession::connecting, this,
            [this](const QUrl &endpoint) { onConnecting(endpoint); });
    connect(m_account, &AccountSession::connected, this, &MainWindow::onConnected);
    connect(m_account, &AccountSession::accountForgotten, this, [this] {
        updateTitle();
        refreshProfileSwitcher();
    });
    connect(m_credentials, &CredentialSession::credentialsReady, this,
            // A usable key: a profile's old problem is gone.
            &MainWindow::forgetProfileKeyProblems);
    connect(m_credentials, &CredentialSession::keyProblem, this, &MainWindow::noteKeyProblem);
    connect(m_credentials, &CredentialSession::needsSetup, this, &MainWindow::showWelcome);
    connect(m_credentials, &CredentialSession::keychainUnavailable, this,
            [this](const QString &, const QString &explanation) {
                showList();
                m_connectionBanner->showMessage(
                    StatusBanner::Kind::Error,
                    // The explanation is a whole sentence of its own (no "…: It …").
                    SentenceJoin::join(explanation,
                                       tr("You can enter your key for this session only.")),
                    tr("Enter key for this session…"));
            });
    connect(m_credentials, &CredentialSession::profileProblem, this,
            [this](const QString &, const QString &explanation) {
                showList();
                m_connectionBanner->showMessage(StatusBanner::Kind::Error, explanation,
                                                tr("Fix credentials…"));
            });
}

bool MainWindow::startDemo()
{
    QString error;
    if (!m_account->startDemo(&error)) {
        m_prompts->showError(this, tr("Demo cloud"), error);
        return false;
    }
    refreshProfileSwitcher();
    return true;
}

void MainWindow::onConnecting(const QUrl &endpoint)
{
    m_listedSinceConnect = false;
    m_listWarning.clear();
    const bool demo = m_account->demo() && m_account->demo()->endpoint() == endpoint;
    m_demoBanner->setVisible(demo);
    //: added to the title of every desktop notification on the demo cloud
    m_account->notifications()->setTitleMarker(demo ? tr("(demo)") : QString());
    m_connectionBanner->dismiss();
    m_projectSelector->setProfile(m_account->accountLabel());
    // Said before anything is sent.
    updateEndpointNotice(endpoint, false);
}

void MainWindow::onConnected(const ApiError &refused)
{
    if (refused.isError())
        updateEndpointNotice(m_session->transport()->endpoint(), true);
    showList();
    updateEmptyText();
    if (refused.isError()) {
        m_connectionBanner->showMessage(StatusBanner::Kind::Error, refused.toString(),
                                        tr("Fix credentials…"));
    }
    updateTitle();
    refreshProfileSwitcher();
}

void MainWindow::refreshProfileSwitcher()
{
    const QSignalBlocker block(m_profileSwitcher);
    m_profileSwitcher->clear();
    if (m_account->demo())
        m_profileSwitcher->addItem(tr("Demo cloud"), QString());
    const QStringList names = m_profiles->profileNames();
    for (const QString &name : names)
        m_profileSwitcher->addItem(name, name);
    if (!m_account->accountLabel().isEmpty() && !names.contains(m_account->accountLabel())) {
        // Environment or session-only keys: shown, never saved.
        const bool fromEnvironment = m_account->accountLabel().startsWith(QLatin1Char('('));
        //: Profile switcher entry for keys from COMPSHARE_PUBLIC_KEY / COMPSHARE_PRIVATE_KEY
        m_profileSwitcher->addItem(fromEnvironment ? tr("From environment")
                                                   : m_account->accountLabel(),
                                   m_account->accountLabel());
    }
    const int current = m_profileSwitcher->findData(m_account->accountLabel());
    m_profileSwitcher->setCurrentIndex(current < 0 ? 0 : current);
    m_profileSwitcher->setVisible(m_profileSwitcher->count() > 0);
}

void MainWindow::updateTitle()
{
    // Qt appends the application display name ("— CompShare Console") to the
    // window title itself on Linux: the title names only what is shown.
    QString title;
    if (m_account->isOnDemo())
        //: Window title in demo mode (the app name follows); keep DEMO prominent
        title = tr("[DEMO] demo cloud, not your account");
    else
        title = m_account->accountLabel();
    setWindowTitle(title);
}

void MainWindow::onRefreshFailed(const ApiError &error, const QDateTime &lastSuccess)
{
    m_summary->setRefreshing(false);
    updateEmptyText();
    // A refused key, or an answer that contradicts itself, is no weather:
    // said at once. Connection trouble waits for the scheduler's word
    // (onConnectionTrouble), so one failed refresh among good ones does not
    // flash a banner.
    if (showKeyProblem(error))
        return;
    if (error.kind() == ApiError::Kind::Contradiction)
        showUnusableAnswer(error, lastSuccess);
}

void MainWindow::showUnusableAnswer(const ApiError &error, const QDateTime &lastSuccess)
{
    // CompShare was reached: what it said cannot be used or believed.
    QString text;
    if (lastSuccess.isValid())
        //: %1 is the time of the last good list, e.g. 14:05
        text = tr("Showing the list from %1.")
                   .arg(QLocale().toString(lastSuccess.toLocalTime().time(), QLocale::ShortFormat));
    text = SentenceJoin::join({text, error.toString(), tr("Retrying automatically.")});
    m_connectionBanner->showMessage(StatusBanner::Kind::Warning, text, tr("Retry now"));
    m_connectionBanner->setDetails(error.details());
}

void MainWindow::onConnectionTrouble(const ApiError &error, const QDateTime &lastSuccess)
{
    if (m_connectionBanner->isVisible() && m_connectionBanner->kind() == StatusBanner::Kind::Error)
        return; // a refused key or a keychain problem says more, and stays
    const QString since =
        QLocale().toString(lastSuccess.toLocalTime().time(), QLocale::ShortFormat);
    QString text;
    if (!error.isError()) {
        //: %n seconds; %1 the time of the last good list, e.g. 14:05
        text = lastSuccess.isValid()
                   ? tr("CompShare has not answered for %n second(s) — showing data from %1. "
                        "Still waiting.",
                        nullptr, bounds::kConnectionTroubleSilenceSecs)
                         .arg(since)
                   : tr("CompShare has not answered for %n second(s). Still waiting.", nullptr,
                        bounds::kConnectionTroubleSilenceSecs);
    } else if (error.kind() == ApiError::Kind::Contradiction ||
               error.kind() == ApiError::Kind::Malformed) {
        showUnusableAnswer(error, lastSuccess);
        return;
    } else if (error.kind() == ApiError::Kind::Timeout) {
        // Reached, or not: it did not answer in time (the bound, not a refusal).
        const int secs = qMax(1, error.detail().toInt() / 1000);
        text = lastSuccess.isValid()
                   //: %n seconds (the request timeout); %1 the time of the last good list
                   ? tr("CompShare did not answer within %n second(s) — showing data from %1. "
                        "Retrying automatically.",
                        nullptr, secs)
                         .arg(since)
                   //: %n seconds (the request timeout)
                   : tr("CompShare did not answer within %n second(s). Retrying automatically.",
                        nullptr, secs);
    } else if (error.kind() == ApiError::Kind::HttpStatus || error.kind() == ApiError::Kind::Api) {
        // The gateway was reached and answered with an error status or RetCode.
        text = lastSuccess.isValid()
                   //: %1 the time of the last good list, %2 what it answered (whole sentences)
                   ? tr("CompShare answered with an error — showing data from %1. %2 Retrying "
                        "automatically.")
                         .arg(since, error.toString())
                   //: %1 what it answered (whole sentences)
                   : tr("CompShare answered with an error. %1 Retrying automatically.")
                         .arg(error.toString());
    } else if (lastSuccess.isValid()) {
        // Not reached at all (connection refused, DNS, TLS).
        //: %1 the time of the last good list, %2 what went wrong (whole sentences)
        text = tr("Cannot reach CompShare — showing data from %1. %2 Retrying automatically.")
                   .arg(since, error.toString());
    } else {
        //: %1 what went wrong (whole sentences)
        text = tr("Cannot reach CompShare. %1 Retrying automatically.").arg(error.toString());
    }
    m_connectionBanner->showMessage(StatusBanner::Kind::Warning, text, tr("Retry now"));
    m_connectionBanner->setDetails(error.isError() ? error.details() : QString());
}

bool MainWindow::showKeyProblem(const ApiError &error)
{
    const auto reason = error.reason();
    if (reason != ApiError::Reason::KeyRejected && reason != ApiError::Reason::KeyUnknown)
        return false;
    m_connectionBanner->showMessage(StatusBanner::Kind::Error, error.toString(),
                                    tr("Fix credentials…"));
    m_connectionBanner->setDetails(error.details());
    return true;
}

void MainWindow::onRefreshSucceeded(const ListResult &result, bool full)
{
    m_summary->setLastRefresh(m_session->scheduler()->lastSuccess());
    m_summary->setRefreshing(false);
    m_listedSinceConnect = true;
    updateEmptyText();
    if (full) {
        m_listWarning = ListWarningText::sentence(result);
        m_listWarningDetails = ListWarningText::details(result);
    }
    if (m_listWarning.isEmpty()) {
        if (m_connectionBanner->isVisible())
            m_connectionBanner->dismiss();
    } else if (m_connectionBanner->text() != m_listWarning) {
        // Shown again after a failure's banner, not after the user closed it.
        m_connectionBanner->showMessage(StatusBanner::Kind::Warning, m_listWarning);
        m_connectionBanner->setDetails(m_listWarningDetails);
    }
    if (!m_firstListShown) {
        m_firstListShown = true;
        if (!m_table->restoredState())
            m_table->fitColumnsToContents();
        emit firstListShown();
        if (!m_options.screenshotPath.isEmpty())
            QTimer::singleShot(300, this, &MainWindow::saveScreenshotAndQuit);
    }
}

} // namespace compshare::ui
