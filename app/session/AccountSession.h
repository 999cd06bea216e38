// SPDX-License-Identifier: MIT
// The console's composition root: everything one console holds apart from
// its widgets. It owns the typed settings (and applies each change where it
// belongs), the keychain, profiles and credentials, the desktop
// notifications, the endpoint order, the demo cloud, what is remembered per
// account, the local store's recorders, and the ConsoleSession behind the
// list. MainWindow receives it and builds widgets; tests drive it directly.
#pragma once

#include "domain/ApiError.h"
#include "session/CommandLineOptions.h"
#include "session/DemoEndpoint.h"
#include "state/ConsoleSettings.h"
#include "wire/CompShareClient.h"
#include "work/BackgroundWatch.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace compshare {

class CachedListRecorder;
class ConsoleSession;
class CredentialSession;
class CredentialStore;
class DesktopActionNotifier;
class DesktopNotifications;
class LocalStore;
class OperationRecorder;
class ProfileStore;

class AccountSession final : public QObject
{
    Q_OBJECT

public:
    // settings: null for the application's own QSettings.
    explicit AccountSession(const CommandLineOptions &options,
                            std::unique_ptr<ConsoleSettings> settings = {},
                            QObject *parent = nullptr);
    ~AccountSession() override;

    const CommandLineOptions &options() const { return m_options; }
    ConsoleSettings *settings() const { return m_settings.get(); }
    ConsoleSession *session() const { return m_session; }
    CredentialStore *keychain() const { return m_keychain; }
    ProfileStore *profiles() const { return m_profiles; }
    CredentialSession *credentials() const { return m_credentials; }
    DesktopNotifications *notifications() const { return m_notifications; }
    // Reminders and stop-when-idle warnings go through this one (it honours
    // "Show desktop notifications").
    DesktopActionNotifier *actionNotifier() const { return m_actionNotifier; }
    // Null until the demo cloud was started.
    DemoEndpoint *demo() const { return m_demo; }
    // How to start the demo cloud (demo/DemoCloud::startNew); without one,
    // startDemo() fails.
    void setDemoStarter(DemoStarter starter) { m_demoStarter = std::move(starter); }

    // Starts as the command line says: the demo, a profile, or nothing yet
    // (--connect-later). Call once the window listens.
    void start();
    // Starts the demo cloud (once) and connects to it. False with *error set
    // when no local port could be opened.
    bool startDemo(QString *error = nullptr);
    // Connects to an endpoint with a key pair; label names the account
    // ("" for the demo). Returns the Policy error of a refused endpoint.
    ApiError connectWith(const QUrl &endpoint, const Credentials &credentials,
                         const QString &label);
    // The account in use was deleted: disconnect, forget it, pick again.
    void forgetAccount();
    QString accountLabel() const { return m_label; }
    bool isOnDemo() const;
    // The one endpoint rule: --endpoint, else the key's own (`own`, empty for
    // none), else the Preferences one. Adding a key tests it there too.
    QUrl endpointFor(const QUrl &own) const;
    // The endpoint for the account in use (endpointFor its profile's own).
    QUrl accountEndpoint() const;

    // The local store (not owned; it must outlive this): GPU samples, the
    // operations journal, the saved list painted before the first answer.
    void attachStore(LocalStore *store);
    LocalStore *store() const { return m_store; }
    OperationRecorder *operationRecorder() const { return m_recorder; }

    // With the window closed the list goes out less often (BackgroundWatch).
    void setInBackground(bool background);
    bool isInBackground() const { return m_inBackground; }
    WatchReasons watchReasons() const;
    // Quit: no more requests, and the list is saved for the next start.
    void finish();

signals:
    // Before anything is sent to a new account (endpoint notices go first).
    void connecting(const QUrl &endpoint, const QString &label);
    // After connectWith: refused is the Policy error, or no error.
    void connected(const compshare::ApiError &refused);
    // The account in use was forgotten (deleted profile).
    void accountForgotten();

private:
    void applyRefreshCadence();
    void applyReminderSettings();
    void applyIdleRule();
    void rememberAccountFacts();
    void followEndpointPreference();
    void restoreStopWhenIdleChoices();

    CommandLineOptions m_options;
    std::unique_ptr<ConsoleSettings> m_settings;
    ConsoleSession *m_session;
    CredentialStore *m_keychain;
    ProfileStore *m_profiles;
    CredentialSession *m_credentials;
    DesktopNotifications *m_notifications;
    DesktopActionNotifier *m_actionNotifier;
    DemoStarter m_demoStarter;
    DemoEndpoint *m_demo = nullptr;
    QString m_label;
    LocalStore *m_store = nullptr;
    OperationRecorder *m_recorder = nullptr;
    CachedListRecorder *m_cache = nullptr;
    bool m_inBackground = false;
};

} // namespace compshare
