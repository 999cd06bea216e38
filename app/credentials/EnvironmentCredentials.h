// SPDX-License-Identifier: MIT
// COMPSHARE_PUBLIC_KEY / COMPSHARE_PRIVATE_KEY: a session-only profile for
// scripts and CI. It is marked fromEnvironment and never saved anywhere.
#pragma once

#include "api/CompShareClient.h" // Credentials
#include "credentials/Profile.h"

#include <QProcessEnvironment>

namespace compshare {

class EnvironmentCredentials final
{
public:
    static QString profileName();        // "(environment)": a name no saved profile can take
    static QString publicKeyVariable();  // COMPSHARE_PUBLIC_KEY
    static QString privateKeyVariable(); // COMPSHARE_PRIVATE_KEY

    explicit EnvironmentCredentials(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // Both variables set and non-empty.
    bool isSet() const { return m_credentials.isValid(); }
    // Only one of the two set: worth a warning, the pair is unusable.
    bool isIncomplete() const;
    Profile profile() const;
    Credentials credentials() const { return m_credentials; }

private:
    Credentials m_credentials;
};

} // namespace compshare
