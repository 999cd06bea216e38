// SPDX-License-Identifier: MIT
// What the main window needs on start and on a profile switch: pick the
// profile as the compshare CLI's config.py does (both COMPSHARE_*_KEY
// variables: they are the pair; else --profile NAME; else COMPSHARE_PROFILE,
// from the CLI's file first, then a saved profile of that name; else the
// remembered one; else the CLI's current_profile), read its private key
// asynchronously and say what happened with one signal. A single
// COMPSHARE_PUBLIC_KEY or COMPSHARE_PRIVATE_KEY overrides that half of
// whichever profile is picked, --profile too. Session-only keys live in
// memory here and are saved nowhere.
#pragma once

#include "domain/KeyCheck.h"
#include "state/Profile.h"
#include "wire/CompShareClient.h" // Credentials

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
    // A key variable or a saved profile's key is blank or malformed: nothing
    // is connected (ignored = false). A key variable is used as given or not
    // at all: no saved profile or CLI profile stands in for it.
    void keyProblem(const compshare::KeyProblem &problem);

private:
    void load(const Profile &profile, bool makeCurrent);
    enum class CliProfileUse
    {
        Used,       // its keys are in use (session only)
        Incomplete, // found without a complete pair: profileProblem said so
        NotFound,   // no file, or no such profile (*error says which)
    };
    // A profile of the compshare CLI's own file (name empty: its
    // current_profile), with the environment's half applied.
    CliProfileUse useCliProfile(const QString &name, const QProcessEnvironment &environment,
                                QString *error);
    Credentials applyOverlay(const Credentials &keys) const;
    // Emits keyProblem and returns true when the profile's keys are unusable.
    bool reportProfileKey(const Profile &profile, const QString &privateKey);

    ProfileStore *m_store;
    Profile m_profile;
    Credentials m_credentials;
    Credentials m_overlay; // halves from the environment, applied at start
    bool m_sessionOnly = false;
    quint64 m_pending = 0; // id of the read in flight; older answers are ignored
    quint64 m_nextRequest = 0;
};

} // namespace compshare
