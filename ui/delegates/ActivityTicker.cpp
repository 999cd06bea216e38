// SPDX-License-Identifier: MIT
#include "ui/delegates/ActivityTicker.h"

#include <QCoreApplication>

namespace compshare::ui {

namespace {
constexpr int kIntervalMs = 100;
constexpr int kStepDegrees = 36;
} // namespace

ActivityTicker *ActivityTicker::instance()
{
    // Parented to the application so it goes away with it.
    static ActivityTicker *ticker = new ActivityTicker(QCoreApplication::instance());
    return ticker;
}

ActivityTicker::ActivityTicker(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ActivityTicker::tick);
}

void ActivityTicker::keepAlive()
{
    m_wanted = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void ActivityTicker::tick()
{
    if (!m_wanted) {
        // Nothing painted a spinner since the last tick: stop until one does.
        m_timer.stop();
        return;
    }
    m_wanted = false;
    m_angle = (m_angle + kStepDegrees) % 360;
    emit ticked();
}

} // namespace compshare::ui
