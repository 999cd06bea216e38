// SPDX-License-Identifier: MIT
#include "state/CliConfigImporter.h"

#include "base/Logging.h"
#include "state/EnvironmentCredentials.h"
#include "state/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QProcessEnvironment>
#include <memory>

namespace compshare {

QString CliConfigImporter::defaultConfigPath(const QProcessEnvironment &env)
{
    const QString file = env.value(EnvironmentCredentials::configFileVariable());
    if (!file.isEmpty()) {
        // As the CLI: the variable wins over the XDG location, and a leading
        // "~" is the home folder (Path.expanduser(), which reads $HOME).
        if (file == QLatin1String("~") || file.startsWith(QLatin1String("~/"))) {
            QString home = env.value(QStringLiteral("HOME"));
            if (home.isEmpty())
                home = QDir::homePath();
            return home + file.mid(1);
        }
        return file;
    }
    QString base = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/compshare/config.json");
}

CliConfigImporter::CliConfigImporter(const QString &configPath, QObject *parent)
    : QObject(parent)
    , m_path(configPath)
{}

bool CliConfigImporter::readFile(QJsonObject *profilesObject, QString *current,
                                 QString *error) const
{
    QFile file(m_path);
    if (!file.exists()) {
        //: %1 is a file path.
        *error = tr("The compshare CLI has no configuration here: %1. Run \"compshare config\" "
                    "first, or add the key by hand.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    // The parser's message never quotes the file's content, so no key leaks.
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1 is not valid JSON (%2 at offset %3).")
                     .arg(QDir::toNativeSeparators(m_path),
                          doc.isNull() ? parseError.errorString() : tr("not an object"))
                     .arg(parseError.offset);
        return false;
    }
    const QJsonValue profiles = doc.object().value(QLatin1String("profiles"));
    if (!profiles.isObject()) {
        *error = tr("%1 has no \"profiles\" object; it does not look like a compshare CLI "
                    "configuration.")
                     .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    *profilesObject = profiles.toObject();
    *current = doc.object().value(QLatin1String("current_profile")).toString();
    return true;
}

bool CliConfigImporter::load(QString *error)
{
    m_profiles.clear();
    m_current.clear();
    QJsonObject profiles;
    QString current;
    QString dummy;
    if (!readFile(&profiles, &current, error ? error : &dummy))
        return false;
    m_current = current;
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        CliProfile p;
        p.name = it.key();
        p.publicKey = o.value(QLatin1String("public_key")).toString().trimmed();
        p.hasPrivateKey = !o.value(QLatin1String("private_key")).toString().isEmpty();
        p.isCurrent = p.name == current;
        m_profiles.append(p);
    }
    qCInfo(lcCredentials).noquote()
        << "compshare CLI config lists" << m_profiles.size() << "profiles";
    return true;
}

bool CliConfigImporter::readKeyPair(const QString &name, Credentials *keys, QString *error) const
{
    QJsonObject profiles;
    QString current;
    if (!readFile(&profiles, &current, error))
        return false;
    if (!profiles.contains(name)) {
        //: %1 profile name, %2 file path
        *error = tr("The compshare CLI configuration %2 has no profile \"%1\".")
                     .arg(name, QDir::toNativeSeparators(m_path));
        return false;
    }
    const QJsonObject o = profiles.value(name).toObject();
    keys->publicKey = o.value(QLatin1String("public_key")).toString().trimmed();
    keys->privateKey = o.value(QLatin1String("private_key")).toString().trimmed();
    return true;
}

void CliConfigImporter::importProfiles(const QStringList &names, ProfileStore *store,
                                       QObject *context,
                                       std::function<void(const CliImportReport &)> done)
{
    struct State
    {
        QStringList queue;
        QJsonObject profiles;
        CliImportReport report;
        QPointer<QObject> context;
        std::function<void(const CliImportReport &)> done;
        std::function<void()> next;
    };
    auto state = std::make_shared<State>();
    state->queue = names;
    state->context = context;
    state->done = std::move(done);

    QString current;
    QString error;
    if (!readFile(&state->profiles, &current, &error)) {
        state->report.failed = names;
        state->report.messages.append(error);
        if (state->context)
            state->done(state->report);
        return;
    }

    QPointer<ProfileStore> guardStore = store;
    state->next = [this, state, guardStore] {
        if (state->queue.isEmpty() || !guardStore) {
            auto finish = std::move(state->done);
            // Clearing next destroys this closure and its captures: keep the
            // state alive in a local first (ASan: heap-use-after-free).
            const auto keep = state; // NOLINT(performance-unnecessary-copy-initialization)
            keep->next = nullptr;    // break the self-reference
            if (keep->context)
                finish(keep->report);
            return;
        }
        const QString cliName = state->queue.takeFirst();
        const QJsonObject o = state->profiles.value(cliName).toObject();
        Profile profile;
        profile.publicKey = o.value(QLatin1String("public_key")).toString().trimmed();
        const QString privateKey = o.value(QLatin1String("private_key")).toString().trimmed();
        if (profile.publicKey.isEmpty() || privateKey.isEmpty()) {
            state->report.failed.append(cliName);
            state->report.messages.append(
                tr("CLI profile \"%1\" has no complete key pair; skipped.").arg(cliName));
            state->next();
            return;
        }
        // Same name and same public key: refresh it; same name, other key: a new name.
        QString name =
            profileNameProblem(cliName).isEmpty() ? cliName : QStringLiteral("cli-profile");
        const QString base = name;
        for (int i = 1;
             guardStore->contains(name) && guardStore->profile(name).publicKey != profile.publicKey;
             ++i)
            name = base + (i == 1 ? QStringLiteral("-cli") : QStringLiteral("-cli%1").arg(i));
        if (name != cliName) {
            state->report.messages.append(
                tr("CLI profile \"%1\" was imported as \"%2\".").arg(cliName, name));
        }
        profile.name = name;
        guardStore->saveProfile(profile, privateKey, this,
                                [state, cliName, name](const KeychainResult &r) {
                                    if (r.ok()) {
                                        state->report.imported.append(name);
                                    } else {
                                        state->report.failed.append(cliName);
                                        state->report.messages.append(r.explanation);
                                        if (r.status == KeychainResult::Status::Unavailable ||
                                            r.status == KeychainResult::Status::TimedOut) {
                                            // Every further write would fail the same way.
                                            state->report.keychainUnavailable = true;
                                            state->report.failed.append(state->queue);
                                            state->queue.clear();
                                        }
                                    }
                                    state->next();
                                });
    };
    state->next();
}

} // namespace compshare
