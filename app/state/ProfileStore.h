// SPDX-License-Identifier: MIT
// Profiles in QSettings (name, public key, endpoint, the current one): the
// QSettings ConsoleSettings::storage() gives, the same file as every other
// setting (preferences are ConsoleSettings'). Never the private key: that goes to the
// CredentialStore, and every operation that creates, renames or deletes a profile moves the
// keychain entry along with it.
#pragma once

#include "state/CredentialStore.h"
#include "state/Profile.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace compshare {

class ProfileStore final : public QObject
{
    Q_OBJECT

public:
    using Callback = CredentialStore::Callback;

    // Neither is owned; both must outlive the store.
    ProfileStore(QSettings *settings, CredentialStore *keychain, QObject *parent = nullptr);
    ~ProfileStore() override;

    CredentialStore *keychain() const { return m_keychain; }

    QList<Profile> profiles() const;
    QStringList profileNames() const;
    bool contains(const QString &name) const;
    Profile profile(const QString &name) const; // !isValid() when unknown

    QString currentProfile() const;
    void setCurrentProfile(const QString &name);

    // Keychain first, then the settings: a failed keychain write saves
    // nothing. Replaces a profile of the same name (a new key for it). The
    // first profile becomes the current one.
    void saveProfile(const Profile &profile, const QString &privateKey, QObject *context,
                     Callback done);
    // Writes the key under the new name, updates the settings, then deletes
    // the old entry. Nothing changes if reading or writing the key fails.
    void renameProfile(const QString &from, const QString &to, QObject *context, Callback done);
    // Deletes the keychain entry, then the profile. An unusable keychain
    // keeps the profile (deleting it would orphan the key).
    void removeProfile(const QString &name, QObject *context, Callback done);

signals:
    void profilesChanged();
    void currentProfileChanged(const QString &name);

private:
    void writeProfiles(const QList<Profile> &profiles);
    static KeychainResult invalid(const QString &explanation);

    QSettings *m_settings;
    CredentialStore *m_keychain;
};

} // namespace compshare
