// SPDX-License-Identifier: MIT
// "Schedule stop…" for the selected instances: presets (in 1 h, 2 h, 4 h,
// 8 h, tonight at 23:00, a date and time), Cancel schedule, and the spot
// instances of the selection listed as skipped with the reason. The default
// button schedules 1 hour from now, or extends an existing schedule by 1 hour:
// Ctrl+Shift+T then Enter.
#pragma once

#include "domain/Instance.h"

#include <QDateTime>
#include <QDialog>

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QRadioButton;

namespace compshare::ui {

class ScheduleStopDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Preset
    {
        ExtendOneHour, // the default: +1 h on the current schedule, or now + 1 h
        InTwoHours,
        InFourHours,
        InEightHours,
        Tonight, // 23:00 local today
        At       // the date and time field
    };
    Q_ENUM(Preset)

    ScheduleStopDialog(const QList<Instance> &instances, const QDateTime &now,
                       QWidget *parent = nullptr);

    QStringList schedulableIds() const { return m_ids; }
    // The absolute time of a preset other than ExtendOneHour.
    QDateTime timeFor(Preset preset) const;
    Preset preset() const;
    void setPreset(Preset preset);
    QPushButton *scheduleButton() const { return m_schedule; }
    QPushButton *cancelScheduleButton() const { return m_cancelSchedule; }
    QDateTimeEdit *dateTimeEdit() const { return m_at; }
    QLabel *skippedLabel() const { return m_skipped; }

signals:
    void extendRequested(const QStringList &ids, int secs);
    void scheduleRequested(const QStringList &ids, const QDateTime &at);
    void cancelRequested(const QStringList &ids);

private:
    void onSchedule();

    QStringList m_ids;
    QDateTime m_now;
    QButtonGroup *m_presets;
    QDateTimeEdit *m_at;
    QLabel *m_skipped;
    QPushButton *m_schedule;
    QPushButton *m_cancelSchedule;
};

} // namespace compshare::ui
