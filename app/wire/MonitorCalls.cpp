// SPDX-License-Identifier: MIT
// CompShareClient: GetCompShareInstanceMonitor (a read; the official CLI
// reports that production refuses it with RetCode 210 or 230, so callers
// treat it as optional).
#include "wire/ApiTransport.h"
#include "wire/CompShareClient.h"

#include <QJsonArray>
#include <QPointer>

namespace compshare {
namespace {

// Numbers may come as JSON numbers or as strings, as elsewhere in this API.
bool readNumber(const QJsonValue &v, double *out)
{
    if (v.isDouble()) {
        *out = v.toDouble();
        return true;
    }
    bool ok = false;
    *out = v.toString().toDouble(&ok);
    return ok;
}

MonitorResult parse(const QString &id, const ApiResponse &response)
{
    MonitorResult result;
    result.instanceId = id;
    result.error = response.error;
    if (response.error.isError())
        return result;
    const QJsonArray list = response.body.value(QStringLiteral("Data"))
                                .toObject()
                                .value(QStringLiteral("List"))
                                .toArray();
    for (const QJsonValue &item : list) {
        const QJsonObject host = item.toObject();
        if (host.value(QStringLiteral("UHostId")).toString() != id)
            continue;
        for (const QJsonValue &m : host.value(QStringLiteral("Metrics")).toArray()) {
            const QJsonObject metric = m.toObject();
            const QString key = metric.value(QStringLiteral("MetricKey")).toString();
            for (const QJsonValue &r : metric.value(QStringLiteral("Results")).toArray()) {
                const QJsonObject res = r.toObject();
                MonitorSeries series;
                series.metricKey = key;
                series.resource = res.value(QStringLiteral("TagMap"))
                                      .toObject()
                                      .value(QStringLiteral("gpu_bus_id"))
                                      .toString();
                if (series.resource.isEmpty())
                    series.resource = res.value(QStringLiteral("ResourceId")).toString();
                for (const QJsonValue &p : res.value(QStringLiteral("Values")).toArray()) {
                    const QJsonObject point = p.toObject();
                    double at = 0;
                    double value = 0;
                    if (readNumber(point.value(QStringLiteral("Timestamp")), &at) &&
                        readNumber(point.value(QStringLiteral("Value")), &value) && at > 0)
                        series.values.append({qint64(at), value});
                }
                result.series.append(series);
            }
        }
    }
    return result;
}

} // namespace

void CompShareClient::instanceMonitor(const InstanceRef &ref, const QDateTime &start,
                                      const QDateTime &end, QObject *context,
                                      std::function<void(const MonitorResult &)> done)
{
    RequestParams params;
    params.set(QStringLiteral("Region"),
               ref.region.isEmpty() ? regionFromZone(ref.zone) : ref.region);
    params.setArray(QStringLiteral("UHostIds"), {ref.id});
    params.set(QStringLiteral("StartTime"), start.toSecsSinceEpoch());
    params.set(QStringLiteral("EndTime"), end.toSecsSinceEpoch());
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    m_transport->call(
        QStringLiteral("GetCompShareInstanceMonitor"), params, this,
        [guard, hasContext, id = ref.id, done = std::move(done)](const ApiResponse &response) {
            if (!hasContext || guard)
                done(parse(id, response));
        });
}

} // namespace compshare
