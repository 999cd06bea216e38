// SPDX-License-Identifier: MIT
// One shared clock for the spinners of transitional state badges. It ticks
// only while someone painted a spinner since the last tick, so an idle
// table (or a hidden one) costs no timer wake-ups.
#pragma once

#include <QObject>
#include <QTimer>

namespace compshare::ui {

class ActivityTicker final : public QObject
{
    Q_OBJECT

public:
    static ActivityTicker *instance();

    // Degrees, 0..359, advancing with each tick.
    int angle() const { return m_angle; }
    // Called while painting a spinner: keeps the ticks coming.
    void keepAlive();
    bool isTicking() const { return m_timer.isActive(); }

signals:
    void ticked();

private:
    explicit ActivityTicker(QObject *parent = nullptr);
    void tick();

    QTimer m_timer;
    int m_angle = 0;
    bool m_wanted = false;
};

} // namespace compshare::ui
