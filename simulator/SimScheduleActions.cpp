// SPDX-License-Identifier: MIT
// The stop-scheduler actions: parameter checks, then the store.
#include "simulator/SimActions.h"
#include "simulator/SimMessages.h"

namespace compshare::sim {
namespace {

const QString kUpdate = QStringLiteral("UpdateCompShareStopScheduler");
const QString kDelete = QStringLiteral("DeleteCompShareStopScheduler");

} // namespace

bool isScheduleAction(const QString &action)
{
    return action == kUpdate || action == kDelete;
}

QJsonObject runScheduleAction(const QString &action, const QMap<QString, QString> &params,
                              SimInstanceStore &store, qint64 nowMs)
{
    // Both need ProjectId, for a main account too (the API page lists it as required).
    const QStringList required =
        action == kUpdate ? QStringList{QStringLiteral("Region"), QStringLiteral("Zone"),
                                        QStringLiteral("ProjectId"), QStringLiteral("UHostId"),
                                        QStringLiteral("SchedulerStopTime")}
                          : QStringList{QStringLiteral("Region"), QStringLiteral("ProjectId"),
                                        QStringLiteral("UHostId")};
    for (const QString &name : required) {
        if (params.value(name).isEmpty())
            return errorResponse(action, kRetMissingParams, missingParamsMessage(name));
    }
    const QString region = params.value(QStringLiteral("Region"));
    const QString id = params.value(QStringLiteral("UHostId"));
    OperationResult result;
    if (action == kUpdate) {
        bool ok = false;
        const qint64 at = params.value(QStringLiteral("SchedulerStopTime")).toLongLong(&ok);
        if (!ok || at <= 0)
            return errorResponse(action, kRetMissingParams,
                                 invalidParamMessage(QStringLiteral("SchedulerStopTime")));
        result = store.scheduleStop(region, params.value(QStringLiteral("Zone")), id, at, nowMs);
    } else {
        result = store.cancelStop(region, id, nowMs);
    }
    if (result.retCode != 0)
        return errorResponse(action, result.retCode, result.message);
    QJsonObject response{{QStringLiteral("Action"), action + QLatin1String("Response")},
                         {QStringLiteral("RetCode"), 0}};
    response.insert(QStringLiteral("UHostId"), id);
    return response;
}

} // namespace compshare::sim
