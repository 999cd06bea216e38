// SPDX-License-Identifier: MIT
#include "work/AutoStopAfterStart.h"

#include "state/InstanceStore.h"
#include "work/StopController.h"
#include "work/StopScheduleController.h"

namespace compshare {

AutoStopAfterStart::AutoStopAfterStart(StopController *operations, InstanceStore *store,
                                       StopScheduleController *schedules, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_schedules(schedules)
{
    connect(operations, &StopController::operationAccepted, this,
            [this](const QString &id, StopController::Operation op) {
                if (m_hours <= 0 || op != StopController::Operation::Start)
                    return;
                const Instance *i = m_store->instance(id);
                // Only pay-as-you-go stops charging when stopped; prepaid and
                // spot instances get no suggestion.
                if (!i || i->chargeType != ChargeType::Postpay)
                    return;
                m_schedules->schedule({id}, m_schedules->now().addSecs(qint64(m_hours) * 3600));
            });
}

} // namespace compshare
