// SPDX-License-Identifier: MIT
// The composition root without a window: typed settings announce their
// changes and the AccountSession applies them, the endpoint order, what an
// account remembers for its next start, the demo cloud and forgetting an
// account. Against the simulator over real HTTP on 127.0.0.1.
#include "demo/DemoCloud.h"
#include "session/AccountSession.h"
#include "session/ConsoleSession.h"
#include "state/CachedListStore.h"
#include "state/ConsoleSettings.h"
#include "state/GpuIdleTracker.h"
#include "state/InstanceStore.h"
#include "state/LocalStore.h"
#include "state/PriceQuoteArchive.h"
#include "support/SimulatorFixture.h"
#include "wire/ApiTransport.h"
#include "work/AutoStopAfterStart.h"
#include "work/CredentialSession.h"
#include "work/PriceQuoteBook.h"
#include "work/ProjectDirectory.h"
#include "work/RefreshScheduler.h"
#include "work/StopReminder.h"
#include "work/StopWhenIdle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace compshare;

namespace {
// Nothing listens here: for where a session points, never for a list.
const QUrl kSilent(QStringLiteral("http://127.0.0.1:9/"));
} // namespace

class TestAccountSession final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString iniFile() const { return m_dir.filePath(QStringLiteral("console.ini")); }
    // An account over this case's settings file, connected by the test.
    std::unique_ptr<AccountSession> makeAccount(CommandLineOptions options = {})
    {
        options.connectLater = true;
        auto account =
            std::make_unique<AccountSession>(options, std::make_unique<ConsoleSettings>(iniFile()));
        account->setDemoStarter(&DemoCloud::startNew);
        test::useFastTimings(*account->session());
        return account;
    }
    static bool listed(AccountSession &account)
    {
        return account.session()->scheduler()->lastSuccess().isValid();
    }

private slots:
    // The one endpoint rule: --endpoint, else the key's own, else Preferences.
    void oneEndpointRule()
    {
        const QUrl own(QStringLiteral("https://own.example.cn/"));
        const QUrl preferred(QStringLiteral("https://preferred.example.cn/"));
        auto account = makeAccount();
        account->settings()->setApiEndpoint(preferred);
        QCOMPARE(account->endpointFor({}), preferred);
        QCOMPARE(account->endpointFor(own), own);
        CommandLineOptions oneOff;
        oneOff.endpoint = kSilent;
        account.reset();
        account = makeAccount(oneOff);
        account->settings()->setApiEndpoint(preferred);
        QCOMPARE(account->endpointFor({}), kSilent);
        QCOMPARE(account->endpointFor(own), kSilent);
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QFile::remove(iniFile()); }

    void settingsAnnounceEachChangeOnce()
    {
        ConsoleSettings settings(iniFile());
        QSignalSpy refresh(&settings, &ConsoleSettings::refreshIntervalChanged);
        settings.setRefreshIntervalSeconds(45);
        settings.setRefreshIntervalSeconds(45); // the same value: no news
        settings.setRefreshIntervalSeconds(3);  // kept to the 10 s minimum
        settings.setRefreshIntervalSeconds(5);  // the same 10 s again
        QCOMPARE(refresh.size(), 2);
        QCOMPARE(refresh.at(0).at(0).toInt(), 45);
        QCOMPARE(refresh.at(1).at(0).toInt(), ConsoleSettings::kMinRefreshSeconds);

        QSignalSpy idle(&settings, &ConsoleSettings::idleRuleChanged);
        settings.setIdleThresholdPercent(12);
        settings.setIdleWindowMinutes(7);
        settings.setIdleWindowMinutes(7);
        QCOMPARE(idle.size(), 2);

        QSignalSpy endpoint(&settings, &ConsoleSettings::apiEndpointChanged);
        settings.setApiEndpoint(ConsoleSettings::defaultApiEndpoint()); // already so
        settings.setApiEndpoint(kSilent);
        settings.setApiEndpoint(QUrl()); // back to the default
        QCOMPARE(endpoint.size(), 2);
        QCOMPARE(endpoint.at(1).at(0).toUrl(), ConsoleSettings::defaultApiEndpoint());

        QSignalSpy keep(&settings, &ConsoleSettings::keepWatchingInBackgroundChanged);
        settings.setKeepWatchingInBackground(false); // from "not asked yet": news
        settings.setKeepWatchingInBackground(false);
        QCOMPARE(keep.size(), 1);
    }

    void aPreferenceIsAppliedWhereverItWasChanged()
    {
        auto account = makeAccount();
        ConsoleSession *s = account->session();
        ConsoleSettings *settings = account->settings();
        QCOMPARE(s->scheduler()->autoRefreshIntervalMs(),
                 ConsoleSettings::kDefaultRefreshSeconds * 1000);
        settings->setRefreshIntervalSeconds(45);
        QCOMPARE(s->scheduler()->autoRefreshIntervalMs(), 45000);
        settings->setReminderLeadMinutes(20);
        QCOMPARE(s->stopReminder()->leadMinutes(), 20);
        settings->setDesktopNotifications(false); // no notifications: no reminders
        QCOMPARE(s->stopReminder()->leadMinutes(), 0);
        settings->setDesktopNotifications(true);
        QCOMPARE(s->stopReminder()->leadMinutes(), 20);
        settings->setAutoStopHoursAfterStart(3);
        QCOMPARE(s->autoStopAfterStart()->hours(), 3);
        settings->setIdleThresholdPercent(12);
        settings->setIdleWindowMinutes(7);
        QCOMPARE(s->idleTracker()->thresholdPercent(), 12.0);
        QCOMPARE(s->idleTracker()->windowSeconds(), 7 * 60);

        // What was saved is what the next account starts with.
        auto next = makeAccount();
        QCOMPARE(next->session()->scheduler()->autoRefreshIntervalMs(), 45000);
        QCOMPARE(next->session()->stopReminder()->leadMinutes(), 20);
        QCOMPARE(next->session()->idleTracker()->windowSeconds(), 7 * 60);
    }

    // Issue 32, "Another account": with a key variable set but malformed,
    // the account the CLI's config would pick is never used: the simulator
    // sees no request signed by that profile's key (nor any other).
    void aMalformedKeyVariableNeverReachesTheCliProfilesAccount_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("public key, space inside")
            << QByteArrayLiteral("COMPSHARE_PUBLIC_KEY") << QByteArrayLiteral("Abc Def+/=");
        QTest::newRow("private key, quoted")
            << QByteArrayLiteral("COMPSHARE_PRIVATE_KEY") << QByteArrayLiteral("\"Abc+/=\"");
        QTest::newRow("private key, non-ASCII") << QByteArrayLiteral("COMPSHARE_PRIVATE_KEY")
                                                << QString(QStringLiteral("Ａbc+/=")).toUtf8();
        QTest::newRow("public key, empty")
            << QByteArrayLiteral("COMPSHARE_PUBLIC_KEY") << QByteArray();
    }

    void aMalformedKeyVariableNeverReachesTheCliProfilesAccount()
    {
        QFETCH(QByteArray, variable);
        QFETCH(QByteArray, value);
        test::SimulatorFixture fixture(
            test::smallScenario({{QStringLiteral("uhost-other"), QStringLiteral("cn-wlcb"),
                                  QStringLiteral("Running"), QStringLiteral("Postpay")}}));
        // The CLI's current profile is an account the simulator knows.
        const Credentials other = test::generateCredentials();
        fixture.sim().addAccount(other.publicKey, other.privateKey);
        const QString configPath = m_dir.filePath(QStringLiteral("cli/config.json"));
        QVERIFY(QDir().mkpath(QFileInfo(configPath).path()));
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("current_profile"), QStringLiteral("other")},
                    {QStringLiteral("profiles"),
                     QJsonObject{
                         {QStringLiteral("other"),
                          QJsonObject{{QStringLiteral("public_key"), other.publicKey},
                                      {QStringLiteral("private_key"), other.privateKey}}}}}})
                .toJson());
        config.close();
        const QList<QByteArray> names{"COMPSHARE_PUBLIC_KEY", "COMPSHARE_PRIVATE_KEY",
                                      "COMPSHARE_PROFILE", "COMPSHARE_CONFIG_FILE"};
        for (const QByteArray &name : names)
            qunsetenv(name.constData());
        qputenv("COMPSHARE_CONFIG_FILE", configPath.toUtf8());
        qputenv(variable.constData(), value);
        CommandLineOptions options;
        options.endpoint = fixture.url();
        AccountSession account(options, std::make_unique<ConsoleSettings>(iniFile()));
        QSignalSpy problem(account.credentials(), &CredentialSession::keyProblem);
        QSignalSpy ready(account.credentials(), &CredentialSession::credentialsReady);
        account.start();
        for (const QByteArray &name : names)
            qunsetenv(name.constData());
        QCOMPARE(problem.count(), 1);
        QCOMPARE(problem.at(0).at(0).value<KeyProblem>().where, QString::fromLatin1(variable));
        QCOMPARE(ready.count(), 0);
        QVERIFY(!account.session()->isConnected());
        QVERIFY(!account.credentials()->isBusy());
        // Without the rule, the CLI's profile listed its instance: nothing went out.
        QCOMPARE(fixture.sim().journal().size(), 0);
    }

    void theBackgroundPaceHasOneOwner()
    {
        auto account = makeAccount();
        RefreshScheduler *scheduler = account->session()->scheduler();
        account->settings()->setRefreshIntervalSeconds(20);
        account->setInBackground(true);
        QCOMPARE(scheduler->autoRefreshIntervalMs(), BackgroundWatch::kBackgroundRefreshMs);
        // A preference changed in the background does not speed it up...
        account->settings()->setRefreshIntervalSeconds(15);
        QCOMPARE(scheduler->autoRefreshIntervalMs(), BackgroundWatch::kBackgroundRefreshMs);
        // ...and is the pace once the window is back.
        account->setInBackground(false);
        QCOMPARE(scheduler->autoRefreshIntervalMs(), 15000);
    }

    void theEndpointOrderIsCommandLineThenProfileThenPreferences()
    {
        test::SimulatorFixture f(
            test::smallScenario({{QStringLiteral("uhost-a"), QStringLiteral("cn-wlcb"),
                                  QStringLiteral("Running"), QStringLiteral("Postpay")}}));
        Profile profile;
        profile.name = QStringLiteral("team");
        profile.publicKey = f.credentials().publicKey;

        // The profile's own endpoint wins over Preferences, and stays when
        // Preferences change.
        {
            auto account = makeAccount();
            account->settings()->setApiEndpoint(kSilent);
            Profile own = profile;
            own.endpoint = f.url();
            account->credentials()->useForSessionOnly(own, f.credentials());
            QCOMPARE(account->session()->transport()->endpoint(), f.url());
            QCOMPARE(account->accountLabel(), QStringLiteral("team"));
            QTRY_VERIFY(listed(*account));
            account->settings()->setApiEndpoint(QUrl(QStringLiteral("http://127.0.0.1:7/")));
            QCOMPARE(account->session()->transport()->endpoint(), f.url());
        }
        // Without one, the Preferences endpoint; a new one is followed at once.
        {
            auto account = makeAccount();
            account->settings()->setApiEndpoint(kSilent);
            account->credentials()->useForSessionOnly(profile, f.credentials());
            QCOMPARE(account->session()->transport()->endpoint(), kSilent);
            QSignalSpy connecting(account.get(), &AccountSession::connecting);
            account->settings()->setApiEndpoint(f.url());
            QCOMPARE(connecting.size(), 1);
            QCOMPARE(account->session()->transport()->endpoint(), f.url());
            QTRY_VERIFY(listed(*account));
        }
        // --endpoint wins over both.
        {
            CommandLineOptions options;
            options.endpoint = f.url();
            auto account = makeAccount(options);
            account->settings()->setApiEndpoint(kSilent);
            Profile own = profile;
            own.endpoint = kSilent;
            account->credentials()->useForSessionOnly(own, f.credentials());
            QCOMPARE(account->session()->transport()->endpoint(), f.url());
        }
    }

    void whatAnAccountLearnedIsRememberedForItsNextStart()
    {
        test::SimulatorFixture f; // the demo scenario: ~15 instances
        const QString pub = f.credentials().publicKey;
        {
            auto account = makeAccount();
            account->connectWith(f.url(), f.credentials(), QStringLiteral("team"));
            QTRY_VERIFY(listed(*account));
            const int rows = account->session()->store()->instances().size();
            QVERIFY(rows >= 12);
            QTRY_COMPARE(account->settings()->knownListSize(pub), rows);
            QTRY_COMPARE(account->session()->projects()->status(), ProjectDirectory::Status::Ready);
            account->session()->scheduler()->refreshNow(); // saved at a good list
            QTRY_COMPARE(account->settings()->lastUsedProject(pub),
                         account->session()->projects()->currentId());
        }
        // The next start: the first list asks for every page at once.
        auto again = makeAccount();
        again->session()->client()->setListSizeHint(0);
        again->connectWith(f.url(), f.credentials(), QStringLiteral("team"));
        QVERIFY(again->session()->client()->listSizeHint() >= 12);
        QVERIFY(!again->settings()->lastUsedProject(pub).isEmpty());
    }

    void stopWhenIdleChoicesOutliveTheSession()
    {
        {
            auto account = makeAccount();
            account->session()->stopWhenIdle()->setIdleMinutes(QStringLiteral("uhost-a"), 30);
        }
        auto again = makeAccount();
        StopWhenIdle *idle = again->session()->stopWhenIdle();
        QCOMPARE(idle->idleMinutes(QStringLiteral("uhost-a")), 30);
        idle->setIdleMinutes(QStringLiteral("uhost-a"), 0);
        QVERIFY(again->settings()->stopWhenIdleMinutes().isEmpty());
    }

    void theDemoCloudIsTheAccountsOwn()
    {
        auto account = makeAccount();
        QVERIFY(!account->demo());
        QVERIFY(account->startDemo());
        QVERIFY(account->demo());
        QVERIFY(account->isOnDemo());
        QVERIFY(account->accountLabel().isEmpty());
        QCOMPARE(account->session()->transport()->endpoint(), account->demo()->endpoint());
        QTRY_VERIFY(listed(*account));
        // Preferences do not move the demo to another endpoint.
        account->settings()->setApiEndpoint(kSilent);
        QCOMPARE(account->session()->transport()->endpoint(), account->demo()->endpoint());
    }

    void theDemosListIsNeverSavedAnAccountsIs()
    {
        // The demo listens on another port at each start: its list could
        // never be found again, and would be the one read ahead next time.
        LocalStore store(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(store.open());
        auto account = makeAccount();
        account->attachStore(&store);
        QVERIFY(account->startDemo());
        QTRY_VERIFY(listed(*account));
        account->finish();
        QVERIFY(!store.cachedLists()->loadLatest().isValid());

        test::SimulatorFixture f;
        account->connectWith(f.url(), f.credentials(), QStringLiteral("team"));
        QTRY_VERIFY(store.cachedLists()->loadLatest().isValid());
        QCOMPARE(store.cachedLists()->loadLatest().account,
                 LocalStore::accountHash(f.credentials().publicKey, f.url().toString()));
        account.reset(); // before the store it points to
    }

    void priceAnswersAreKeptForTheNextStart()
    {
        const QString price = QStringLiteral("GetCompShareInstancePrice");
        test::SimulatorFixture f;
        LocalStore store(m_dir.filePath(QStringLiteral("prices.sqlite")));
        QVERIFY(store.open());
        auto account = makeAccount();
        account->attachStore(&store);
        account->connectWith(f.url(), f.credentials(), QStringLiteral("team"));
        QTRY_VERIFY(listed(*account));
        PriceQuoteBook *book = account->session()->priceQuotes();
        QTRY_VERIFY(f.count(price) > 0 && book->queued() == 0 && book->inFlight() == 0);
        const int asked = f.count(price);
        const QString name = LocalStore::accountHash(f.credentials().publicKey, f.url().toString());
        QCOMPARE(
            store.priceQuotes()->load(name, QDateTime::currentDateTimeUtc().addDays(-1)).size(),
            asked);
        account.reset();

        auto next = makeAccount();
        next->attachStore(&store);
        next->connectWith(f.url(), f.credentials(), QStringLiteral("team"));
        QTRY_VERIFY(listed(*next));
        book = next->session()->priceQuotes();
        QCOMPARE(book->queued() + book->inFlight(), 0); // nothing to ask again
        for (const Instance &instance : next->session()->store()->instances())
            QCOMPARE(book->status(instance), PriceQuoteBook::Status::Quoted);
        QCOMPARE(f.count(price), asked);
        next.reset(); // before the store it points to
    }

    void forgettingTheAccountStopsUsingIt()
    {
        test::SimulatorFixture f;
        auto account = makeAccount();
        account->connectWith(f.url(), f.credentials(), QStringLiteral("team"));
        QTRY_VERIFY(listed(*account));
        QSignalSpy forgotten(account.get(), &AccountSession::accountForgotten);
        account->forgetAccount();
        QCOMPARE(forgotten.size(), 1);
        QVERIFY(!account->session()->isConnected());
        QVERIFY(account->accountLabel().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
