// SPDX-License-Identifier: MIT
#include "state/EnvironmentCredentials.h"

namespace compshare {

QString EnvironmentCredentials::profileName()
{
    return QStringLiteral("(environment)");
}

QString EnvironmentCredentials::publicKeyVariable()
{
    return QStringLiteral("COMPSHARE_PUBLIC_KEY");
}

QString EnvironmentCredentials::privateKeyVariable()
{
    return QStringLiteral("COMPSHARE_PRIVATE_KEY");
}

QString EnvironmentCredentials::profileVariable()
{
    return QStringLiteral("COMPSHARE_PROFILE");
}

QString EnvironmentCredentials::configFileVariable()
{
    return QStringLiteral("COMPSHARE_CONFIG_FILE");
}

EnvironmentCredentials::EnvironmentCredentials(const QProcessEnvironment &environment)
{
    const auto read = [&](const QString &variable, KeyProblem::Half half, QString *key) {
        if (!environment.contains(variable))
            return;
        const QString raw = environment.value(variable);
        const KeyDefect defect = keyDefect(raw);
        if (defect == KeyDefect::None)
            *key = raw.trimmed();
        else
            m_problems.append(
                {KeyProblem::Source::EnvironmentVariable, variable, half, defect, true});
    };
    read(publicKeyVariable(), KeyProblem::Half::PublicKey, &m_credentials.publicKey);
    read(privateKeyVariable(), KeyProblem::Half::PrivateKey, &m_credentials.privateKey);
    m_profile = environment.value(profileVariable()).trimmed();
}

Credentials EnvironmentCredentials::overlay(const Credentials &base) const
{
    Credentials c = base;
    if (hasPublicKey())
        c.publicKey = m_credentials.publicKey;
    if (hasPrivateKey())
        c.privateKey = m_credentials.privateKey;
    return c;
}

bool EnvironmentCredentials::isIncomplete() const
{
    return !isSet() && (!m_credentials.publicKey.isEmpty() || !m_credentials.privateKey.isEmpty());
}

Profile EnvironmentCredentials::profile() const
{
    Profile p;
    if (!isSet())
        return p;
    p.name = profileName();
    p.publicKey = m_credentials.publicKey;
    p.fromEnvironment = true;
    return p;
}

} // namespace compshare
