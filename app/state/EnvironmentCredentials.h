// SPDX-License-Identifier: MIT
// The official CLI's environment variables, read as the CLI reads them:
// COMPSHARE_PROFILE picks the profile, COMPSHARE_PUBLIC_KEY /
// COMPSHARE_PRIVATE_KEY each override that half of it, and
// COMPSHARE_CONFIG_FILE says where the CLI's config is (CliConfigImporter).
// Both keys set make a session-only profile "(environment)" for scripts and
// CI; anything taken from the environment is never saved.
#pragma once

#include "domain/KeyCheck.h"
#include "state/Profile.h"
#include "wire/CompShareClient.h" // Credentials

#include <QProcessEnvironment>

namespace compshare {

class EnvironmentCredentials final
{
public:
    static QString profileName();        // "(environment)": a name no saved profile can take
    static QString publicKeyVariable();  // COMPSHARE_PUBLIC_KEY
    static QString privateKeyVariable(); // COMPSHARE_PRIVATE_KEY
    static QString profileVariable();    // COMPSHARE_PROFILE
    static QString configFileVariable(); // COMPSHARE_CONFIG_FILE

    explicit EnvironmentCredentials(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // Both variables set, non-blank and well-formed.
    bool isSet() const { return m_credentials.isValid(); }
    // Only one of the two set: it overrides that half of the selected profile.
    bool isIncomplete() const;
    bool hasPublicKey() const { return !m_credentials.publicKey.isEmpty(); }
    bool hasPrivateKey() const { return !m_credentials.privateKey.isEmpty(); }
    // COMPSHARE_PROFILE, trimmed; empty when unset.
    QString requestedProfile() const { return m_profile; }
    Profile profile() const;
    Credentials credentials() const { return m_credentials; }
    // `base` with each half the environment sets replaced.
    Credentials overlay(const Credentials &base) const;
    // A key variable that is set but blank or malformed: named here, never
    // sent, and no other key is used in its place (CredentialSession).
    QList<KeyProblem> problems() const { return m_problems; }

private:
    Credentials m_credentials;
    QList<KeyProblem> m_problems;
    QString m_profile;
};

} // namespace compshare
