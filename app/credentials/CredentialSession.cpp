// SPDX-License-Identifier: MIT
#include "credentials/CredentialSession.h"

#include "core/Logging.h"
#include "credentials/CliConfigImporter.h"
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
    const EnvironmentCredentials env(environment);
    m_overlay = {};
    if (!requestedProfile.isEmpty()) {
        // --profile NAME is explicit: the environment's keys do not apply.
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
    if (env.isSet()) {
        qCInfo(lcCredentials) << "using the key pair from the environment";
        useForSessionOnly(env.profile(), env.credentials());
        return;
    }
    // As the CLI: COMPSHARE_PROFILE picks the profile, and a single
    // COMPSHARE_PUBLIC_KEY or COMPSHARE_PRIVATE_KEY overrides that half.
    if (env.isIncomplete()) {
        m_overlay = env.credentials();
        qCInfo(lcCredentials).noquote()
            << (env.hasPublicKey() ? EnvironmentCredentials::publicKeyVariable()
                                   : EnvironmentCredentials::privateKeyVariable())
            << "overrides that half of the selected profile";
    }
    const QString wanted = env.requestedProfile();
    if (!wanted.isEmpty()) {
        const Profile p = m_store->profile(wanted);
        if (p.isValid())
            load(p, false);
        else
            loadFromCliConfig(wanted, environment);
        return;
    }
    const QString current = m_store->currentProfile();
    const QStringList names = m_store->profileNames();
    if (!current.isEmpty()) {
        load(m_store->profile(current), false);
    } else if (!names.isEmpty()) {
        load(m_store->profile(names.first()), true);
    } else if (env.isIncomplete()) {
        loadFromCliConfig({}, environment); // the CLI's current profile, if any
    } else {
        m_pending = 0;
        emit needsSetup();
    }
}

void CredentialSession::loadFromCliConfig(const QString &name,
                                          const QProcessEnvironment &environment)
{
    m_pending = 0;
    CliConfigImporter cli(CliConfigImporter::defaultConfigPath(environment));
    QString error;
    QString profileName = name;
    if (profileName.isEmpty() && cli.load(&error))
        profileName = cli.currentProfile();
    Credentials keys;
    if (profileName.isEmpty() || !cli.readKeyPair(profileName, &keys, &error)) {
        if (name.isEmpty()) {
            emit needsSetup();
            return;
        }
        //: %1 profile name from COMPSHARE_PROFILE; %2 why the CLI's file did not have it
        emit profileProblem(name, tr("There is no saved profile named \"%1\" (COMPSHARE_PROFILE). "
                                     "%2")
                                      .arg(name, error));
        return;
    }
    keys = applyOverlay(keys);
    if (!keys.isValid()) {
        emit profileProblem(
            profileName,
            tr("The compshare CLI profile \"%1\" has no complete key pair.").arg(profileName));
        return;
    }
    Profile p;
    p.name = profileName;
    p.publicKey = keys.publicKey;
    p.fromEnvironment = true;
    qCInfo(lcCredentials).noquote() << "using the compshare CLI's profile" << profileName;
    useForSessionOnly(p, keys);
}

Credentials CredentialSession::applyOverlay(const Credentials &keys) const
{
    Credentials c = keys;
    if (!m_overlay.publicKey.isEmpty())
        c.publicKey = m_overlay.publicKey;
    if (!m_overlay.privateKey.isEmpty())
        c.privateKey = m_overlay.privateKey;
    return c;
}

void CredentialSession::switchTo(const QString &profileName)
{
    const Profile p = m_store->profile(profileName);
    if (!p.isValid()) {
        emit profileProblem(profileName,
                            tr("There is no saved profile named \"%1\".").arg(profileName));
        return;
    }
    m_overlay = {}; // a profile the user picks is used as saved
    load(p, true);
}

void CredentialSession::load(const Profile &profile, bool makeCurrent)
{
    if (!m_overlay.privateKey.isEmpty()) {
        // The private half comes from the environment: no keychain read.
        Profile p = profile;
        p.fromEnvironment = true;
        const Credentials keys = applyOverlay({profile.publicKey, QString()});
        p.publicKey = keys.publicKey;
        useForSessionOnly(p, keys);
        return;
    }
    const quint64 request = ++m_nextRequest;
    m_pending = request;
    m_store->keychain()->readPrivateKey(
        profile.name, this, [this, request, profile, makeCurrent](const KeychainResult &r) {
            if (m_pending != request)
                return; // a newer start/switch superseded this read
            m_pending = 0;
            switch (r.status) {
            case KeychainResult::Status::Ok:
                if (!m_overlay.publicKey.isEmpty()) {
                    Profile p = profile;
                    p.fromEnvironment = true;
                    p.publicKey = m_overlay.publicKey;
                    useForSessionOnly(p, applyOverlay({profile.publicKey, r.secret}));
                    return;
                }
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
