// SPDX-License-Identifier: MIT
#include "ui/dialogs/PreferencesDialog.h"

#include "state/ConsoleSettings.h"
#include "state/GpuIdleTracker.h"
#include "wire/EndpointPolicy.h"
#include "work/AutostartEntry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace compshare::ui {

PreferencesDialog::PreferencesDialog(ConsoleSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_refresh = new QSpinBox(this);
    m_refresh->setRange(ConsoleSettings::kMinRefreshSeconds, ConsoleSettings::kMaxRefreshSeconds);
    //: unit suffix of the refresh interval spin box
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setToolTip(tr("How often the instance list is refreshed (default %1 seconds).")
                              .arg(ConsoleSettings::kDefaultRefreshSeconds));
    form->addRow(tr("Auto-refresh every:"), m_refresh);

    m_notifications = new QCheckBox(tr("Show desktop notifications"), this);
    m_notifications->setToolTip(tr("For example when an instance has finished stopping."));
    form->addRow(QString(), m_notifications);
    m_keepWatching = new QCheckBox(tr("Keep watching in the background"), this);
    m_keepWatching->setObjectName(QStringLiteral("keepWatchingCheckBox"));
    m_keepWatching->setToolTip(
        tr("Closing the window leaves the console running, so reminders, stop when idle and "
           "notifications keep working. File ▸ Quit (Ctrl+Q) ends it."));
    form->addRow(QString(), m_keepWatching);
    m_startAtLogin = new QCheckBox(tr("Start at login, in the background"), this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheckBox"));
    m_startAtLogin->setToolTip(tr("Adds CompShare Console to your desktop's autostart folder."));
    form->addRow(QString(), m_startAtLogin);

    m_askBeforeStop = new QCheckBox(tr("Ask before ordinary stops"), this);
    m_askBeforeStop->setToolTip(
        tr("Spot instances always ask, because they can only be force stopped."));
    form->addRow(QString(), m_askBeforeStop);

    m_idleThreshold = new QSpinBox(this);
    m_idleThreshold->setObjectName(QStringLiteral("idleThresholdSpinBox"));
    m_idleThreshold->setRange(1, 100);
    //: unit suffix of the idle threshold spin box (percent)
    m_idleThreshold->setSuffix(tr(" %"));
    m_idleThreshold->setToolTip(tr("A GPU below this utilisation counts as idle (default 5 %)."));
    form->addRow(tr("GPU idle below:"), m_idleThreshold);
    m_idleWindow = new QSpinBox(this);
    m_idleWindow->setObjectName(QStringLiteral("idleWindowSpinBox"));
    // Below the minimum is kept as typed and refused with the reason (a spin
    // box bounded at the minimum would silently put back the old value).
    m_idleWindow->setRange(0, 24 * 60);
    //: unit suffix of the idle window spin box (minutes)
    m_idleWindow->setSuffix(tr(" min"));
    m_idleWindow->setToolTip(tr("An instance is idle when all its GPUs stayed below the threshold "
                                "in every sample for this long (default 30 minutes)."));
    form->addRow(tr("Idle after:"), m_idleWindow);
    m_idleWindowError = new QLabel(this);
    m_idleWindowError->setObjectName(QStringLiteral("idleWindowErrorLabel"));
    m_idleWindowError->setWordWrap(true);
    m_idleWindowError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_idleWindowError->hide();
    form->addRow(QString(), m_idleWindowError);
    connect(m_idleWindow, &QSpinBox::valueChanged, this, &PreferencesDialog::checkIdleWindow);

    m_language = new QComboBox(this);
    //: language choice: follow the operating system's language
    m_language->addItem(tr("System"), int(ConsoleSettings::Language::System));
    // Language names are shown in their own language, untranslated.
    m_language->addItem(QStringLiteral("English"), int(ConsoleSettings::Language::English));
    m_language->addItem(QStringLiteral("简体中文"),
                        int(ConsoleSettings::Language::SimplifiedChinese));
    auto *languageRow = new QVBoxLayout;
    languageRow->addWidget(m_language);
    auto *restartNote = new QLabel(tr("The language applies after a restart."), this);
    restartNote->setWordWrap(true);
    languageRow->addWidget(restartNote);
    form->addRow(tr("Language:"), languageRow);
    layout->addLayout(form);

    auto *schedule = new QGroupBox(tr("Scheduled stop"), this);
    auto *scheduleForm = new QFormLayout(schedule);
    m_reminderLead = new QSpinBox(this);
    m_reminderLead->setRange(0, 240);
    //: unit suffix: minutes
    m_reminderLead->setSuffix(tr(" min"));
    m_reminderLead->setSpecialValueText(tr("No reminder"));
    m_reminderLead->setToolTip(tr("A notification this long before a scheduled stop, with "
                                  "Extend 1 h (default %1 minutes).")
                                   .arg(ConsoleSettings::kDefaultReminderLeadMinutes));
    scheduleForm->addRow(tr("Remind me before:"), m_reminderLead);
    auto *autoStopRow = new QHBoxLayout;
    m_autoStop = new QCheckBox(tr("Schedule a stop"), this);
    m_autoStop->setToolTip(tr("When you start a pay-as-you-go instance from the console, "
                              "schedule a server-side stop this many hours later."));
    m_autoStopHours = new QSpinBox(this);
    m_autoStopHours->setRange(1, 72);
    //: unit suffix: hours, after "Schedule a stop [N h] after every start"
    m_autoStopHours->setSuffix(tr(" h after every start"));
    connect(m_autoStop, &QCheckBox::toggled, m_autoStopHours, &QWidget::setEnabled);
    autoStopRow->addWidget(m_autoStop);
    autoStopRow->addWidget(m_autoStopHours);
    autoStopRow->addStretch(1);
    scheduleForm->addRow(QString(), autoStopRow);
    layout->addWidget(schedule);

    auto *advanced = new QGroupBox(tr("Advanced"), this);
    auto *advancedForm = new QFormLayout(advanced);
    m_endpoint = new QLineEdit(this);
    m_endpoint->setPlaceholderText(ConsoleSettings::defaultApiEndpoint().toString());
    m_endpoint->setToolTip(tr("Leave empty for the CompShare API gateway. Only https, or http to "
                              "this computer for a local simulator."));
    advancedForm->addRow(tr("API endpoint:"), m_endpoint);
    m_endpointError = new QLabel(this);
    m_endpointError->setObjectName(QStringLiteral("endpointErrorLabel"));
    m_endpointError->setWordWrap(true);
    m_endpointError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_endpointError->hide();
    advancedForm->addRow(QString(), m_endpointError);
    layout->addWidget(advanced);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_endpoint, &QLineEdit::textEdited, m_endpointError, &QLabel::hide);
    layout->addWidget(buttons);

    setMinimumWidth(460);
    load();
}

void PreferencesDialog::load()
{
    m_refresh->setValue(m_settings.refreshIntervalSeconds());
    m_notifications->setChecked(m_settings.desktopNotifications());
    m_keepWatching->setChecked(m_settings.keepWatchingInBackground().value_or(false));
    m_startAtLogin->setChecked(AutostartEntry::isEnabled());
    m_askBeforeStop->setChecked(m_settings.askBeforeOrdinaryStop());
    m_idleThreshold->setValue(qRound(m_settings.idleThresholdPercent()));
    m_idleWindow->setValue(m_settings.idleWindowMinutes());
    m_reminderLead->setValue(m_settings.reminderLeadMinutes());
    const int autoStopHours = m_settings.autoStopHoursAfterStart();
    m_autoStop->setChecked(autoStopHours > 0);
    m_autoStopHours->setValue(autoStopHours > 0 ? autoStopHours : 8);
    m_autoStopHours->setEnabled(autoStopHours > 0);
    m_language->setCurrentIndex(m_language->findData(int(m_settings.language())));
    const QUrl endpoint = m_settings.apiEndpoint();
    m_endpoint->setText(endpoint == ConsoleSettings::defaultApiEndpoint() ? QString()
                                                                          : endpoint.toString());
}

bool PreferencesDialog::checkIdleWindow()
{
    const int minimum = GpuIdleTracker::kMinWindowSeconds / 60;
    const bool below = m_idleWindow->value() < minimum;
    //: %1 the minutes typed, %2 the shortest idle time Preferences accept, in minutes
    m_idleWindowError->setText(tr("%1 min is below the minimum of %2 min: choose at least %2 min.")
                                   .arg(m_idleWindow->value())
                                   .arg(minimum));
    m_idleWindowError->setVisible(below);
    return !below;
}

bool PreferencesDialog::apply()
{
    if (!checkIdleWindow()) {
        m_idleWindow->setFocus();
        return false; // never changed behind the user's back: the label says why
    }
    const QString text = m_endpoint->text().trimmed();
    const QUrl endpoint = text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
    const ApiError refused = endpoint.isEmpty() ? ApiError() : EndpointPolicy::check(endpoint);
    if (refused.isError()) {
        m_endpointError->setText(refused.explanation());
        m_endpointError->show();
        m_endpoint->setFocus();
        return false;
    }
    m_endpointError->hide();
    m_settings.setRefreshIntervalSeconds(m_refresh->value());
    m_settings.setDesktopNotifications(m_notifications->isChecked());
    // Unticked but never asked stays "not asked": the first close still asks.
    if (m_keepWatching->isChecked() || m_settings.keepWatchingInBackground().has_value())
        m_settings.setKeepWatchingInBackground(m_keepWatching->isChecked());
    if (m_startAtLogin->isChecked() != AutostartEntry::isEnabled())
        AutostartEntry::setEnabled(m_startAtLogin->isChecked());
    m_settings.setAskBeforeOrdinaryStop(m_askBeforeStop->isChecked());
    m_settings.setIdleThresholdPercent(m_idleThreshold->value());
    m_settings.setIdleWindowMinutes(m_idleWindow->value());
    m_settings.setReminderLeadMinutes(m_reminderLead->value());
    m_settings.setAutoStopHoursAfterStart(m_autoStop->isChecked() ? m_autoStopHours->value() : 0);
    m_settings.setLanguage(ConsoleSettings::Language(m_language->currentData().toInt()));
    m_settings.setApiEndpoint(endpoint);
    m_settings.sync();
    emit settingsApplied();
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace compshare::ui
