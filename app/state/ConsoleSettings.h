// SPDX-License-Identifier: MIT
// The one path to the console's settings: preferences with their types and
// defaults, window and table layout, what the console remembers per
// account, and (through storage()) the profile list ProfileStore keeps in
// the same QSettings. Nothing else opens a QSettings. No secrets here:
// credentials live in the system keychain. Each preference announces its
// change, so whoever applies it listens instead of being told by a dialog.
#pragma once

#include <QHash>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

namespace compshare {

class ConsoleSettings final : public QObject
{
    Q_OBJECT

public:
    enum class Language
    {
        System,
        English,
        SimplifiedChinese
    };

    static constexpr int kDefaultRefreshSeconds = 30;
    static constexpr int kMinRefreshSeconds = 10;
    static constexpr int kMaxRefreshSeconds = 3600;

    // The application's QSettings (organisation / application name).
    explicit ConsoleSettings(QObject *parent = nullptr);
    // A given INI file, for tests and portable setups.
    explicit ConsoleSettings(const QString &iniFile, QObject *parent = nullptr);
    ~ConsoleSettings() override;

    int refreshIntervalSeconds() const; // clamped to [10, 3600], default 30
    void setRefreshIntervalSeconds(int seconds);

    bool desktopNotifications() const; // default true
    void setDesktopNotifications(bool on);

    // Idle GPUs (GpuIdleTracker): below this percent, for this many minutes.
    double idleThresholdPercent() const; // default 5, clamped to [0, 100]
    void setIdleThresholdPercent(double percent);
    int idleWindowMinutes() const; // default 30, at least 1
    void setIdleWindowMinutes(int minutes);

    // Closing the window keeps the console watching in the background: not
    // asked yet (nullopt; asked on the first close), yes or no.
    std::optional<bool> keepWatchingInBackground() const;
    void setKeepWatchingInBackground(bool keep);

    bool askBeforeOrdinaryStop() const; // default true; spot force stops always ask
    void setAskBeforeOrdinaryStop(bool ask);

    Language language() const; // default System; applies after a restart
    void setLanguage(Language language);
    // "" for System, "en", "zh_CN": what --language and the translator loader take.
    static QString languageCode(Language language);
    static Language languageFromCode(const QString &code);

    // Default https://api.compshare.cn/; a stored value EndpointPolicy
    // refuses reads as the default.
    QUrl apiEndpoint() const;
    void setApiEndpoint(const QUrl &endpoint); // an empty URL resets to the default
    static QUrl defaultApiEndpoint();

    // Window geometry / dock state / table header, by key ("window/geometry",
    // "window/state", "table/header"); empty when never saved.
    QByteArray layoutState(const QString &key) const;
    void setLayoutState(const QString &key, const QByteArray &state);

    // How many instances an account had at its last full refresh (0 when
    // unknown), so the first refresh after a start can ask for its pages
    // together. Keyed by the account's public key (hashed).
    int knownListSize(const QString &account) const;
    void setKnownListSize(const QString &account, int size);
    // The project an account's calls went to at its last good refresh ("" when
    // unknown or GetProjectList was refused), so the next start need not wait
    // for GetProjectList before its first list. Keyed like knownListSize.
    QString lastUsedProject(const QString &account) const;
    void setLastUsedProject(const QString &account, const QString &projectId);

    // The QSettings behind all of this, for ProfileStore's profile list.
    QSettings *storage() const { return m_settings.get(); }

    // Scheduled stop and projects (issue 15/16).
    static constexpr int kDefaultReminderLeadMinutes = 10;
    // The project chosen for a profile ("" = the account's default project).
    QString projectForProfile(const QString &profile) const;
    void setProjectForProfile(const QString &profile, const QString &projectId);
    // Minutes before a scheduled stop that the reminder appears (0 = none), default 10.
    int reminderLeadMinutes() const;
    void setReminderLeadMinutes(int minutes);
    // Hours after a console start of a pay-as-you-go instance to schedule a
    // stop (0 = off, the default).
    int autoStopHoursAfterStart() const;
    void setAutoStopHoursAfterStart(int hours);
    // "Stop when idle" per instance: id -> idle minutes (0 removes it), so a
    // restarted console keeps watching what the user asked it to.
    QHash<QString, int> stopWhenIdleMinutes() const;
    void setStopWhenIdleMinutes(const QString &instanceId, int minutes);

    void sync();

signals:
    // Each is emitted by its setter when the stored value changes.
    void refreshIntervalChanged(int seconds);
    void desktopNotificationsChanged(bool on);
    void idleRuleChanged(); // threshold or window
    void keepWatchingInBackgroundChanged(bool keep);
    void askBeforeOrdinaryStopChanged(bool ask);
    void languageChanged(compshare::ConsoleSettings::Language language);
    void apiEndpointChanged(const QUrl &endpoint);
    void reminderLeadMinutesChanged(int minutes);
    void autoStopHoursAfterStartChanged(int hours);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace compshare
