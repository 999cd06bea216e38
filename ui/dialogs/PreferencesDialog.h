// SPDX-License-Identifier: MIT
// The console's preferences: refresh interval, notifications, keep watching
// in the background, start at login (the XDG autostart entry), whether
// ordinary stops ask first, idle GPU threshold and window, language and (advanced) the API
// endpoint. Reads ConsoleSettings when built, writes it on OK; an endpoint that is not https (or
// http to this computer) keeps the dialog open with the reason.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace compshare {
class ConsoleSettings;
}

namespace compshare::ui {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    // `settings` must outlive the dialog.
    explicit PreferencesDialog(ConsoleSettings &settings, QWidget *parent = nullptr);

    // Validates and writes; false (and the reason shown) when the endpoint is refused.
    bool apply();
    void accept() override;

    QSpinBox *refreshSpinBox() const { return m_refresh; }
    QCheckBox *notificationsCheckBox() const { return m_notifications; }
    QCheckBox *keepWatchingCheckBox() const { return m_keepWatching; }
    QCheckBox *startAtLoginCheckBox() const { return m_startAtLogin; }
    QCheckBox *askBeforeStopCheckBox() const { return m_askBeforeStop; }
    QSpinBox *idleThresholdSpinBox() const { return m_idleThreshold; }
    QSpinBox *idleWindowSpinBox() const { return m_idleWindow; }
    QComboBox *languageComboBox() const { return m_language; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLabel *endpointErrorLabel() const { return m_endpointError; }
    QLabel *idleWindowErrorLabel() const { return m_idleWindowError; }
    QPushButton *okButton() const { return m_ok; }
    QSpinBox *reminderLeadSpinBox() const { return m_reminderLead; }
    QCheckBox *autoStopAfterStartCheckBox() const { return m_autoStop; }
    QSpinBox *autoStopHoursSpinBox() const { return m_autoStopHours; }

signals:
    void settingsApplied();

private:
    void load();
    // Shows why an idle window below the minimum is refused; false then.
    bool checkIdleWindow();

    ConsoleSettings &m_settings;
    QSpinBox *m_refresh = nullptr;
    QSpinBox *m_reminderLead = nullptr;
    QCheckBox *m_autoStop = nullptr;
    QSpinBox *m_autoStopHours = nullptr;
    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_keepWatching = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QCheckBox *m_askBeforeStop = nullptr;
    QSpinBox *m_idleThreshold = nullptr;
    QSpinBox *m_idleWindow = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLabel *m_endpointError = nullptr;
    QLabel *m_idleWindowError = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace compshare::ui
