// SPDX-License-Identifier: MIT
#include "simulator/SimActions.h"

#include "simulator/SimMessages.h"
#include "simulator/SimMonitor.h"
#include "simulator/SimPrices.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace compshare::sim {
namespace {

using Params = QMap<QString, QString>;

const QString kDescribe = QStringLiteral("DescribeCompShareInstance");
const QString kStop = QStringLiteral("StopCompShareInstance");
const QString kStart = QStringLiteral("StartCompShareInstance");
const QString kReboot = QStringLiteral("RebootCompShareInstance");
const QString kSupportZone = QStringLiteral("DescribeCompShareSupportZone");
const QString kTerminate = QStringLiteral("TerminateCompShareInstance");
const QString kRename = QStringLiteral("ModifyCompShareInstanceName");
constexpr int kMaxNameLength = 63;

// ModifyCompShareInstanceName's page: at most 63 characters; Chinese,
// letters, digits and _ . , : -
bool validName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\p{Han}A-Za-z0-9_.,:\\-]+$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return !name.isEmpty() && name.size() <= kMaxNameLength && allowed.match(name).hasMatch();
}

QJsonObject rename(const Params &params, SimInstanceStore &store, qint64 nowMs)
{
    for (const QString &name :
         {QStringLiteral("Region"), QStringLiteral("UHostId"), QStringLiteral("Name")}) {
        if (params.value(name).isEmpty())
            return errorResponse(kRename, kRetMissingParams, missingParamsMessage(name));
    }
    const QString name = params.value(QStringLiteral("Name"));
    if (!validName(name))
        return errorResponse(kRename, kRetMissingParams,
                             invalidParamMessage(QStringLiteral("Name")));
    const OperationResult result =
        store.rename(params.value(QStringLiteral("Region")),
                     params.value(QStringLiteral("UHostId")), name, nowMs);
    if (result.retCode != 0)
        return errorResponse(kRename, result.retCode, result.message);
    return QJsonObject{{QStringLiteral("Action"), kRename + QLatin1String("Response")},
                       {QStringLiteral("RetCode"), 0}};
}

QJsonObject okResponse(const QString &action)
{
    return QJsonObject{{QStringLiteral("Action"), action + QLatin1String("Response")},
                       {QStringLiteral("RetCode"), 0}};
}

// A non-negative integer parameter; false when present but not one.
bool readCount(const Params &params, const QString &name, int fallback, int *out)
{
    const auto found = params.constFind(name);
    if (found == params.constEnd() || found->isEmpty()) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const int value = found->toInt(&ok);
    if (!ok || value < 0)
        return false;
    *out = value;
    return true;
}

// Booleans are the lower-case strings only; anything else is an invalid param.
bool readBool(const Params &params, const QString &name, bool *out)
{
    const QString value = params.value(name, QStringLiteral("false"));
    if (value != QLatin1String("true") && value != QLatin1String("false"))
        return false;
    *out = value == QLatin1String("true");
    return true;
}

QJsonObject describe(const Params &params, SimInstanceStore &store, qint64 nowMs)
{
    DescribeQuery query;
    query.region = params.value(QStringLiteral("Region"));
    query.zone = params.value(QStringLiteral("Zone"));
    if (!readCount(params, QStringLiteral("Offset"), 0, &query.offset))
        return errorResponse(kDescribe, kRetMissingParams,
                             invalidParamMessage(QStringLiteral("Offset")));
    if (!readCount(params, QStringLiteral("Limit"), 20, &query.limit))
        return errorResponse(kDescribe, kRetMissingParams,
                             invalidParamMessage(QStringLiteral("Limit")));
    if (query.limit == 0)
        query.limit = 20;
    query.limit = qMin(query.limit, store.maxPageSize());
    static const QRegularExpression idKey(QStringLiteral("^UHostIds\\.\\d+$"));
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (idKey.match(it.key()).hasMatch() && !it.value().isEmpty())
            query.ids.insert(it.value());
    }
    int total = 0;
    const QList<QJsonObject> page = store.describe(query, nowMs, &total);
    QJsonArray set;
    for (const QJsonObject &instance : page)
        set.append(instance);
    QJsonObject response = okResponse(kDescribe);
    response.insert(QStringLiteral("TotalCount"), total);
    response.insert(QStringLiteral("UHostSet"), set);
    return response;
}

QJsonObject supportZone(const SimInstanceStore &store)
{
    QJsonArray zones;
    for (const ZoneInfo &info : store.zones()) {
        zones.append(QJsonObject{{QStringLiteral("Region"), info.region},
                                 {QStringLiteral("Zone"), info.zone},
                                 {QStringLiteral("Describe"), info.describe}});
    }
    QJsonObject response = okResponse(kSupportZone);
    response.insert(QStringLiteral("ZoneInfo"), zones);
    return response;
}

QJsonObject operate(const QString &action, const Params &params, SimInstanceStore &store,
                    qint64 nowMs)
{
    for (const QString &name :
         {QStringLiteral("Region"), QStringLiteral("Zone"), QStringLiteral("UHostId")}) {
        if (params.value(name).isEmpty())
            return errorResponse(action, kRetMissingParams, missingParamsMessage(name));
    }
    const QString region = params.value(QStringLiteral("Region"));
    const QString zone = params.value(QStringLiteral("Zone"));
    const QString id = params.value(QStringLiteral("UHostId"));
    OperationResult result;
    if (action == kStop) {
        bool force = false;
        if (!readBool(params, QStringLiteral("Force"), &force))
            return errorResponse(action, kRetMissingParams,
                                 invalidParamMessage(QStringLiteral("Force")));
        result = store.stop(region, zone, id, force, nowMs);
    } else if (action == kStart) {
        bool withoutGpu = false;
        if (!readBool(params, QStringLiteral("WithoutGpu"), &withoutGpu))
            return errorResponse(action, kRetMissingParams,
                                 invalidParamMessage(QStringLiteral("WithoutGpu")));
        // The CLI's parameter (v0.3.6): the GPU-less spec, "A" or "B".
        const QString spec = params.value(QStringLiteral("WithoutGpuSpec"));
        if (!spec.isEmpty() && spec != QLatin1String("A") && spec != QLatin1String("B"))
            return errorResponse(action, kRetMissingParams,
                                 invalidParamMessage(QStringLiteral("WithoutGpuSpec")));
        result = store.start(region, zone, id, withoutGpu || !spec.isEmpty(), nowMs);
    } else if (action == kTerminate) {
        bool releaseDisks = false;
        if (!readBool(params, QStringLiteral("ReleaseUDisk"), &releaseDisks))
            return errorResponse(action, kRetMissingParams,
                                 invalidParamMessage(QStringLiteral("ReleaseUDisk")));
        result = store.terminate(region, zone, id, releaseDisks, nowMs);
    } else {
        result = store.reboot(region, zone, id, nowMs);
    }
    if (result.retCode != 0)
        return errorResponse(action, result.retCode, result.message);
    QJsonObject response = okResponse(action);
    response.insert(QStringLiteral("UHostId"), id);
    if (action == kTerminate)
        response.insert(QStringLiteral("InRecycle"),
                        store.releaseToRecycleBin() ? QStringLiteral("Yes") : QStringLiteral("No"));
    return response;
}

} // namespace

bool isKnownAction(const QString &action)
{
    return action == kDescribe || action == kStop || action == kStart || action == kReboot ||
           action == kTerminate || action == kRename || action == kSupportZone ||
           isScheduleAction(action) || action == QLatin1String("GetProjectList") ||
           action == kMonitorAction || action == kPriceAction;
}

QJsonObject errorResponse(const QString &action, int retCode, const QString &message)
{
    return QJsonObject{{QStringLiteral("Action"), action + QLatin1String("Response")},
                       {QStringLiteral("RetCode"), retCode},
                       {QStringLiteral("Message"), message}};
}

QJsonObject runAction(const QString &action, const Params &params, SimInstanceStore &store,
                      qint64 nowMs)
{
    if (action == kDescribe)
        return describe(params, store, nowMs);
    if (action == kSupportZone)
        return supportZone(store);
    if (action == kStop || action == kStart || action == kReboot || action == kTerminate)
        return operate(action, params, store, nowMs);
    if (action == kRename)
        return rename(params, store, nowMs);
    if (isScheduleAction(action))
        return runScheduleAction(action, params, store, nowMs);
    if (action == kMonitorAction)
        return monitor(params, store, nowMs);
    return errorResponse(action, kRetActionNotFound, actionNotFoundMessage(action));
}

} // namespace compshare::sim
