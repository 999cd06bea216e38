// SPDX-License-Identifier: MIT
#include "session/AccountSession.h"

#include "session/CachedListRecorder.h"
#include "session/ConsoleSession.h"
#include "session/OperationRecorder.h"
#include "state/ConsoleSettings.h"
#include "state/CredentialStore.h"
#include "state/GpuIdleTracker.h"
#include "state/InstanceStore.h"
#include "state/LocalStore.h"
#include "state/ProfileStore.h"
#include "wire/ApiTransport.h"
#include "work/AutoStopAfterStart.h"
#include "work/CredentialSession.h"
#include "work/DesktopActionNotifier.h"
#include "work/DesktopNotifications.h"
#include "work/PriceQuoteBook.h"
#include "work/ProjectDirectory.h"
#include "work/RefreshScheduler.h"
#include "work/StopReminder.h"
#include "work/StopWhenIdle.h"

#include <utility>

namespace compshare {

AccountSession::AccountSession(const CommandLineOptions &options,
                               std::unique_ptr<ConsoleSettings> settings, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings ? std::move(settings) : std::make_unique<ConsoleSettings>())
    , m_session(new ConsoleSession(this))
    , m_keychain(new CredentialStore(this))
    , m_profiles(new ProfileStore(m_settings->storage(), m_keychain, this))
    , m_credentials(new CredentialSession(m_profiles, this))
    , m_notifications(new DesktopNotifications(this))
    , m_actionNotifier(new DesktopActionNotifier(m_notifications, this))
{
    m_actionNotifier->setSettings(m_settings.get()); // "Show desktop notifications" off: none
    m_session->stopReminder()->setNotifier(m_actionNotifier);
    m_session->stopWhenIdle()->setNotifier(m_actionNotifier);
    restoreStopWhenIdleChoices();

    // Each preference is applied here, when it changes, wherever it was changed.
    ConsoleSettings *s = m_settings.get();
    connect(s, &ConsoleSettings::refreshIntervalChanged, this,
            &AccountSession::applyRefreshCadence);
    connect(s, &ConsoleSettings::desktopNotificationsChanged, this,
            &AccountSession::applyReminderSettings);
    connect(s, &ConsoleSettings::reminderLeadMinutesChanged, this,
            &AccountSession::applyReminderSettings);
    connect(s, &ConsoleSettings::autoStopHoursAfterStartChanged, this,
            &AccountSession::applyReminderSettings);
    connect(s, &ConsoleSettings::idleRuleChanged, this, &AccountSession::applyIdleRule);
    connect(s, &ConsoleSettings::apiEndpointChanged, this,
            &AccountSession::followEndpointPreference);
    applyRefreshCadence();
    applyReminderSettings();
    applyIdleRule();

    connect(m_session->scheduler(), &RefreshScheduler::refreshSucceeded, this, [this] {
        rememberAccountFacts();
        applyRefreshCadence(); // in the background, a deadline may have come near
    });
    connect(m_credentials, &CredentialSession::credentialsReady, this,
            [this](const QString &name, const Credentials &credentials) {
                connectWith(accountEndpoint(), credentials, name);
            });
}

AccountSession::~AccountSession()
{
    // The session's parts write to the settings (stop-when-idle choices):
    // they go first, while the settings still exist.
    delete m_session;
}

void AccountSession::start()
{
    if (m_options.demo)
        startDemo();
    else if (!m_options.connectLater)
        m_credentials->start(m_options.profile);
}

bool AccountSession::startDemo(QString *error)
{
    if (!m_demo) {
        if (!m_demoStarter)
            return false;
        m_demo = m_demoStarter(m_options.demoInstances, this, error);
        if (!m_demo)
            return false;
    }
    connectWith(m_demo->endpoint(), m_demo->credentials(), QString());
    return true;
}

bool AccountSession::isOnDemo() const
{
    return m_demo && m_session->transport()->endpoint() == m_demo->endpoint();
}

QUrl AccountSession::endpointFor(const QUrl &own) const
{
    if (!m_options.endpoint.isEmpty())
        return m_options.endpoint;
    return own.isEmpty() ? m_settings->apiEndpoint() : own;
}

QUrl AccountSession::accountEndpoint() const
{
    return endpointFor(m_credentials->profile().endpoint);
}

ApiError AccountSession::connectWith(const QUrl &endpoint, const Credentials &credentials,
                                     const QString &label)
{
    m_label = label;
    // Said before anything is sent: connectTo may send at once.
    emit connecting(endpoint, label);
    // The size this account had last time: the first refresh can then ask
    // for its pages together (as every later refresh does).
    m_session->client()->setListSizeHint(m_settings->knownListSize(credentials.publicKey));
    if (m_cache)
        m_cache->setSavesLists(!(m_demo && endpoint == m_demo->endpoint()));
    // The project last used too, so the first list need not wait for GetProjectList.
    const ApiError refused =
        m_session->connectTo(endpoint, credentials, m_settings->projectForProfile(label),
                             m_settings->lastUsedProject(credentials.publicKey));
    // Before this account's first answer: its saved list, marked. Decoded on
    // a worker thread while the first request goes out and the window shows.
    if (m_cache && !refused.isError())
        m_cache->restoreInBackground();
    emit connected(refused);
    return refused;
}

void AccountSession::forgetAccount()
{
    // The key is gone: stop using it, keep nothing of that account on screen.
    m_session->disconnect();
    m_label.clear();
    emit accountForgotten();
    m_credentials->start();
}

void AccountSession::rememberAccountFacts()
{
    const QString account = m_session->transport()->publicKey();
    if (m_session->client()->listSizeHint() > 0)
        m_settings->setKnownListSize(account, m_session->client()->listSizeHint());
    const ProjectDirectory *projects = m_session->projects();
    if (projects->status() == ProjectDirectory::Status::Ready)
        m_settings->setLastUsedProject(account, projects->currentId());
    else if (projects->status() == ProjectDirectory::Status::Refused)
        m_settings->setLastUsedProject(account, QString());
}

void AccountSession::followEndpointPreference()
{
    // A new endpoint takes effect now for the account in use (the demo
    // cloud and --endpoint keep their own).
    if (isOnDemo() || !m_credentials->hasCredentials() || !m_session->isConnected())
        return;
    if (accountEndpoint() != m_session->transport()->endpoint())
        connectWith(accountEndpoint(), m_credentials->credentials(), m_label);
}

void AccountSession::applyReminderSettings()
{
    m_session->stopReminder()->setLeadMinutes(
        m_settings->desktopNotifications() ? m_settings->reminderLeadMinutes() : 0);
    m_session->autoStopAfterStart()->setHours(m_settings->autoStopHoursAfterStart());
}

void AccountSession::applyIdleRule()
{
    GpuIdleTracker *idle = m_session->idleTracker();
    idle->setThresholdPercent(m_settings->idleThresholdPercent());
    idle->setWindowSeconds(m_settings->idleWindowMinutes() * 60);
}

void AccountSession::restoreStopWhenIdleChoices()
{
    // Stop-when-idle choices survive a restart; each change is written back.
    StopWhenIdle *idle = m_session->stopWhenIdle();
    const QHash<QString, int> choices = m_settings->stopWhenIdleMinutes();
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        idle->setIdleMinutes(it.key(), it.value());
    connect(idle, &StopWhenIdle::idleMinutesChanged, this, [this](const QString &id, int minutes) {
        m_settings->setStopWhenIdleMinutes(id, minutes);
    });
}

void AccountSession::setInBackground(bool background)
{
    m_inBackground = background;
    if (background)
        m_session->scheduler()->setPaused(false); // a minimised window paused it
    applyRefreshCadence();
}

void AccountSession::applyRefreshCadence()
{
    const int userMs = m_settings->refreshIntervalSeconds() * 1000;
    m_session->scheduler()->setAutoRefreshIntervalMs(
        m_inBackground ? BackgroundWatch::refreshIntervalMs(userMs, m_session->store()->instances(),
                                                            m_session->now())
                       : userMs);
}

WatchReasons AccountSession::watchReasons() const
{
    return BackgroundWatch::reasons(m_session->store()->instances(), m_session->operations(),
                                    m_session->stopReminder()->leadMinutes() > 0,
                                    m_session->stopWhenIdle()->isArmed(), m_session->now());
}

void AccountSession::attachStore(LocalStore *store)
{
    m_store = store;
    // First: the list saved last is decoded on the worker threads while the
    // GPU samples are read, the window is built and the credentials come.
    m_cache = new CachedListRecorder(m_session, store, this);
    m_cache->readAhead();
    // GPU samples outlive the process: sparklines continue and idle time
    // carries over a restart.
    m_session->setGpuArchive(store->gpuSamples());
    // Price answers younger than a day are used again, not asked again.
    PriceQuoteBook *quotes = m_session->priceQuotes();
    quotes->setArchive(store->priceQuotes());
    connect(store, &QObject::destroyed, quotes, [quotes] { quotes->setArchive(nullptr); });
    m_recorder = new OperationRecorder(m_session, store, this);
    // An account whose project was not known at connectWith: its saved list
    // once GetProjectList has named it, as the first full list goes out.
    InstanceStore *instances = m_session->store();
    connect(m_session->scheduler(), &RefreshScheduler::refreshStarted, this,
            [this, instances](bool full) {
                if (full && !instances->hasList() && !instances->cachedSince().isValid())
                    m_cache->restoreInBackground();
            });
}

void AccountSession::finish()
{
    m_session->scheduler()->stop();
    if (m_cache)
        m_cache->saveNow();
}

} // namespace compshare
