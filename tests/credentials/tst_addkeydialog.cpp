// SPDX-License-Identifier: MIT
// The key dialogs driven like a user would, offscreen, against the in-process
// simulator over real HTTP with real signatures and the real keychain.
#include "CredentialTestKeys.h"
#include "session/AccountSession.h"
#include "session/CommandLineOptions.h"
#include "simulator/Simulator.h"
#include "state/ConsoleSettings.h"
#include "state/CredentialStore.h"
#include "state/ProfileStore.h"
#include "ui/MainWindow.h"
#include "ui/credentials/AddKeyDialog.h"
#include "ui/credentials/CliImportDialog.h"
#include "ui/credentials/ProfilesDialog.h"
#include "ui/credentials/WelcomeView.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace compshare;
using namespace compshare::ui;
using compshare::test::generatedKey;
using compshare::test::uniqueProfileName;

class TestAddKeyDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CredentialStore m_keychain;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    QString m_public;
    QString m_private;

    template <typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

    void fill(AddKeyDialog &d, const QString &name, const QString &pub, const QString &priv,
              const QString &endpoint)
    {
        child<QLineEdit>(&d, "profileName")->setText(name);
        child<QLineEdit>(&d, "publicKey")->setText(pub);
        child<QLineEdit>(&d, "privateKey")->setText(priv);
        d.findChild<QGroupBox *>()->setChecked(true);
        child<QLineEdit>(&d, "endpoint")->setText(endpoint);
    }

    QString simUrl() const { return m_sim->url().toString(); }

    bool removeProfile(const QString &name)
    {
        bool ok = false;
        bool done = false;
        m_store->removeProfile(name, this, [&](const KeychainResult &r) {
            ok = r.ok();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 15000) && ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_public = generatedKey();
        m_private = generatedKey();
        m_sim = std::make_unique<sim::Simulator>();
        m_sim->addAccount(m_public, m_private);
        QVERIFY(m_sim->listen());
    }

    void init()
    {
        m_store.reset();
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("%1.ini").arg(
                                            QString::fromLatin1(QTest::currentTestFunction()))),
                                        QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get(), &m_keychain);
        m_sim->clearJournal();
    }

    void testAndSaveAddsTheProfile()
    {
        AddKeyDialog dialog(m_store.get());
        QSignalSpy added(&dialog, &AddKeyDialog::profileAdded);
        dialog.open();
        const QString name = uniqueProfileName(QStringLiteral("gui"));
        fill(dialog, name, m_public, m_private, simUrl());
        QTest::mouseClick(child<QPushButton>(&dialog, "testAndSave"), Qt::LeftButton);
        QVERIFY(added.wait(15000));
        QCOMPARE(added.at(0).at(0).toString(), name);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // Exactly one signed read reached the simulator, and it was accepted.
        const QList<sim::JournalEntry> journal = m_sim->journal();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.at(0).action, QStringLiteral("DescribeCompShareInstance"));
        QCOMPARE(journal.at(0).verdict, QStringLiteral("ok"));
        QCOMPARE(journal.at(0).params.value(QStringLiteral("Limit")), QStringLiteral("1"));

        QCOMPARE(m_store->profileNames(), QStringList{name});
        QCOMPARE(m_store->profile(name).publicKey, m_public);
        QCOMPARE(m_store->profile(name).endpoint, m_sim->url());

        // It shows up in the profiles list.
        ProfilesDialog profiles(m_store.get());
        profiles.open();
        auto *list = child<QListWidget>(&profiles, "profiles");
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(name));
        QVERIFY(!list->item(0)->text().contains(m_private));

        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(m_private.toUtf8()));
        QVERIFY(removeProfile(name));
    }

    // One endpoint rule (issue 33): a key without an endpoint of its own is
    // tested where the console will use it (Preferences, or a one-off
    // --endpoint), never at the built-in endpoint, and a one-off --endpoint
    // is not saved with the key.
    void aKeyIsTestedWhereItWillBeUsed_data()
    {
        QTest::addColumn<bool>("oneOff");
        QTest::newRow("the Preferences endpoint") << false;
        QTest::newRow("--endpoint") << true;
    }
    void aKeyIsTestedWhereItWillBeUsed()
    {
        QFETCH(bool, oneOff);
        CommandLineOptions options;
        options.connectLater = true;
        if (oneOff)
            options.endpoint = m_sim->url();
        AccountSession account(options, std::make_unique<ConsoleSettings>(m_dir.filePath(
                                            QStringLiteral("account-%1.ini").arg(oneOff))));
        if (!oneOff)
            account.settings()->setApiEndpoint(m_sim->url());
        ui::MainWindow window(&account);
        QAction *add = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Add API key…"))
                add = a;
        }
        QVERIFY(add);
        add->trigger();
        AddKeyDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AddKeyDialog *>()) != nullptr);
        // Nothing typed for the endpoint: the key has none of its own.
        QVERIFY(!dialog->findChild<QGroupBox *>()->isChecked());
        QVERIFY(child<QLineEdit>(dialog, "endpoint")->text().isEmpty());
        const QString name = uniqueProfileName(QStringLiteral("rule"));
        child<QLineEdit>(dialog, "profileName")->setText(name);
        child<QLineEdit>(dialog, "publicKey")->setText(m_public);
        child<QLineEdit>(dialog, "privateKey")->setText(m_private);
        QSignalSpy added(dialog, &AddKeyDialog::profileAdded);
        QTest::mouseClick(child<QPushButton>(dialog, "testAndSave"), Qt::LeftButton);
        QVERIFY(added.wait(15000));
        const QList<sim::JournalEntry> journal = m_sim->journal();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.at(0).verdict, QStringLiteral("ok"));
        QVERIFY(account.profiles()->profile(name).endpoint.isEmpty());
        bool done = false;
        account.profiles()->removeProfile(name, this, [&](const KeychainResult &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }

    void wrongKeyExplains171AndSavesNothing()
    {
        AddKeyDialog dialog(m_store.get());
        QSignalSpy added(&dialog, &AddKeyDialog::profileAdded);
        dialog.open();
        fill(dialog, QStringLiteral("wrong"), m_public, generatedKey(), simUrl());
        QTest::mouseClick(child<QPushButton>(&dialog, "testAndSave"), Qt::LeftButton);
        auto *status = child<QLabel>(&dialog, "status");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("171")), 15000);
        QVERIFY2(status->text().contains(QLatin1String("private key does not belong")),
                 qPrintable(status->text()));
        QCOMPARE(m_sim->journal().size(), 1);
        QCOMPARE(m_sim->journal().at(0).retCode, 171);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QPushButton>(&dialog, "testAndSave")->isEnabled());
        QCOMPARE(added.count(), 0);
        QVERIFY(m_store->profileNames().isEmpty());
    }

    void unknownPublicKeyExplains172()
    {
        AddKeyDialog dialog(m_store.get());
        dialog.open();
        fill(dialog, QStringLiteral("unknown"), generatedKey(), generatedKey(), simUrl());
        QTest::mouseClick(child<QPushButton>(&dialog, "testAndSave"), Qt::LeftButton);
        auto *status = child<QLabel>(&dialog, "status");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("172")), 15000);
        QVERIFY(status->text().contains(QLatin1String("No CompShare account")));
        QVERIFY(m_store->profileNames().isEmpty());
    }

    void refusesBadInputBeforeSending_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("mention");
        QTest::newRow("remote http") << QStringLiteral("x") << QStringLiteral("http://example.com/")
                                     << QStringLiteral("https://");
        // The simulator's address: a request sent despite the refusal would
        // reach it and be journaled.
        QTest::newRow("no name") << QString() << simUrl() << QStringLiteral("name");
    }

    void refusesBadInputBeforeSending()
    {
        QFETCH(QString, name);
        QFETCH(QString, endpoint);
        QFETCH(QString, mention);
        m_sim->clearJournal();
        AddKeyDialog dialog(m_store.get());
        dialog.open();
        fill(dialog, name, m_public, m_private, endpoint);
        auto *testAndSave = child<QPushButton>(&dialog, "testAndSave");
        QTest::mouseClick(testAndSave, Qt::LeftButton);
        const QString status = child<QLabel>(&dialog, "status")->text();
        QVERIFY2(status.contains(mention), qPrintable(status));
        // Refused in the click itself: a test that started would have made
        // the dialog busy (fields and buttons disabled) before returning.
        QVERIFY(testAndSave->isEnabled());
        QVERIFY(child<QLineEdit>(&dialog, "publicKey")->isEnabled());
        // Then a request that does go out (a wrong private key: refused by
        // the simulator, nothing saved). Once its answer is back, it must be
        // the only request the simulator has seen.
        fill(dialog, uniqueProfileName(QStringLiteral("refused")), m_public, generatedKey(),
             simUrl());
        QTest::mouseClick(testAndSave, Qt::LeftButton);
        QVERIFY(!testAndSave->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(testAndSave->isEnabled(), 15000);
        QCOMPARE(m_sim->journal().size(), 1);
        QVERIFY(m_store->profileNames().isEmpty());
    }

    void foreignEndpointIsNamedBeforeTesting()
    {
        AddKeyDialog dialog(m_store.get());
        dialog.open();
        auto *warning = child<QLabel>(&dialog, "endpointWarning");
        fill(dialog, QStringLiteral("x"), m_public, m_private,
             QStringLiteral("https://api.compshare-mirror.example/"));
        QVERIFY(warning->isVisibleTo(&dialog)); // before any click
        QVERIFY2(warning->text().contains(QStringLiteral("api.compshare-mirror.example")) &&
                     warning->text().contains(QStringLiteral("signed with this key")),
                 qPrintable(warning->text()));
        for (const QString &own : {QStringLiteral("https://api.compshare.cn/"), simUrl()}) {
            child<QLineEdit>(&dialog, "endpoint")->setText(own);
            QVERIFY2(!warning->isVisibleTo(&dialog), qPrintable(own));
        }
    }

    void privateKeyIsHiddenUntilShown()
    {
        AddKeyDialog dialog(m_store.get());
        auto *field = child<QLineEdit>(&dialog, "privateKey");
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        child<QPushButton>(&dialog, "showPrivateKey")->click();
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        child<QPushButton>(&dialog, "showPrivateKey")->click();
        QCOMPARE(field->echoMode(), QLineEdit::Password);
    }

    void sessionOnlyWhenKeychainUnavailable()
    {
        AddKeyDialog dialog(m_store.get());
        QSignalSpy sessionOnly(&dialog, &AddKeyDialog::sessionOnlyRequested);
        dialog.open();
        dialog.setKeychainUnavailable(QStringLiteral("No Secret Service (test)."));
        auto *button = child<QPushButton>(&dialog, "sessionOnly");
        QVERIFY(button->isVisibleTo(&dialog));
        fill(dialog, QStringLiteral("temp"), m_public, m_private, simUrl());
        // Testing still works, saving is not attempted.
        QTest::mouseClick(child<QPushButton>(&dialog, "testAndSave"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&dialog, "status")->text().contains(QLatin1String("key works")), 15000);
        QVERIFY(m_store->profileNames().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(sessionOnly.count(), 1);
        const auto creds = sessionOnly.at(0).at(1).value<Credentials>();
        QCOMPARE(creds.privateKey, m_private);
        QVERIFY(m_store->profileNames().isEmpty());
    }

    void profilesDialogSwitchRenameDelete()
    {
        const QString a = uniqueProfileName(QStringLiteral("a"));
        const QString b = uniqueProfileName(QStringLiteral("b"));
        for (const QString &n : {a, b}) {
            bool ok = false;
            m_store->saveProfile({n, generatedKey(), {}, false}, generatedKey(), this,
                                 [&](const KeychainResult &r) { ok = r.ok(); });
            QTRY_VERIFY(ok);
        }
        ProfilesDialog dialog(m_store.get());
        QSignalSpy switched(&dialog, &ProfilesDialog::switchRequested);
        QSignalSpy renamed(&dialog, &ProfilesDialog::profileRenamed);
        QSignalSpy deleted(&dialog, &ProfilesDialog::profileDeleted);
        dialog.open();
        auto *list = child<QListWidget>(&dialog, "profiles");
        QCOMPARE(list->count(), 2);

        list->setCurrentRow(1);
        child<QPushButton>(&dialog, "switch")->click();
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.at(0).at(0).toString(), b);

        child<QPushButton>(&dialog, "rename")->click();
        const QString c = uniqueProfileName(QStringLiteral("c"));
        child<QLineEdit>(&dialog, "renameEdit")->setText(c);
        child<QPushButton>(&dialog, "renameApply")->click();
        QTRY_COMPARE(renamed.count(), 1);
        QCOMPARE(m_store->profileNames(), (QStringList{a, c}));

        // Delete asks first; "Keep" keeps it.
        list->setCurrentRow(0);
        child<QPushButton>(&dialog, "delete")->click();
        QVERIFY(child<QPushButton>(&dialog, "deleteConfirm")->isVisibleTo(&dialog));
        child<QPushButton>(&dialog, "deleteCancel")->click();
        QCOMPARE(m_store->profileNames().size(), 2);
        child<QPushButton>(&dialog, "delete")->click();
        child<QPushButton>(&dialog, "deleteConfirm")->click();
        QTRY_COMPARE(deleted.count(), 1);
        QCOMPARE(deleted.at(0).at(0).toString(), a);
        QCOMPARE(m_store->profileNames(), QStringList{c});
        QCOMPARE(list->count(), 1);
        QVERIFY(removeProfile(c));
    }

    void cliImportDialogImportsTheTickedProfile()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli/config.json"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QString wanted = uniqueProfileName(QStringLiteral("cli"));
        const QString other = uniqueProfileName(QStringLiteral("other"));
        QJsonObject profiles;
        for (const QString &n : {wanted, other})
            profiles.insert(n, QJsonObject{{QStringLiteral("public_key"), generatedKey()},
                                           {QStringLiteral("private_key"), generatedKey()}});
        const QByteArray bytes =
            QJsonDocument(QJsonObject{{QStringLiteral("current_profile"), other},
                                      {QStringLiteral("profiles"), profiles}})
                .toJson();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();

        CliImportDialog dialog(m_store.get(), path);
        QSignalSpy imported(&dialog, &CliImportDialog::imported);
        dialog.open();
        auto *list = child<QListWidget>(&dialog, "cliProfiles");
        QCOMPARE(list->count(), 2);
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            const bool isWanted = item->data(Qt::UserRole).toString() == wanted;
            // The CLI's current profile comes pre-ticked; swap the ticks.
            QCOMPARE(item->checkState(), isWanted ? Qt::Unchecked : Qt::Checked);
            item->setCheckState(isWanted ? Qt::Checked : Qt::Unchecked);
        }
        child<QPushButton>(&dialog, "import")->click();
        QVERIFY(imported.wait(15000));
        QCOMPARE(imported.at(0).at(0).toStringList(), QStringList{wanted});
        QCOMPARE(m_store->profileNames(), QStringList{wanted});
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
        QVERIFY(removeProfile(wanted));
    }

    void welcomeViewButtons()
    {
        WelcomeView view;
        QSignalSpy add(&view, &WelcomeView::addKeyRequested);
        QSignalSpy demo(&view, &WelcomeView::demoRequested);
        view.show();
        QTest::mouseClick(child<QPushButton>(&view, "addKey"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&view, "demo"), Qt::LeftButton);
        QCOMPARE(add.count(), 1);
        QCOMPARE(demo.count(), 1);
        QVERIFY(child<QLabel>(&view, "welcomeText")->text().contains(QLatin1String("keychain")));
    }
};

QTEST_MAIN(TestAddKeyDialog)
#include "tst_addkeydialog.moc"
