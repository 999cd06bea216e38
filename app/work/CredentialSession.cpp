// SPDX-License-Identifier: MIT
#include "work/CredentialSession.h"

#include "base/Logging.h"
#include "state/CliConfigImporter.h"
#include "state/EnvironmentCredentials.h"
#include "state/ProfileStore.h"

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
    const QList<KeyProblem> problems = env.problems();
    if (!problems.isEmpty()) {
        // A key variable is set: the console uses it as given or not at all.
        // Falling back to a saved profile or the CLI's current one would list,
        // and act on, another account.
        clear();
        for (KeyProblem problem : problems) {
            // The variable's name and the defect only, never its value.
            qCInfo(lcCredentials).noquote()
                << problem.where << "is set but unusable (defect" << int(problem.defect)
                << "); no other key is used while it is set";
            problem.ignored = false;
            emit keyProblem(problem);
        }
        return;
    }
    // As the CLI (config.py, load_profile): the key variables override the
    // picked profile whoever picked it, --profile too; both set, they are
    // the pair.
    if (env.isSet()) {
        qCInfo(lcCredentials) << "using the key pair from the environment";
        useForSessionOnly(env.profile(), env.credentials());
        return;
    }
    if (env.isIncomplete()) {
        m_overlay = env.credentials();
        qCInfo(lcCredentials).noquote()
            << (env.hasPublicKey() ? EnvironmentCredentials::publicKeyVariable()
                                   : EnvironmentCredentials::privateKeyVariable())
            << "overrides that half of the selected profile";
    }
    if (!requestedProfile.isEmpty()) {
        const Profile p = m_store->profile(requestedProfile);
        if (!p.isValid()) {
            clear(); // --profile names the account: no other stands in for it
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
    QString error;
    const QString wanted = env.requestedProfile();
    if (!wanted.isEmpty()) {
        // As the CLI: COMPSHARE_PROFILE names a profile of the CLI's own
        // file, so its keys win over a saved profile of the same name; the
        // saved one is used when the CLI's file has no such profile.
        if (useCliProfile(wanted, environment, &error) != CliProfileUse::NotFound)
            return;
        const Profile p = m_store->profile(wanted);
        if (p.isValid()) {
            load(p, false);
            return;
        }
        m_pending = 0;
        //: %1 profile name from COMPSHARE_PROFILE; %2 why the CLI's file did not have it
        emit profileProblem(wanted,
                            tr("There is no saved profile named \"%1\" (COMPSHARE_PROFILE). "
                               "%2")
                                .arg(wanted, error));
        return;
    }
    const QString current = m_store->currentProfile();
    const QStringList names = m_store->profileNames();
    if (!current.isEmpty()) {
        load(m_store->profile(current), false);
    } else if (!names.isEmpty()) {
        load(m_store->profile(names.first()), true);
    } else if (useCliProfile({}, environment, &error) == CliProfileUse::NotFound) {
        // No profile here and none current in the CLI's file: set-up.
        m_pending = 0;
        emit needsSetup();
    }
}

CredentialSession::CliProfileUse
CredentialSession::useCliProfile(const QString &name, const QProcessEnvironment &environment,
                                 QString *error)
{
    m_pending = 0;
    CliConfigImporter cli(CliConfigImporter::defaultConfigPath(environment));
    QString profileName = name;
    if (profileName.isEmpty()) {
        // The CLI's current_profile, as the CLI uses it when nothing is named.
        if (!cli.load(error) || cli.currentProfile().isEmpty())
            return CliProfileUse::NotFound;
        profileName = cli.currentProfile();
    }
    Credentials keys;
    if (!cli.readKeyPair(profileName, &keys, error))
        return CliProfileUse::NotFound;
    keys = applyOverlay(keys);
    if (!keys.isValid()) {
        emit profileProblem(
            profileName,
            tr("The compshare CLI profile \"%1\" has no complete key pair.").arg(profileName));
        return CliProfileUse::Incomplete;
    }
    Profile p;
    p.name = profileName;
    p.publicKey = keys.publicKey;
    p.fromEnvironment = true;
    qCInfo(lcCredentials).noquote() << "using the compshare CLI's profile" << profileName;
    useForSessionOnly(p, keys);
    return CliProfileUse::Used;
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
                if (reportProfileKey(profile, r.secret))
                    return;
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

bool CredentialSession::reportProfileKey(const Profile &profile, const QString &privateKey)
{
    // The environment's half, when it overrides, was checked on its own.
    const KeyDefect publicDefect =
        m_overlay.publicKey.isEmpty() ? keyDefect(profile.publicKey) : KeyDefect::None;
    const KeyDefect privateDefect = keyDefect(privateKey);
    if (publicDefect == KeyDefect::None && privateDefect == KeyDefect::None)
        return false;
    const bool publicHalf = publicDefect != KeyDefect::None;
    qCInfo(lcCredentials).noquote() << "profile" << profile.name << "has an unusable"
                                    << (publicHalf ? "public" : "private") << "key";
    emit keyProblem({KeyProblem::Source::Profile, profile.name,
                     publicHalf ? KeyProblem::Half::PublicKey : KeyProblem::Half::PrivateKey,
                     publicHalf ? publicDefect : privateDefect, false});
    return true;
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
