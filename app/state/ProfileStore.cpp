// SPDX-License-Identifier: MIT
#include "state/ProfileStore.h"

#include "base/Logging.h"

#include <QPointer>
#include <QSettings>
#include <memory>

namespace compshare {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kName = QStringLiteral("name");
const QString kPublicKey = QStringLiteral("publicKey");
const QString kEndpoint = QStringLiteral("endpoint");
const QString kCurrent = QStringLiteral("currentProfile");

// Calls `done` only while the caller's context is alive.
ProfileStore::Callback guarded(QObject *context, ProfileStore::Callback done)
{
    const bool guard = context != nullptr;
    return
        [guard, ctx = QPointer<QObject>(context), done = std::move(done)](const KeychainResult &r) {
            if (!guard || ctx)
                done(r);
        };
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
{}

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list;
    const int n = m_settings->beginReadArray(kProfiles);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(kName).toString();
        p.publicKey = m_settings->value(kPublicKey).toString();
        p.endpoint = QUrl(m_settings->value(kEndpoint).toString());
        if (!p.name.isEmpty())
            list.append(p);
    }
    m_settings->endArray();
    return list;
}

QStringList ProfileStore::profileNames() const
{
    QStringList names;
    for (const Profile &p : profiles())
        names.append(p.name);
    return names;
}

bool ProfileStore::contains(const QString &name) const
{
    return profileNames().contains(name);
}

Profile ProfileStore::profile(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return {};
}

QString ProfileStore::currentProfile() const
{
    const QString name = m_settings->value(kCurrent).toString();
    return contains(name) ? name : QString();
}

void ProfileStore::setCurrentProfile(const QString &name)
{
    if (m_settings->value(kCurrent).toString() == name)
        return;
    if (name.isEmpty())
        m_settings->remove(kCurrent);
    else
        m_settings->setValue(kCurrent, name);
    m_settings->sync();
    emit currentProfileChanged(name);
}

void ProfileStore::writeProfiles(const QList<Profile> &profiles)
{
    m_settings->remove(kProfiles);
    m_settings->beginWriteArray(kProfiles, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(kName, profiles[i].name);
        m_settings->setValue(kPublicKey, profiles[i].publicKey);
        if (!profiles[i].endpoint.isEmpty())
            m_settings->setValue(kEndpoint, profiles[i].endpoint.toString());
    }
    m_settings->endArray();
    m_settings->sync();
    emit profilesChanged();
}

KeychainResult ProfileStore::invalid(const QString &explanation)
{
    KeychainResult r;
    r.status = KeychainResult::Status::Invalid;
    r.explanation = explanation;
    return r;
}

void ProfileStore::saveProfile(const Profile &profile, const QString &privateKey, QObject *context,
                               Callback done)
{
    done = guarded(context, std::move(done));
    QString problem = profileNameProblem(profile.name);
    if (problem.isEmpty() && profile.fromEnvironment)
        problem = tr("A profile from the environment is never saved.");
    if (problem.isEmpty() && (profile.publicKey.trimmed().isEmpty() || privateKey.isEmpty()))
        problem = tr("Both the public key and the private key are needed.");
    if (problem.isEmpty())
        problem = endpointProblem(profile.endpoint);
    if (!problem.isEmpty()) {
        done(invalid(problem));
        return;
    }
    m_keychain->writePrivateKey(
        profile.name, privateKey, this, [this, profile, done](const KeychainResult &r) {
            if (!r.ok()) {
                done(r);
                return;
            }
            QList<Profile> list = profiles();
            bool replaced = false;
            for (Profile &p : list) {
                if (p.name == profile.name) {
                    p = profile;
                    replaced = true;
                }
            }
            if (!replaced)
                list.append(profile);
            writeProfiles(list);
            if (currentProfile().isEmpty())
                setCurrentProfile(profile.name);
            qCInfo(lcCredentials).noquote() << "saved profile" << profile.name;
            done(r);
        });
}

void ProfileStore::renameProfile(const QString &from, const QString &to, QObject *context,
                                 Callback done)
{
    done = guarded(context, std::move(done));
    if (!contains(from)) {
        done(invalid(tr("There is no profile \"%1\".").arg(from)));
        return;
    }
    QString problem = profileNameProblem(to);
    if (problem.isEmpty() && to != from && contains(to))
        problem = tr("A profile named \"%1\" already exists.").arg(to);
    if (!problem.isEmpty() || to == from) {
        done(problem.isEmpty() ? KeychainResult() : invalid(problem));
        return;
    }
    m_keychain->readPrivateKey(from, this, [this, from, to, done](const KeychainResult &read) {
        if (!read.ok()) {
            done(read);
            return;
        }
        m_keychain->writePrivateKey(
            to, read.secret, this, [this, from, to, done](const KeychainResult &written) {
                if (!written.ok()) {
                    done(written);
                    return;
                }
                QList<Profile> list = profiles();
                for (Profile &p : list) {
                    if (p.name == from)
                        p.name = to;
                }
                writeProfiles(list);
                if (m_settings->value(kCurrent).toString() == from)
                    setCurrentProfile(to);
                qCInfo(lcCredentials).noquote() << "renamed profile" << from << "to" << to;
                m_keychain->removePrivateKey(from, this, [from, done](const KeychainResult &r) {
                    KeychainResult result;
                    if (!r.ok() && r.status != KeychainResult::Status::NotFound) {
                        qCWarning(lcCredentials).noquote()
                            << "old keychain entry of" << from << "was not removed";
                        result.explanation = r.explanation;
                    }
                    done(result);
                });
            });
    });
}

void ProfileStore::removeProfile(const QString &name, QObject *context, Callback done)
{
    done = guarded(context, std::move(done));
    if (!contains(name)) {
        done(invalid(tr("There is no profile \"%1\".").arg(name)));
        return;
    }
    m_keychain->removePrivateKey(name, this, [this, name, done](const KeychainResult &r) {
        if (!r.ok() && r.status != KeychainResult::Status::NotFound) {
            done(r);
            return;
        }
        QList<Profile> list = profiles();
        list.removeIf([&name](const Profile &p) { return p.name == name; });
        writeProfiles(list);
        if (m_settings->value(kCurrent).toString() == name)
            setCurrentProfile(list.isEmpty() ? QString() : list.first().name);
        qCInfo(lcCredentials).noquote() << "removed profile" << name;
        done(KeychainResult());
    });
}

} // namespace compshare
