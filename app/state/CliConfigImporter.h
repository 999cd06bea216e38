// SPDX-License-Identifier: MIT
// Reads the official `compshare` CLI's profiles from $COMPSHARE_CONFIG_FILE,
// else $XDG_CONFIG_HOME/compshare/config.json (default ~/.config/compshare/), and
// imports the chosen ones into the keychain + ProfileStore. The CLI's file is
// only ever opened read-only. Private keys are read again at import time and
// never kept in the listing.
#pragma once

#include "state/CredentialStore.h"
#include "wire/CompShareClient.h" // Credentials

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <functional>

namespace compshare {

class ProfileStore;

struct CliProfile
{
    QString name;
    QString publicKey;
    bool hasPrivateKey = false;
    bool isCurrent = false;
};

struct CliImportReport
{
    QStringList imported; // names as saved in the ProfileStore
    QStringList failed;   // CLI profile names that were not imported
    QStringList messages; // one translated sentence per failure or rename
    bool keychainUnavailable = false;
};

class CliConfigImporter final : public QObject
{
    Q_OBJECT

public:
    static QString defaultConfigPath(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    explicit CliConfigImporter(const QString &configPath = defaultConfigPath(),
                               QObject *parent = nullptr);

    QString configPath() const { return m_path; }

    // Reads the file. false: *error says why (missing, unreadable, malformed).
    bool load(QString *error);
    QList<CliProfile> profiles() const { return m_profiles; }
    // The file's "current_profile" (after load()).
    QString currentProfile() const { return m_current; }

    // One profile's key pair, read from the file now and kept nowhere (a
    // COMPSHARE_PROFILE the console has not imported). false: *error says why.
    bool readKeyPair(const QString &name, Credentials *keys, QString *error) const;

    // Imports the named CLI profiles one after another. A name already used
    // by a different key is imported as "name-cli" (then "name-cli2", ...).
    void importProfiles(const QStringList &names, ProfileStore *store, QObject *context,
                        std::function<void(const CliImportReport &)> done);

private:
    bool readFile(QJsonObject *profilesObject, QString *current, QString *error) const;

    QString m_path;
    QList<CliProfile> m_profiles;
    QString m_current;
};

} // namespace compshare
