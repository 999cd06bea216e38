// SPDX-License-Identifier: MIT
// The console's preferences in QSettings, with types and defaults in one
// place. No secrets here: credentials live in the system keychain.
#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>
#include <memory>

namespace compshare {

class ConsoleSettings final
{
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
    ConsoleSettings();
    // A given INI file, for tests and portable setups.
    explicit ConsoleSettings(const QString &iniFile);
    ~ConsoleSettings();
    ConsoleSettings(const ConsoleSettings &) = delete;
    ConsoleSettings &operator=(const ConsoleSettings &) = delete;

    int refreshIntervalSeconds() const; // clamped to [10, 3600], default 30
    void setRefreshIntervalSeconds(int seconds);

    bool desktopNotifications() const; // default true
    void setDesktopNotifications(bool on);

    bool askBeforeOrdinaryStop() const; // default true; spot force stops always ask
    void setAskBeforeOrdinaryStop(bool ask);

    Language language() const; // default System; applies after a restart
    void setLanguage(Language language);
    // "" for System, "en", "zh_CN": what --language and the translator loader take.
    static QString languageCode(Language language);
    static Language languageFromCode(const QString &code);

    QUrl apiEndpoint()
        const; // default https://api.compshare.cn/ ; an invalid stored value reads as the default
    void setApiEndpoint(const QUrl &endpoint); // an empty URL resets to the default
    static QUrl defaultApiEndpoint();
    // https anywhere, or http only to a loopback host (the simulator).
    static bool isAcceptableEndpoint(const QUrl &endpoint, QString *whyNot = nullptr);

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

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace compshare
