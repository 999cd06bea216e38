// SPDX-License-Identifier: MIT
#include "state/ConsoleSettings.h"

#include "wire/EndpointPolicy.h"

#include <QCryptographicHash>

namespace compshare {

namespace {
const QString kRefresh = QStringLiteral("refresh/intervalSeconds");
const QString kNotifications = QStringLiteral("ui/desktopNotifications");
const QString kIdleThreshold = QStringLiteral("idle/thresholdPercent");
const QString kIdleWindow = QStringLiteral("idle/windowMinutes");
const QString kAskBeforeStop = QStringLiteral("stop/askBeforeOrdinaryStop");
const QString kKeepWatching = QStringLiteral("ui/keepWatchingInBackground");
const QString kLanguage = QStringLiteral("ui/language");
const QString kEndpoint = QStringLiteral("api/endpoint");
const QString kProjectGroup = QStringLiteral("projects/");
const QString kReminderLead = QStringLiteral("schedule/reminderLeadMinutes");
const QString kAutoStopHours = QStringLiteral("schedule/autoStopHoursAfterStart");
const QString kListSize = QStringLiteral("accounts/%1/listSize");
const QString kStopWhenIdle = QStringLiteral("stopWhenIdle");
const QString kLastProject = QStringLiteral("accounts/%1/project");

// A settings key for any account label: QSettings treats '/' and '\\' as
// separators, so the label is hashed.
QString accountKey(const QString &account)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}
} // namespace

ConsoleSettings::ConsoleSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

ConsoleSettings::ConsoleSettings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

ConsoleSettings::~ConsoleSettings() = default;

int ConsoleSettings::refreshIntervalSeconds() const
{
    bool ok = false;
    const int value = m_settings->value(kRefresh, kDefaultRefreshSeconds).toInt(&ok);
    if (!ok)
        return kDefaultRefreshSeconds;
    return qBound(kMinRefreshSeconds, value, kMaxRefreshSeconds);
}

void ConsoleSettings::setRefreshIntervalSeconds(int seconds)
{
    const int before = refreshIntervalSeconds();
    m_settings->setValue(kRefresh, qBound(kMinRefreshSeconds, seconds, kMaxRefreshSeconds));
    if (refreshIntervalSeconds() != before)
        emit refreshIntervalChanged(refreshIntervalSeconds());
}

std::optional<bool> ConsoleSettings::keepWatchingInBackground() const
{
    if (!m_settings->contains(kKeepWatching))
        return std::nullopt;
    return m_settings->value(kKeepWatching).toBool();
}

void ConsoleSettings::setKeepWatchingInBackground(bool keep)
{
    const std::optional<bool> before = keepWatchingInBackground();
    m_settings->setValue(kKeepWatching, keep);
    if (before != keep)
        emit keepWatchingInBackgroundChanged(keep);
}

bool ConsoleSettings::desktopNotifications() const
{
    return m_settings->value(kNotifications, true).toBool();
}

void ConsoleSettings::setDesktopNotifications(bool on)
{
    const bool before = desktopNotifications();
    m_settings->setValue(kNotifications, on);
    if (on != before)
        emit desktopNotificationsChanged(on);
}

double ConsoleSettings::idleThresholdPercent() const
{
    bool ok = false;
    const double v = m_settings->value(kIdleThreshold, 5.0).toDouble(&ok);
    return ok ? qBound(0.0, v, 100.0) : 5.0;
}

void ConsoleSettings::setIdleThresholdPercent(double percent)
{
    const double before = idleThresholdPercent();
    m_settings->setValue(kIdleThreshold, qBound(0.0, percent, 100.0));
    if (!qFuzzyCompare(before + 1.0, idleThresholdPercent() + 1.0))
        emit idleRuleChanged();
}

int ConsoleSettings::idleWindowMinutes() const
{
    bool ok = false;
    const int v = m_settings->value(kIdleWindow, 30).toInt(&ok);
    return ok ? qBound(1, v, 24 * 60) : 30;
}

void ConsoleSettings::setIdleWindowMinutes(int minutes)
{
    const int before = idleWindowMinutes();
    m_settings->setValue(kIdleWindow, qBound(1, minutes, 24 * 60));
    if (idleWindowMinutes() != before)
        emit idleRuleChanged();
}

bool ConsoleSettings::askBeforeOrdinaryStop() const
{
    return m_settings->value(kAskBeforeStop, true).toBool();
}

void ConsoleSettings::setAskBeforeOrdinaryStop(bool ask)
{
    const bool before = askBeforeOrdinaryStop();
    m_settings->setValue(kAskBeforeStop, ask);
    if (ask != before)
        emit askBeforeOrdinaryStopChanged(ask);
}

ConsoleSettings::Language ConsoleSettings::language() const
{
    return languageFromCode(m_settings->value(kLanguage).toString());
}

void ConsoleSettings::setLanguage(Language language)
{
    const Language before = this->language();
    m_settings->setValue(kLanguage, languageCode(language));
    if (language != before)
        emit languageChanged(language);
}

QString ConsoleSettings::languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    case Language::System:
        break;
    }
    return {};
}

ConsoleSettings::Language ConsoleSettings::languageFromCode(const QString &code)
{
    if (code == QLatin1String("en"))
        return Language::English;
    if (code == QLatin1String("zh_CN"))
        return Language::SimplifiedChinese;
    return Language::System;
}

QUrl ConsoleSettings::apiEndpoint() const
{
    const QUrl stored(m_settings->value(kEndpoint).toString());
    return EndpointPolicy::check(stored).isError() ? defaultApiEndpoint() : stored;
}

void ConsoleSettings::setApiEndpoint(const QUrl &endpoint)
{
    const QUrl before = apiEndpoint();
    if (endpoint.isEmpty() || endpoint == defaultApiEndpoint())
        m_settings->remove(kEndpoint);
    else
        m_settings->setValue(kEndpoint, endpoint.toString());
    if (apiEndpoint() != before)
        emit apiEndpointChanged(apiEndpoint());
}

QUrl ConsoleSettings::defaultApiEndpoint()
{
    return QUrl(QStringLiteral("https://api.compshare.cn/"));
}

QByteArray ConsoleSettings::layoutState(const QString &key) const
{
    return m_settings->value(key).toByteArray();
}

void ConsoleSettings::setLayoutState(const QString &key, const QByteArray &state)
{
    m_settings->setValue(key, state);
}

int ConsoleSettings::knownListSize(const QString &account) const
{
    if (account.isEmpty())
        return 0;
    bool ok = false;
    const int size = m_settings->value(kListSize.arg(accountKey(account))).toInt(&ok);
    return ok && size > 0 ? size : 0;
}

void ConsoleSettings::setKnownListSize(const QString &account, int size)
{
    if (account.isEmpty())
        return;
    m_settings->setValue(kListSize.arg(accountKey(account)), qMax(0, size));
}

QString ConsoleSettings::lastUsedProject(const QString &account) const
{
    if (account.isEmpty())
        return {};
    return m_settings->value(kLastProject.arg(accountKey(account))).toString();
}

void ConsoleSettings::setLastUsedProject(const QString &account, const QString &projectId)
{
    if (account.isEmpty())
        return;
    const QString key = kLastProject.arg(accountKey(account));
    if (projectId.isEmpty())
        m_settings->remove(key);
    else if (m_settings->value(key).toString() != projectId)
        m_settings->setValue(key, projectId);
}

QHash<QString, int> ConsoleSettings::stopWhenIdleMinutes() const
{
    QHash<QString, int> minutes;
    m_settings->beginGroup(kStopWhenIdle);
    const QStringList keys = m_settings->childKeys();
    for (const QString &key : keys) {
        const int value = m_settings->value(key).toInt();
        if (value > 0)
            minutes.insert(QUrl::fromPercentEncoding(key.toLatin1()), value);
    }
    m_settings->endGroup();
    return minutes;
}

void ConsoleSettings::setStopWhenIdleMinutes(const QString &instanceId, int minutes)
{
    if (instanceId.isEmpty())
        return;
    // Ids are API text: percent-encoded so '/' cannot nest keys.
    const QString key =
        kStopWhenIdle + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(instanceId));
    if (minutes > 0)
        m_settings->setValue(key, minutes);
    else
        m_settings->remove(key);
}

void ConsoleSettings::sync()
{
    m_settings->sync();
}

QString ConsoleSettings::projectForProfile(const QString &profile) const
{
    // Profile names are user text: percent-encoded so '/' cannot nest keys.
    return m_settings->value(kProjectGroup + QString::fromLatin1(QUrl::toPercentEncoding(profile)))
        .toString();
}

void ConsoleSettings::setProjectForProfile(const QString &profile, const QString &projectId)
{
    const QString key = kProjectGroup + QString::fromLatin1(QUrl::toPercentEncoding(profile));
    if (projectId.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, projectId);
}

int ConsoleSettings::reminderLeadMinutes() const
{
    return qBound(0, m_settings->value(kReminderLead, kDefaultReminderLeadMinutes).toInt(), 240);
}

void ConsoleSettings::setReminderLeadMinutes(int minutes)
{
    const int before = reminderLeadMinutes();
    m_settings->setValue(kReminderLead, qBound(0, minutes, 240));
    if (reminderLeadMinutes() != before)
        emit reminderLeadMinutesChanged(reminderLeadMinutes());
}

int ConsoleSettings::autoStopHoursAfterStart() const
{
    return qBound(0, m_settings->value(kAutoStopHours, 0).toInt(), 72);
}

void ConsoleSettings::setAutoStopHoursAfterStart(int hours)
{
    const int before = autoStopHoursAfterStart();
    m_settings->setValue(kAutoStopHours, qBound(0, hours, 72));
    if (autoStopHoursAfterStart() != before)
        emit autoStopHoursAfterStartChanged(autoStopHoursAfterStart());
}

} // namespace compshare
