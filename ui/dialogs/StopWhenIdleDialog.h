// SPDX-License-Identifier: MIT
// Switches "stop when idle" on or off for one instance, and says plainly
// that it runs only while the console runs (a scheduled stop is the safety
// net). Spot instances: switched off, with the reason. It says before OK
// what OK will do: a time below the minimum is refused with the reason
// (never changed behind the user's back), an instance already idle that
// long is warned at once and stopped after the grace, and a time shorter
// than Preferences' idle window acts only after that window.
#pragma once

#include "domain/Instance.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace compshare::ui {

// What the console knows about the instance's idleness now.
struct StopWhenIdleFacts
{
    qint64 idleSecs = -1;      // idle this long now (StopWhenIdle::idleSecs); -1: not idle
    int trackerWindowSecs = 0; // Preferences ▸ Idle after, in seconds
};

class StopWhenIdleDialog final : public QDialog
{
    Q_OBJECT

public:
    using IdleFacts = StopWhenIdleFacts;

    StopWhenIdleDialog(const Instance &instance, int currentMinutes, const IdleFacts &facts = {},
                       QWidget *parent = nullptr);
    QCheckBox *enableCheckBox() const { return m_enable; }
    QSpinBox *minutesSpinBox() const { return m_minutes; }
    QPushButton *okButton() const { return m_ok; }
    // The notes that depend on the chosen time (hidden when they do not apply).
    QLabel *belowMinimumNote() const { return m_belowMinimum; }
    QLabel *alreadyIdleNote() const { return m_alreadyIdle; }
    QLabel *idleWindowNote() const { return m_window; }

signals:
    // 0: off.
    void chosen(const QString &id, int minutes);

private:
    void updateNotes();

    QString m_id;
    IdleFacts m_facts;
    QCheckBox *m_enable;
    QSpinBox *m_minutes;
    QLabel *m_belowMinimum;
    QLabel *m_alreadyIdle;
    QLabel *m_window;
    QPushButton *m_ok = nullptr;
};

} // namespace compshare::ui
