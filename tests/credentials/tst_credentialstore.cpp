// SPDX-License-Identifier: MIT
// The real gnome-keyring (scripts/with-keyring): keys go in, come back, are
// visible to a fresh process through the Secret Service, and are gone after
// a delete; the settings file never holds a private key.
#include "CredentialTestKeys.h"
#include "domain/KeyCheck.h"
#include "state/CliConfigImporter.h"
#include "state/CredentialStore.h"
#include "state/EnvironmentCredentials.h"
#include "state/ProfileStore.h"
#include "support/SecretForms.h"
#include "work/CredentialSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace compshare;
using compshare::test::generatedKey;
using compshare::test::uniqueProfileName;

namespace {

// What another process sees: libsecret's secret-tool, looking the entry up by
// the attributes QtKeychain stores (server = service name, user = key).
QString lookupFromFreshProcess(const QString &profile)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), CredentialStore::serviceName(),
             QStringLiteral("user"), profile});
    if (!p.waitForFinished(10000))
        return QStringLiteral("<secret-tool hung>");
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Answer
{
    bool done = false;
    KeychainResult result;
};

} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CredentialStore m_keychain;

    KeychainResult wait(const std::function<void(CredentialStore::Callback)> &start)
    {
        auto answer = std::make_shared<Answer>();
        start([answer](const KeychainResult &r) {
            answer->done = true;
            answer->result = r;
        });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(answer->done, 15000);
        }();
        return answer->result;
    }

    QByteArray settingsBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside scripts/with-keyring");
    }

    void writeReadRemove()
    {
        const QString name = uniqueProfileName(QStringLiteral("store"));
        const QString secret = generatedKey();
        QCOMPARE(wait([&](auto cb) { m_keychain.writePrivateKey(name, secret, this, cb); }).status,
                 KeychainResult::Status::Ok);
        const KeychainResult read =
            wait([&](auto cb) { m_keychain.readPrivateKey(name, this, cb); });
        QCOMPARE(read.status, KeychainResult::Status::Ok);
        QCOMPARE(read.secret, secret);
        QCOMPARE(lookupFromFreshProcess(name), secret);

        QCOMPARE(wait([&](auto cb) { m_keychain.removePrivateKey(name, this, cb); }).status,
                 KeychainResult::Status::Ok);
        const KeychainResult gone =
            wait([&](auto cb) { m_keychain.readPrivateKey(name, this, cb); });
        QCOMPARE(gone.status, KeychainResult::Status::NotFound);
        QVERIFY(gone.secret.isEmpty());
        QVERIFY(gone.explanation.contains(name));
        QCOMPARE(lookupFromFreshProcess(name), QString());
    }

    void callbackSkippedWhenContextIsGone()
    {
        auto *context = new QObject;
        bool called = false;
        m_keychain.readPrivateKey(uniqueProfileName(QStringLiteral("ctx")), context,
                                  [&called](const KeychainResult &) { called = true; });
        delete context;
        // A second call on the same keychain answers after the first one.
        const KeychainResult r = wait([&](auto cb) {
            m_keychain.readPrivateKey(uniqueProfileName(QStringLiteral("ctx2")), this, cb);
        });
        QCOMPARE(r.status, KeychainResult::Status::NotFound);
        QVERIFY(!called);
    }

    void profilesSaveSwitchRenameDelete()
    {
        const QString iniPath = m_dir.filePath(QStringLiteral("profiles.ini"));
        QSettings settings(iniPath, QSettings::IniFormat);
        ProfileStore store(&settings, &m_keychain);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);

        const QString a = uniqueProfileName(QStringLiteral("work"));
        const QString b = uniqueProfileName(QStringLiteral("home"));
        const QString keyA = generatedKey();
        const QString keyB = generatedKey();
        const QString pubA = generatedKey();
        const QString pubB = generatedKey();

        QVERIFY(wait([&](auto cb) {
                    store.saveProfile({a, pubA, {}, false}, keyA, this, cb);
                }).ok());
        QVERIFY(wait([&](auto cb) {
                    store.saveProfile(
                        {b, pubB, QUrl(QStringLiteral("https://api.example.test/")), false}, keyB,
                        this, cb);
                }).ok());
        QCOMPARE(store.profileNames(), (QStringList{a, b}));
        QCOMPARE(store.currentProfile(), a); // the first profile becomes current
        QCOMPARE(store.profile(b).endpoint, QUrl(QStringLiteral("https://api.example.test/")));
        QVERIFY(changed.count() >= 2);

        // Switch: reading b's key through the session makes it current.
        CredentialSession session(&store);
        QSignalSpy ready(&session, &CredentialSession::credentialsReady);
        session.switchTo(b);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toString(), b);
        QCOMPARE(session.credentials().privateKey, keyB);
        QCOMPARE(store.currentProfile(), b);

        // Rename moves the keychain entry.
        const QString renamed = uniqueProfileName(QStringLiteral("renamed"));
        QVERIFY(wait([&](auto cb) { store.renameProfile(b, renamed, this, cb); }).ok());
        QCOMPARE(store.profileNames(), (QStringList{a, renamed}));
        QCOMPARE(store.currentProfile(), renamed);
        QCOMPARE(lookupFromFreshProcess(renamed), keyB);
        QCOMPARE(lookupFromFreshProcess(b), QString());

        // Renaming onto an existing name is refused and changes nothing.
        const KeychainResult taken =
            wait([&](auto cb) { store.renameProfile(a, renamed, this, cb); });
        QCOMPARE(taken.status, KeychainResult::Status::Invalid);
        QCOMPARE(lookupFromFreshProcess(a), keyA);

        // Delete removes the keychain entry too.
        QVERIFY(wait([&](auto cb) { store.removeProfile(renamed, this, cb); }).ok());
        QCOMPARE(store.profileNames(), QStringList{a});
        QCOMPARE(store.currentProfile(), a);
        QCOMPARE(lookupFromFreshProcess(renamed), QString());

        const QByteArray bytes = settingsBytes(iniPath);
        QVERIFY(bytes.contains(a.toUtf8()));
        QVERIFY(bytes.contains(pubA.toUtf8()) || bytes.contains(QUrl::toPercentEncoding(pubA)));
        for (const QString &secret : {keyA, keyB}) {
            QCOMPARE(test::findSecret(bytes, secret), QString()); // in no encoding
            QCOMPARE(test::findSecret(bytes, secret.left(24)), QString());
        }

        QVERIFY(wait([&](auto cb) { store.removeProfile(a, this, cb); }).ok());
        QVERIFY(store.profileNames().isEmpty());
        QCOMPARE(store.currentProfile(), QString());
    }

    void saveRefusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("empty name") << QString() << QString();
        QTest::newRow("slash") << QStringLiteral("a/b") << QString();
        QTest::newRow("reserved") << EnvironmentCredentials::profileName() << QString();
        QTest::newRow("plain http remote")
            << QStringLiteral("ok") << QStringLiteral("http://api.compshare.cn/");
        QTest::newRow("ftp") << QStringLiteral("ok") << QStringLiteral("ftp://127.0.0.1/");
    }

    void saveRefusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, endpoint);
        QSettings settings(m_dir.filePath(QStringLiteral("bad.ini")), QSettings::IniFormat);
        ProfileStore store(&settings, &m_keychain);
        const KeychainResult r = wait([&](auto cb) {
            store.saveProfile({name, generatedKey(), QUrl(endpoint), false}, generatedKey(), this,
                              cb);
        });
        QCOMPARE(r.status, KeychainResult::Status::Invalid);
        QVERIFY(!r.explanation.isEmpty());
        QVERIFY(store.profileNames().isEmpty());
    }

    void blankOrMalformedEnvironmentKeyIsNamed_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("defect");
        const QString priv = EnvironmentCredentials::privateKeyVariable();
        const QString pub = EnvironmentCredentials::publicKeyVariable();
        QTest::newRow("private blank") << priv << QStringLiteral(" ") << int(KeyDefect::Blank);
        QTest::newRow("private empty") << priv << QString() << int(KeyDefect::Blank);
        QTest::newRow("public blank") << pub << QStringLiteral("\n\t") << int(KeyDefect::Blank);
        QTest::newRow("quoted") << priv << QStringLiteral("\"%1\"").arg(generatedKey())
                                << int(KeyDefect::Quoted);
        QTest::newRow("inner space")
            << priv << generatedKey() + QStringLiteral(" ") + generatedKey()
            << int(KeyDefect::InnerWhitespace);
        QTest::newRow("full-width")
            << pub << QStringLiteral("ＡＢＣ") + generatedKey() << int(KeyDefect::NotAscii);
    }

    void blankOrMalformedEnvironmentKeyIsNamed()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(int, defect);
        QSettings settings(m_dir.filePath(QStringLiteral("envkey.ini")), QSettings::IniFormat);
        settings.clear();
        ProfileStore store(&settings, &m_keychain);
        CredentialSession session(&store);
        QSignalSpy keyProblem(&session, &CredentialSession::keyProblem);
        QSignalSpy setup(&session, &CredentialSession::needsSetup);
        QSignalSpy ready(&session, &CredentialSession::credentialsReady);
        // The other half is fine: with a usable pair this would connect.
        QProcessEnvironment env;
        const bool privateHalf = variable == EnvironmentCredentials::privateKeyVariable();
        env.insert(privateHalf ? EnvironmentCredentials::publicKeyVariable()
                               : EnvironmentCredentials::privateKeyVariable(),
                   generatedKey());
        env.insert(variable, value);
        session.start({}, env);
        QCOMPARE(keyProblem.count(), 1);
        const auto problem = keyProblem.at(0).at(0).value<KeyProblem>();
        QCOMPARE(problem.source, KeyProblem::Source::EnvironmentVariable);
        QCOMPARE(problem.where, variable);
        QCOMPARE(problem.half,
                 privateHalf ? KeyProblem::Half::PrivateKey : KeyProblem::Half::PublicKey);
        QCOMPARE(int(problem.defect), defect);
        QVERIFY(!problem.ignored);
        // Used as given or not at all: nothing is connected, and no set-up is
        // offered in its place either.
        QCOMPARE(ready.count(), 0);
        QCOMPARE(setup.count(), 0);
        QVERIFY(!session.hasCredentials());
    }

    // A malformed key variable never lets another account in: not a saved
    // profile, not the CLI's current profile, not COMPSHARE_PROFILE's, not
    // --profile's (issue 32, "Another account").
    void aMalformedKeyVariableNeverFallsBackToAnotherAccount_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        const QString pub = EnvironmentCredentials::publicKeyVariable();
        const QString priv = EnvironmentCredentials::privateKeyVariable();
        QTest::newRow("public, space inside") << pub << generatedKey() + QStringLiteral(" x");
        QTest::newRow("private, quoted")
            << priv << QStringLiteral("'") + generatedKey() + QStringLiteral("'");
        QTest::newRow("private, non-ASCII") << priv << QStringLiteral("密钥") + generatedKey();
        QTest::newRow("public, empty") << pub << QString();
    }

    void aMalformedKeyVariableNeverFallsBackToAnotherAccount()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QSettings settings(m_dir.filePath(QStringLiteral("nofallback.ini")), QSettings::IniFormat);
        settings.clear();
        ProfileStore store(&settings, &m_keychain);
        const QString saved = uniqueProfileName(QStringLiteral("saved"));
        QVERIFY(wait([&](auto cb) {
                    store.saveProfile({saved, generatedKey(), {}, false}, generatedKey(), this, cb);
                }).ok());
        const QString configPath = m_dir.filePath(QStringLiteral("nofallback/cli.json"));
        QVERIFY(QDir().mkpath(QFileInfo(configPath).path()));
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        const QJsonObject cliKeys{{QStringLiteral("public_key"), generatedKey()},
                                  {QStringLiteral("private_key"), generatedKey()}};
        config.write(
            QJsonDocument(QJsonObject{{QStringLiteral("current_profile"), QStringLiteral("other")},
                                      {QStringLiteral("profiles"),
                                       QJsonObject{{QStringLiteral("other"), cliKeys}}}})
                .toJson());
        config.close();
        for (const QString &requested : {QString(), saved}) {
            CredentialSession session(&store);
            QSignalSpy keyProblem(&session, &CredentialSession::keyProblem);
            QSignalSpy ready(&session, &CredentialSession::credentialsReady);
            QProcessEnvironment env;
            env.insert(EnvironmentCredentials::configFileVariable(), configPath);
            env.insert(EnvironmentCredentials::profileVariable(), QStringLiteral("other"));
            env.insert(variable, value);
            session.start(requested, env);
            QCOMPARE(keyProblem.count(), 1);
            QCOMPARE(keyProblem.at(0).at(0).value<KeyProblem>().where, variable);
            QCOMPARE(ready.count(), 0);
            QVERIFY(!session.hasCredentials());
            QVERIFY(!session.isBusy()); // no keychain read was started either
        }
        QVERIFY(wait([&](auto cb) { store.removeProfile(saved, this, cb); }).ok());
    }

    void wellFormedKeysRaiseNoProblem()
    {
        QProcessEnvironment env;
        env.insert(EnvironmentCredentials::publicKeyVariable(),
                   QStringLiteral("  ") + generatedKey() + QStringLiteral("\n"));
        env.insert(EnvironmentCredentials::privateKeyVariable(), generatedKey());
        const EnvironmentCredentials credentials(env);
        QVERIFY(credentials.problems().isEmpty());
        QVERIFY(credentials.isSet()); // surrounding spaces are dropped, as the CLI does
        QVERIFY(EnvironmentCredentials(QProcessEnvironment()).problems().isEmpty());
        QCOMPARE(keyDefect(QStringLiteral("TestPriv/abc+=")), KeyDefect::None);
    }

    void blankProfileKeyIsNamed()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("blankprofile.ini")),
                           QSettings::IniFormat);
        ProfileStore store(&settings, &m_keychain);
        const QString name = uniqueProfileName(QStringLiteral("blank"));
        // An empty-looking private key box: the store takes "  " as given.
        QVERIFY(wait([&](auto cb) {
                    store.saveProfile({name, generatedKey(), {}, false}, QStringLiteral("  "), this,
                                      cb);
                }).ok());
        CredentialSession session(&store);
        QSignalSpy keyProblem(&session, &CredentialSession::keyProblem);
        QSignalSpy ready(&session, &CredentialSession::credentialsReady);
        session.start({}, QProcessEnvironment());
        QTRY_COMPARE(keyProblem.count(), 1);
        const auto problem = keyProblem.at(0).at(0).value<KeyProblem>();
        QCOMPARE(problem.source, KeyProblem::Source::Profile);
        QCOMPARE(problem.where, name);
        QCOMPARE(problem.half, KeyProblem::Half::PrivateKey);
        QCOMPARE(problem.defect, KeyDefect::Blank);
        QVERIFY(!problem.ignored);
        QCOMPARE(ready.count(), 0);
        QVERIFY(!session.hasCredentials());
        QVERIFY(wait([&](auto cb) { store.removeProfile(name, this, cb); }).ok());
    }

    void sessionStartPicksTheProfile()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("session.ini")), QSettings::IniFormat);
        ProfileStore store(&settings, &m_keychain);
        CredentialSession session(&store);
        QSignalSpy setup(&session, &CredentialSession::needsSetup);
        QSignalSpy ready(&session, &CredentialSession::credentialsReady);
        QSignalSpy problem(&session, &CredentialSession::profileProblem);
        const QProcessEnvironment noEnv;

        session.start({}, noEnv);
        QCOMPARE(setup.count(), 1);

        // Environment keys: a session-only profile, nothing saved.
        QProcessEnvironment env;
        const QString envPrivate = generatedKey();
        env.insert(EnvironmentCredentials::publicKeyVariable(), generatedKey());
        env.insert(EnvironmentCredentials::privateKeyVariable(), envPrivate);
        session.start({}, env);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toString(), EnvironmentCredentials::profileName());
        QVERIFY(session.isSessionOnly());
        QVERIFY(session.profile().fromEnvironment);
        QVERIFY(store.profileNames().isEmpty());

        const QString name = uniqueProfileName(QStringLiteral("start"));
        const QString key = generatedKey();
        QVERIFY(wait([&](auto cb) {
                    store.saveProfile({name, generatedKey(), {}, false}, key, this, cb);
                }).ok());
        session.start({}, noEnv);
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(ready.at(1).at(0).toString(), name);
        QCOMPARE(session.credentials().privateKey, key);
        QVERIFY(!session.isSessionOnly());

        session.start(QStringLiteral("no-such-profile"), noEnv);
        QCOMPARE(problem.count(), 1);
        // --profile names the account: the saved current one does not stand in.
        QCOMPARE(ready.count(), 2);
        QVERIFY(!session.hasCredentials());
        QVERIFY(!session.isBusy());

        QVERIFY(wait([&](auto cb) { store.removeProfile(name, this, cb); }).ok());
        QCOMPARE(test::findSecret(settingsBytes(settings.fileName()), key), QString());
        QCOMPARE(test::findSecret(settingsBytes(settings.fileName()), envPrivate), QString());
    }

    // The official CLI's variables: COMPSHARE_PROFILE picks, each key
    // variable overrides its half, COMPSHARE_CONFIG_FILE says where the
    // CLI's own profiles are. Nothing from the environment is saved.
    void cliEnvironmentParity()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("cli-env.ini")), QSettings::IniFormat);
        ProfileStore store(&settings, &m_keychain);
        CredentialSession session(&store);
        QSignalSpy ready(&session, &CredentialSession::credentialsReady);
        QSignalSpy problem(&session, &CredentialSession::profileProblem);
        const QString first = uniqueProfileName(QStringLiteral("first"));
        const QString second = uniqueProfileName(QStringLiteral("second"));
        const QString firstPublic = generatedKey();
        const QString firstPrivate = generatedKey();
        const QString secondPublic = generatedKey();
        const QString secondPrivate = generatedKey();
        QVERIFY(wait([&](auto cb) {
                    store.saveProfile({first, firstPublic, {}, false}, firstPrivate, this, cb);
                }).ok());
        QVERIFY(wait([&](auto cb) {
                    store.saveProfile({second, secondPublic, {}, false}, secondPrivate, this, cb);
                }).ok());
        QCOMPARE(store.currentProfile(), first);

        // COMPSHARE_PROFILE picks a saved profile other than the current one.
        QProcessEnvironment env;
        env.insert(EnvironmentCredentials::profileVariable(), second);
        session.start({}, env);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.last().at(0).toString(), second);
        QCOMPARE(session.credentials().publicKey, secondPublic);
        QCOMPARE(session.credentials().privateKey, secondPrivate);
        QCOMPARE(store.currentProfile(), first); // picking by variable changes nothing saved

        // Only the private key from the environment: the profile's public key with it.
        const QString envPrivate = generatedKey();
        env.insert(EnvironmentCredentials::privateKeyVariable(), envPrivate);
        session.start({}, env);
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(ready.last().at(0).toString(), second);
        QCOMPARE(session.credentials().publicKey, secondPublic);
        QCOMPARE(session.credentials().privateKey, envPrivate);
        QVERIFY(session.isSessionOnly());

        // Only the public key: the current profile's private key with it.
        QProcessEnvironment publicOnly;
        const QString envPublic = generatedKey();
        publicOnly.insert(EnvironmentCredentials::publicKeyVariable(), envPublic);
        session.start({}, publicOnly);
        QTRY_COMPARE(ready.count(), 3);
        QCOMPARE(ready.last().at(0).toString(), first);
        QCOMPARE(session.credentials().publicKey, envPublic);
        QCOMPARE(session.credentials().privateKey, firstPrivate);
        QVERIFY(session.isSessionOnly());
        // The saved profiles are untouched.
        QCOMPARE(store.profile(first).publicKey, firstPublic);
        QCOMPARE(lookupFromFreshProcess(first), firstPrivate);

        // A profile only the CLI knows, from the file COMPSHARE_CONFIG_FILE names.
        const QString cliPublic = generatedKey();
        const QString cliPrivate = generatedKey();
        const QString configPath = m_dir.filePath(QStringLiteral("elsewhere/cli.json"));
        QVERIFY(QDir().mkpath(QFileInfo(configPath).path()));
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("current_profile"), QStringLiteral("ci")},
                    {QStringLiteral("profiles"),
                     QJsonObject{{QStringLiteral("ci"),
                                  QJsonObject{{QStringLiteral("public_key"), cliPublic},
                                              {QStringLiteral("private_key"), cliPrivate}}}}}})
                .toJson());
        config.close();
        QProcessEnvironment cliEnv;
        cliEnv.insert(EnvironmentCredentials::configFileVariable(), configPath);
        cliEnv.insert(EnvironmentCredentials::profileVariable(), QStringLiteral("ci"));
        QCOMPARE(CliConfigImporter::defaultConfigPath(cliEnv), configPath);
        session.start({}, cliEnv);
        QTRY_COMPARE(ready.count(), 4);
        QCOMPARE(ready.last().at(0).toString(), QStringLiteral("ci"));
        QCOMPARE(session.credentials().publicKey, cliPublic);
        QCOMPARE(session.credentials().privateKey, cliPrivate);
        QVERIFY(session.isSessionOnly());
        QVERIFY(!store.contains(QStringLiteral("ci")));

        // A name neither knows: a problem that names the variable.
        cliEnv.insert(EnvironmentCredentials::profileVariable(), QStringLiteral("nowhere"));
        session.start({}, cliEnv);
        QCOMPARE(problem.count(), 1);
        QVERIFY(problem.last().at(1).toString().contains(QStringLiteral("COMPSHARE_PROFILE")));

        const QByteArray bytes = settingsBytes(settings.fileName());
        for (const QString &secret : {envPrivate, cliPrivate, firstPrivate})
            QCOMPARE(test::findSecret(bytes, secret), QString());
        QVERIFY(wait([&](auto cb) { store.removeProfile(first, this, cb); }).ok());
        QVERIFY(wait([&](auto cb) { store.removeProfile(second, this, cb); }).ok());
    }

    // The rules of the CLI's config.py (load_profile), on the configuration
    // its own tests write (tests/test_config.py): profiles with public_key /
    // private_key, a current_profile, key variables over the picked profile.
    void cliConfigPyParity()
    {
        // "default" in the CLI's tests; unique here, as the keychain is shared.
        const QString shared = uniqueProfileName(QStringLiteral("default"));
        const QString configPath = m_dir.filePath(QStringLiteral("parity/config.json"));
        QVERIFY(QDir().mkpath(QFileInfo(configPath).path()));
        const auto cliProfile = [](const QString &pub, const QString &priv) {
            return QJsonObject{{QStringLiteral("public_key"), pub},
                               {QStringLiteral("private_key"), priv}};
        };
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("current_profile"), QStringLiteral("beta")},
                    {QStringLiteral("profiles"),
                     QJsonObject{{shared, cliProfile(QStringLiteral("stored-public"),
                                                     QStringLiteral("stored-private"))},
                                 {QStringLiteral("alpha"),
                                  cliProfile(QStringLiteral("a"), QStringLiteral("secret-a"))},
                                 {QStringLiteral("beta"),
                                  cliProfile(QStringLiteral("b"), QStringLiteral("secret-b"))}}}})
                .toJson());
        config.close();
        QProcessEnvironment cli;
        cli.insert(EnvironmentCredentials::configFileVariable(), configPath);

        QSettings settings(m_dir.filePath(QStringLiteral("parity.ini")), QSettings::IniFormat);
        settings.clear();
        ProfileStore store(&settings, &m_keychain);
        CredentialSession session(&store);
        QSignalSpy ready(&session, &CredentialSession::credentialsReady);

        // Nothing named and no profile of the console's own: the CLI's current_profile.
        session.start({}, cli);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.last().at(0).toString(), QStringLiteral("beta"));
        QCOMPARE(session.credentials().privateKey, QStringLiteral("secret-b"));

        // test_environment_overrides_profile: both variables are the pair.
        QProcessEnvironment both = cli;
        both.insert(EnvironmentCredentials::publicKeyVariable(), QStringLiteral("env-public"));
        both.insert(EnvironmentCredentials::privateKeyVariable(), QStringLiteral("env-private"));
        session.start({}, both);
        QCOMPARE(session.credentials().publicKey, QStringLiteral("env-public"));
        QCOMPARE(session.credentials().privateKey, QStringLiteral("env-private"));

        // A saved profile named like the CLI's "default", with other keys:
        // COMPSHARE_PROFILE=default means the CLI's, as for the CLI.
        const QString savedPrivate = generatedKey();
        QVERIFY(wait([&](auto cb) {
                    store.saveProfile({shared, QStringLiteral("console-public"), {}, false},
                                      savedPrivate, this, cb);
                }).ok());
        QProcessEnvironment named = cli;
        named.insert(EnvironmentCredentials::profileVariable(), shared);
        const int before = int(ready.count());
        session.start({}, named);
        QTRY_COMPARE(ready.count(), before + 1);
        QCOMPARE(session.credentials().publicKey, QStringLiteral("stored-public"));
        QCOMPARE(session.credentials().privateKey, QStringLiteral("stored-private"));

        // --profile with one key variable: that half still comes from the
        // environment (the CLI's load_profile(name) reads both variables).
        QProcessEnvironment half = cli;
        half.insert(EnvironmentCredentials::privateKeyVariable(), QStringLiteral("env-private"));
        session.start(shared, half);
        QTRY_COMPARE(ready.count(), before + 2);
        QCOMPARE(session.credentials().publicKey, QStringLiteral("console-public"));
        QCOMPARE(session.credentials().privateKey, QStringLiteral("env-private"));
        // --profile with both: the variables' pair.
        session.start(shared, both);
        QCOMPARE(ready.count(), before + 3);
        QCOMPARE(session.credentials().privateKey, QStringLiteral("env-private"));
        QCOMPARE(session.credentials().publicKey, QStringLiteral("env-public"));

        QVERIFY(wait([&](auto cb) { store.removeProfile(shared, this, cb); }).ok());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
