// SPDX-License-Identifier: MIT
// The Preferences suggestion "schedule a stop N hours after every start":
// when the console starts a pay-as-you-go instance and the start is
// accepted, a server-side stop is scheduled N hours later. Off (0) by default.
#pragma once

#include <QObject>

namespace compshare {

class InstanceStore;
class StopController;
class StopScheduleController;

class AutoStopAfterStart final : public QObject
{
    Q_OBJECT

public:
    AutoStopAfterStart(StopController *operations, InstanceStore *store,
                       StopScheduleController *schedules, QObject *parent = nullptr);

    void setHours(int hours) { m_hours = qMax(0, hours); } // 0: off
    int hours() const { return m_hours; }

private:
    InstanceStore *m_store;
    StopScheduleController *m_schedules;
    int m_hours = 0;
};

} // namespace compshare
