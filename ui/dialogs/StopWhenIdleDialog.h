// SPDX-License-Identifier: MIT
// Switches "stop when idle" on or off for one instance, and says plainly
// that it runs only while the console runs (a scheduled stop is the safety
// net). Spot instances: switched off, with the reason.
#pragma once

#include "api/Instance.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace compshare::ui {

class StopWhenIdleDialog final : public QDialog
{
    Q_OBJECT

public:
    StopWhenIdleDialog(const Instance &instance, int currentMinutes, QWidget *parent = nullptr);
    QCheckBox *enableCheckBox() const { return m_enable; }
    QSpinBox *minutesSpinBox() const { return m_minutes; }

signals:
    // 0: off.
    void chosen(const QString &id, int minutes);

private:
    QString m_id;
    QCheckBox *m_enable;
    QSpinBox *m_minutes;
};

} // namespace compshare::ui
