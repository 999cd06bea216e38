// SPDX-License-Identifier: MIT
// What the main window needs on start and on a profile switch: pick the
// profile (--profile NAME; else both COMPSHARE_*_KEY variables; else
// COMPSHARE_PROFILE, a saved profile or one from the compshare CLI's config;
// else the remembered one), read its private key asynchronously and say
// what happened with one signal. A single COMPSHARE_PUBLIC_KEY or
// COMPSHARE_PRIVATE_KEY overrides that half, as in the CLI. Session-only
// keys live in memory here and are saved nowhere.
#pragma once

#include "api/CompShareClient.h" // Credentials
#include "credentials/Profile.h"

#include <QObject>
#include <QProcessEnvironment>

namespace compshare {

class ProfileStore;

class CredentialSession final : public QObject
{
    Q_OBJECT

public:
    explicit CredentialSession(ProfileStore *store, QObject *parent = nullptr);
    ~CredentialSession() override;

    // requestedProfile: --profile NAME, or empty.
    void start(const QString &requestedProfile = {},
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // Reads the saved profile's key, makes it current on success.
    void switchTo(const QString &profileName);
    // Keys for this run only (keychain unavailable, or the user chose so).
    void useForSessionOnly(const Profile &profile, const Credentials &credentials);
    // Forgets the in-memory keys (e.g. the active profile was deleted).
    void clear();

    bool hasCredentials() const { return m_credentials.isValid(); }
    Profile profile() const { return m_profile; }
    Credentials credentials() const { return m_credentials; }
    bool isSessionOnly() const { return m_sessionOnly; }
    bool isBusy() const { return m_pending != 0; }

signals:
    void credentialsReady(const QString &profileName, const compshare::Credentials &credentials);
    // No profile at all: show the welcome view.
    void needsSetup();
    // The keychain cannot be used: offer "use for this session only".
    void keychainUnavailable(const QString &profileName, const QString &explanation);
    // The profile is unknown, or its key is missing, or the keychain timed
    // out: explanation says which (offer to enter the key again).
    void profileProblem(const QString &profileName, const QString &explanation);

private:
    void load(const Profile &profile, bool makeCurrent);
    void loadFromCliConfig(const QString &name, const QProcessEnvironment &environment);
    Credentials applyOverlay(const Credentials &keys) const;

    ProfileStore *m_store;
    Profile m_profile;
    Credentials m_credentials;
    Credentials m_overlay; // halves from the environment, applied at start
    bool m_sessionOnly = false;
    quint64 m_pending = 0; // id of the read in flight; older answers are ignored
    quint64 m_nextRequest = 0;
};

} // namespace compshare
