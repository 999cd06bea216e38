// SPDX-License-Identifier: MIT
#include "credentials/CredentialSession.h"

#include "core/Logging.h"
#include "credentials/EnvironmentCredentials.h"
#include "credentials/ProfileStore.h"

namespace compshare {

CredentialSession::CredentialSession(ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

CredentialSession::~CredentialSession() = default;

void CredentialSession::start(const QString &requestedProfile,
                              const QProcessEnvironment &environment)
{
    if (!requestedProfile.isEmpty()) {
        const Profile p = m_store->profile(requestedProfile);
        if (!p.isValid()) {
            m_pending = 0;
            qCInfo(lcCredentials).noquote()
                << "requested profile" << requestedProfile << "does not exist";
            emit profileProblem(
                requestedProfile,
                tr("There is no saved profile named \"%1\".").arg(requestedProfile));
            return;
        }
        load(p, false);
        return;
    }
    const EnvironmentCredentials env(environment);
    if (env.isSet()) {
        qCInfo(lcCredentials) << "using the key pair from the environment";
        useForSessionOnly(env.profile(), env.credentials());
        return;
    }
    if (env.isIncomplete()) {
        qCWarning(lcCredentials).noquote()
            << "only one of" << EnvironmentCredentials::publicKeyVariable() << "and"
            << EnvironmentCredentials::privateKeyVariable() << "is set; ignoring both";
    }
    const QString current = m_store->currentProfile();
    const QStringList names = m_store->profileNames();
    if (!current.isEmpty()) {
        load(m_store->profile(current), false);
    } else if (!names.isEmpty()) {
        load(m_store->profile(names.first()), true);
    } else {
        m_pending = 0;
        emit needsSetup();
    }
}

void CredentialSession::switchTo(const QString &profileName)
{
    const Profile p = m_store->profile(profileName);
    if (!p.isValid()) {
        emit profileProblem(profileName,
                            tr("There is no saved profile named \"%1\".").arg(profileName));
        return;
    }
    load(p, true);
}

void CredentialSession::load(const Profile &profile, bool makeCurrent)
{
    const quint64 request = ++m_nextRequest;
    m_pending = request;
    m_store->keychain()->readPrivateKey(
        profile.name, this, [this, request, profile, makeCurrent](const KeychainResult &r) {
            if (m_pending != request)
                return; // a newer start/switch superseded this read
            m_pending = 0;
            switch (r.status) {
            case KeychainResult::Status::Ok:
                m_profile = profile;
                m_credentials = {profile.publicKey, r.secret};
                m_sessionOnly = false;
                if (makeCurrent)
                    m_store->setCurrentProfile(profile.name);
                emit credentialsReady(profile.name, m_credentials);
                return;
            case KeychainResult::Status::Unavailable:
                emit keychainUnavailable(profile.name, r.explanation);
                return;
            case KeychainResult::Status::NotFound:
            case KeychainResult::Status::TimedOut:
            case KeychainResult::Status::Invalid:
                emit profileProblem(profile.name, r.explanation);
                return;
            }
        });
}

void CredentialSession::useForSessionOnly(const Profile &profile, const Credentials &credentials)
{
    m_pending = 0;
    m_profile = profile;
    m_credentials = credentials;
    m_sessionOnly = true;
    qCInfo(lcCredentials).noquote() << "using profile" << profile.name << "for this session only";
    emit credentialsReady(profile.name, m_credentials);
}

void CredentialSession::clear()
{
    m_pending = 0;
    m_profile = {};
    m_credentials = {};
    m_sessionOnly = false;
}

} // namespace compshare
