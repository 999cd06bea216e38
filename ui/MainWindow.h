// SPDX-License-Identifier: MIT
// The console window: filters, banners, the instance table with its details
// pane, menus, toolbar and status bar. It receives the AccountSession (the
// composition root: settings, credentials, notifications, the session) and
// builds widgets on it; it keeps no logic of its own beyond that.
#pragma once

#include "domain/ApiError.h"
#include "domain/KeyCheck.h"
#include "session/CommandLineOptions.h"
#include "wire/CompShareClient.h"

#include <QDateTime>
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace compshare {
class AccountSession;
class ConsoleSession;
class ConsoleSettings;
class CredentialSession;
class ProfileStore;
class SingleConsole;
} // namespace compshare

namespace compshare::ui {

class ConsoleTrayIcon;
class CostNotifier;
class CostSummaryView;
class DemoBanner;
class FilterBar;
class InstanceActions;
class ProjectSelector;
class ReleaseRenameActions;
class ScheduleStopActions;
class InstanceDetailsPane;
class InstanceTableView;
class OperationNotifier;
class PromptService;
class StatusBanner;
class StatusSummary;
class WelcomeView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // account: not owned; it outlives the window. Its store, if attached
    // before, gets the History action, the cached-list marker and the
    // store's message.
    explicit MainWindow(AccountSession *account, QWidget *parent = nullptr);
    ~MainWindow() override;

    PromptService *prompts() const { return m_prompts; }
    InstanceActions *actions() const { return m_actions; }
    ScheduleStopActions *scheduleActions() const { return m_scheduleActions; }
    ReleaseRenameActions *releaseRenameActions() const { return m_releaseRename; }
    ProjectSelector *projectSelector() const { return m_projectSelector; }
    InstanceTableView *table() const { return m_table; }
    StatusBanner *connectionBanner() const { return m_connectionBanner; }
    StatusBanner *operationBanner() const { return m_operationBanner; }
    // Above every page: the endpoint in use is not CompShare's own (stays
    // while it is in use), and keys from the environment or a profile that
    // cannot be used (MainWindowNotices.cpp).
    StatusBanner *endpointBanner() const { return m_endpointBanner; }
    StatusBanner *keyBanner() const { return m_keyBanner; }
    StatusSummary *statusSummary() const { return m_summary; }
    CostNotifier *costNotifier() const { return m_costNotifier; }
    CostSummaryView *costSummary() const { return m_costSummary; }
    OperationNotifier *notifier() const { return m_notifier; }
    FilterBar *filterBar() const { return m_filters; }
    bool isShowingWelcome() const;

    // Starts the demo cloud and shows it (also from the welcome view); an
    // error dialog when it cannot start.
    bool startDemo();

    // MainWindowBackground.cpp: File ▸ Quit (Ctrl+Q) always quits; closing the
    // window keeps watching in the background when that is wanted.
    void quitConsole();
    bool isInBackground() const;
    void enterBackground();
    void showFromBackground();
    // A notification's "Show" / "Open": the window, with the instance selected.
    void showInstanceFromBackground(const QString &id);
    // A later launch of the console shows this window (SingleConsole).
    void listenForLaunches(SingleConsole *single);

    // MainWindowStore.cpp: the local store's views: the History of an
    // instance (the operations journal), the cached list's marker, and the
    // message when the file had to be rebuilt.
    QAction *historyAction() const { return m_history; }
    // The tray icon's menu (Show, Quit); its icon only where a tray exists.
    ConsoleTrayIcon *trayIcon() const { return m_tray; }
    StatusBanner *storeBanner() const { return m_storeBanner; }
    // "List from 14:02, refreshing…" while the rows come from the cache.
    QLabel *cachedListMarker() const { return m_cachedMarker; }
    void openHistory(const QString &instanceId);

signals:
    // The first list arrived (for --screenshot and start-up measurements).
    void firstListShown();
    // Quit was chosen: the application should end its event loop.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void buildKeyboardPaths(); // MainWindowKeyboard.cpp
    void buildTabOrder();
    // After a prompt about `ids`: the focus on the table, on that row.
    void focusRows(const QStringList &ids);
    void buildCostViews();  // MainWindowCost.cpp
    void buildScheduleUi(); // MainWindowSchedule.cpp: projects, scheduled stop, reminders
    // MainWindowConnection.cpp: credentials and account changes to
    // banners, refresh results to banners.
    void connectAccountSignals();
    void onConnecting(const QUrl &endpoint);
    void onConnected(const ApiError &refused);
    // MainWindowNotices.cpp
    QWidget *buildNotices();
    void updateEndpointNotice(const QUrl &endpoint, bool refused);
    void noteKeyProblem(const KeyProblem &problem);
    void forgetProfileKeyProblems();
    void showKeyProblems();
    void showWelcome();
    void showList();
    void openAddKeyDialog();
    void openProfilesDialog();
    void openPreferences();
    void showAbout();
    void onRefreshFailed(const ApiError &error, const QDateTime &lastSuccess);
    void onConnectionTrouble(const ApiError &error, const QDateTime &lastSuccess);
    void showUnusableAnswer(const ApiError &error, const QDateTime &lastSuccess);
    // True when the error is about the key itself; the banner then asks to fix it.
    bool showKeyProblem(const ApiError &error);
    void onRefreshSucceeded(const ListResult &result, bool full);
    // The warning for a full list that delivered fewer than its TotalCount; empty when none.
    void updateOperationBanner();
    void updateDetails();
    void updateEmptyText();
    void updateTitle();
    void refreshProfileSwitcher();
    void saveScreenshotAndQuit();
    void saveLayout();
    void finishQuit();
    void buildHistoryAction(); // MainWindowStore.cpp
    void buildStoreViews();
    void updateCachedMarker();
    void updateHistoryEnabled();

    AccountSession *m_account;
    CommandLineOptions m_options;
    ConsoleSettings *m_settings;
    ConsoleSession *m_session;
    PromptService *m_prompts;
    InstanceActions *m_actions;
    ScheduleStopActions *m_scheduleActions;
    ReleaseRenameActions *m_releaseRename;
    ProjectSelector *m_projectSelector = nullptr;
    OperationNotifier *m_notifier;
    ProfileStore *m_profiles;
    CredentialSession *m_credentials;

    QStackedWidget *m_pages = nullptr;
    WelcomeView *m_welcome = nullptr;
    DemoBanner *m_demoBanner = nullptr;
    StatusBanner *m_connectionBanner = nullptr;
    StatusBanner *m_operationBanner = nullptr;
    StatusBanner *m_endpointBanner = nullptr;
    StatusBanner *m_keyBanner = nullptr;
    QList<KeyProblem> m_keyProblems;
    FilterBar *m_filters = nullptr;
    InstanceTableView *m_table = nullptr;
    InstanceDetailsPane *m_details = nullptr;
    StatusSummary *m_summary = nullptr;
    CostNotifier *m_costNotifier = nullptr;
    CostSummaryView *m_costSummary = nullptr;
    QComboBox *m_profileSwitcher = nullptr;
    bool m_firstListShown = false;
    bool m_listedSinceConnect = false; // this account has answered a list since connectWith
    QString m_listWarning; // the last full list's shortfall warning, shown until a list has none
    QString m_listWarningDetails; // its protocol facts, for "Copy details"
    bool m_quitting = false;
    QAction *m_history = nullptr;
    StatusBanner *m_storeBanner = nullptr;
    QLabel *m_cachedMarker = nullptr;
    ConsoleTrayIcon *m_tray = nullptr;
};

} // namespace compshare::ui
