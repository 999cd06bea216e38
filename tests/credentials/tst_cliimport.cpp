// SPDX-License-Identifier: MIT
// Importing the official compshare CLI's profiles: a config generated into a
// temporary XDG_CONFIG_HOME (keys made in code), imported into the real
// keychain, and the CLI's file left unchanged byte for byte.
#include "CredentialTestKeys.h"
#include "state/CliConfigImporter.h"
#include "state/CredentialStore.h"
#include "state/EnvironmentCredentials.h"
#include "state/ProfileStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace compshare;
using compshare::test::generatedKey;
using compshare::test::uniqueProfileName;

class TestCliImport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CredentialStore m_keychain;
    QString m_path;
    QByteArray m_bytes;
    QMap<QString, QPair<QString, QString>> m_keys; // CLI name -> (public, private)

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    KeychainResult readKey(const QString &profile)
    {
        KeychainResult out;
        bool done = false;
        m_keychain.readPrivateKey(profile, this, [&](const KeychainResult &r) {
            out = r;
            done = true;
        });
        [&] {
            QTRY_VERIFY(done);
        }();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
        m_path = CliConfigImporter::defaultConfigPath();
        QCOMPARE(m_path, m_dir.filePath(QStringLiteral("xdg/compshare/config.json")));

        QJsonObject profiles;
        for (const QString &stem :
             {QStringLiteral("default"), QStringLiteral("team"), QStringLiteral("spare")}) {
            const QString name = uniqueProfileName(stem);
            m_keys.insert(name, {generatedKey(), generatedKey()});
            profiles.insert(name,
                            QJsonObject{{QStringLiteral("public_key"), m_keys[name].first},
                                        {QStringLiteral("private_key"), m_keys[name].second},
                                        {QStringLiteral("region"), QStringLiteral("cn-wlcb")}});
        }
        profiles.insert(QStringLiteral("half"),
                        QJsonObject{{QStringLiteral("public_key"), generatedKey()}});
        const QJsonObject root{{QStringLiteral("current_profile"), m_keys.firstKey()},
                               {QStringLiteral("profiles"), profiles}};
        m_bytes = QJsonDocument(root).toJson();
        writeFile(m_path, m_bytes);
    }

    void configFileVariableExpandsTheHomeFolder_data()
    {
        // The CLI: Path(os.environ["COMPSHARE_CONFIG_FILE"]).expanduser().
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("expected");
        QTest::newRow("~/") << QStringLiteral("~/cfg/compshare.json")
                            << QStringLiteral("/home/cli-user/cfg/compshare.json");
        QTest::newRow("~") << QStringLiteral("~") << QStringLiteral("/home/cli-user");
        QTest::newRow("absolute") << QStringLiteral("/etc/compshare.json")
                                  << QStringLiteral("/etc/compshare.json");
        QTest::newRow("~ inside") << QStringLiteral("/a/~/b.json") << QStringLiteral("/a/~/b.json");
    }

    void configFileVariableExpandsTheHomeFolder()
    {
        QFETCH(QString, variable);
        QFETCH(QString, expected);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/cli-user"));
        env.insert(EnvironmentCredentials::configFileVariable(), variable);
        QCOMPARE(CliConfigImporter::defaultConfigPath(env), expected);
    }

    void listsProfilesWithoutKeys()
    {
        CliConfigImporter importer;
        QString error;
        QVERIFY2(importer.load(&error), qPrintable(error));
        const QList<CliProfile> list = importer.profiles();
        QCOMPARE(list.size(), 4);
        int current = 0;
        for (const CliProfile &p : list) {
            if (p.name == QLatin1String("half")) {
                QVERIFY(!p.hasPrivateKey);
                continue;
            }
            QVERIFY(m_keys.contains(p.name));
            QCOMPARE(p.publicKey, m_keys[p.name].first);
            QVERIFY(p.hasPrivateKey);
            current += p.isCurrent ? 1 : 0;
        }
        QCOMPARE(current, 1);
    }

    void reportsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mention");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("no configuration");
        QTest::newRow("not json") << QByteArray("{\"profiles\": {")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not valid JSON");
        QTest::newRow("no profiles")
            << QByteArray("{\"current_profile\":\"x\"}") << QStringLiteral("no \"profiles\"");
    }

    void reportsBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mention);
        const QString path = m_dir.filePath(
            QStringLiteral("bad/%1/config.json").arg(QString::fromLatin1(QTest::currentDataTag())));
        if (!content.isEmpty())
            writeFile(path, content);
        CliConfigImporter importer(path);
        QString error;
        QVERIFY(!importer.load(&error));
        QVERIFY2(error.contains(mention), qPrintable(error));
        QVERIFY(importer.profiles().isEmpty());
    }

    void importsTheChosenProfiles()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        ProfileStore store(&settings, &m_keychain);
        const QStringList names = m_keys.keys();
        const QString taken = names.at(1);

        // A console profile of the same name but another key already exists.
        const QString otherPrivate = generatedKey();
        bool saved = false;
        store.saveProfile({taken, generatedKey(), {}, false}, otherPrivate, this,
                          [&](const KeychainResult &r) { saved = r.ok(); });
        QTRY_VERIFY(saved);

        const QDateTime mtime = QFileInfo(m_path).lastModified();
        CliConfigImporter importer;
        QString error;
        QVERIFY(importer.load(&error));
        bool done = false;
        CliImportReport report;
        importer.importProfiles({names.at(0), taken, QStringLiteral("half")}, &store, this,
                                [&](const CliImportReport &r) {
                                    report = r;
                                    done = true;
                                });
        QTRY_VERIFY(done);
        QCOMPARE(report.imported, (QStringList{names.at(0), taken + QStringLiteral("-cli")}));
        QCOMPARE(report.failed, QStringList{QStringLiteral("half")});
        QVERIFY(!report.keychainUnavailable);
        QVERIFY(!store.contains(names.at(2))); // not chosen

        QCOMPARE(store.profile(names.at(0)).publicKey, m_keys[names.at(0)].first);
        QCOMPARE(readKey(names.at(0)).secret, m_keys[names.at(0)].second);
        QCOMPARE(readKey(taken + QStringLiteral("-cli")).secret, m_keys[taken].second);
        QCOMPARE(readKey(taken).secret, otherPrivate); // the existing profile is untouched

        // Messages name profiles, never keys.
        for (const QString &m : report.messages) {
            for (const auto &pair : m_keys)
                QVERIFY(!m.contains(pair.second));
        }

        // The CLI's file is exactly as it was.
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_bytes);
        QCOMPARE(QFileInfo(m_path).lastModified(), mtime);

        // Tidy the shared keyring.
        for (const QString &n : store.profileNames()) {
            bool removed = false;
            store.removeProfile(n, this, [&](const KeychainResult &r) { removed = r.ok(); });
            QTRY_VERIFY(removed);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
