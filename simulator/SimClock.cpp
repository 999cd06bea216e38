// SPDX-License-Identifier: MIT
#include "simulator/Simulator.h"

#include <QDateTime>

namespace compshare::sim {

qint64 SimClock::nowMs() const
{
    return m_manual ? m_manualNowMs : QDateTime::currentMSecsSinceEpoch();
}

void SimClock::setManual(bool manual)
{
    if (manual && !m_manual)
        m_manualNowMs = QDateTime::currentMSecsSinceEpoch();
    m_manual = manual;
}

void SimClock::advance(qint64 ms)
{
    if (m_manual && ms > 0)
        m_manualNowMs += ms;
}

} // namespace compshare::sim
